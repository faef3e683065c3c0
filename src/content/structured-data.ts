import type { MedicalWebPage, WithContext } from 'schema-dts';
import type { Locale } from '../internal/locale-tags.js';
import { guideIntro, guideTitle, therapyName } from './guide.js';
import { tellClinician } from './safety.js';
import { commonExperiences, seriousSideEffects } from './side-effects.js';
import type { Source } from './sources.js';

/**
 * schema.org JSON-LD for a page showing the guide: a `MedicalWebPage` about the
 * `MedicalTherapy` dry needling, with its side effects, its contraindications,
 * the review date, language and citations.
 * Every value is text the guide itself shows, in its language: call it while
 * that language's messages are active (`DnElement.withMessages`).
 * `satisfies` checks the shape against schema-dts's schema.org types at
 * compile time without making those types part of the public API.
 */
export function guideStructuredData({
  locale,
  lastReviewed,
  sources,
}: {
  locale: Locale;
  lastReviewed: string;
  sources: readonly Source[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: guideTitle(),
    description: guideIntro(),
    inLanguage: locale,
    lastReviewed,
    medicalAudience: { '@type': 'Patient' },
    about: {
      '@type': 'MedicalTherapy',
      name: therapyName(),
      // The twitch is how the treatment works, not an adverse outcome.
      adverseOutcome: commonExperiences()
        .filter((experience) => !experience.intended)
        .map(({ text }) => ({ '@type': 'MedicalEntity', name: text })),
      seriousAdverseOutcome: seriousSideEffects().map(({ text }) => ({ '@type': 'MedicalEntity', name: text })),
      // Only what the guidelines treat as a reason not to needle, not every precaution.
      contraindication: tellClinician()
        .filter((item) => item.contraindication)
        .map(({ text }) => ({ '@type': 'MedicalContraindication', name: text })),
    },
    citation: sources.map(({ citation, url }) => ({
      '@type': 'CreativeWork',
      name: citation,
      ...(url ? { url } : {}),
    })),
  } as const satisfies WithContext<MedicalWebPage>;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the script early. */
export function toJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
