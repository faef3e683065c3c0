/**
 * Server rendering (Node.js): any element as ready HTML with declarative
 * shadow DOM, showing its full, styled text without JavaScript. CMS plugins
 * print it into pages; the browser script then keeps it on show, rendering
 * again only when something changes. `npx dry-needling-widgets render` uses this.
 */
// Lit's SSR first: it installs the minimal DOM the elements' modules expect.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { guideBody, pickSections } from '../components/guide/dn-guide.class.js';
import { SECTIONS } from '../components/sections.js';
import '../index.js';
import { CONTENT_REVIEWED, frame, isoDay, reviewDate } from '../internal/dn-element.js';
import { resolveLocale } from '../internal/locale-controller.js';
import { loadMessages } from '../internal/locale-loader.js';
import type { TargetLocale } from '../internal/locale-loader.js';
import { SOURCE_LOCALE } from '../internal/locale-tags.js';
import { renderWithMessages } from '../internal/localize.js';
import { TEXT_GROUPS } from '../internal/section.js';
import { TAGS, type Tag } from '../internal/tags.js';
import { clip, warnOnce } from '../internal/warn.js';

export { TAGS, type Tag };

/** The element's attributes, as in HTML. Invalid values fall back as they do in the browser, with a warning. */
export interface RenderOptions {
  /** Language tag, e.g. `es`, `pt-BR`; unsupported tags render English. Default `en`. */
  lang?: string;
  headingLevel?: number | string;
  theme?: string;
  variant?: string;
  collapsible?: boolean;
  open?: boolean;
  /** YYYY-MM-DD. */
  lastReviewed?: string;
  /** Hides the line telling patients an unreviewed machine translation was not checked by a medical translator. */
  translationReviewed?: boolean;
  /** `dn-aftercare` and `dn-guide`: the emergency number patients should call (digits, e.g. `911`, `112`, `999`). */
  emergencyNumber?: string;
  /** `dn-guide` only: a table of contents. */
  toc?: boolean;
  /** `dn-guide` only: which sections, in which order. */
  sections?: string;
  /** `dn-guide` only: schema.org JSON-LD in the snippet (default true). */
  structuredData?: boolean;
}

const GUIDE_ONLY = ['toc', 'sections', 'structuredData'] as const;

function isTag(tag: string): tag is Tag {
  return (TAGS as readonly string[]).includes(tag);
}

/**
 * Renders `<tag>` with its shadow root as HTML (declarative shadow DOM).
 * Throws a TypeError for an unknown tag; other bad values fall back like the
 * elements do in the browser, with one warning each.
 */
export async function renderToString(tag: string, options: RenderOptions = {}): Promise<string> {
  if (!isTag(tag))
    throw new TypeError(`"${clip(tag)}" is not an element of this library. Elements: ${TAGS.join(', ')}.`);
  if (tag !== 'dn-guide') {
    for (const option of GUIDE_ONLY)
      if (options[option] !== undefined) warnOnce(`${option} applies to dn-guide only; ignored for ${tag}.`);
  }
  const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
  const takesEmergencyNumber = element.observedAttributes.includes('emergency-number');
  if (options.emergencyNumber !== undefined && !takesEmergencyNumber)
    warnOnce(`emergencyNumber applies to dn-aftercare and dn-guide only; ignored for ${tag}.`);
  const requested = options.lang ?? SOURCE_LOCALE;
  // The element's own resolution (and warning); the snippet keeps a supported tag as given (`pt-BR`).
  const { locale, supported } = resolveLocale(requested);
  const messages = locale === SOURCE_LOCALE ? undefined : await loadMessages(locale as TargetLocale, TEXT_GROUPS);
  // Server rendering is synchronous: load every text module first (each once per process).
  const [body] = await Promise.all([guideBody.load(), frame.load(), ...SECTIONS.map((section) => section.body.load())]);
  const guide = tag === 'dn-guide';
  const structuredData = guide && options.structuredData !== false;
  const name = unsafeStatic(tag);
  // Static html (lit/static-html.js) takes the tag name from unsafeStatic; the lint rules know only plain html.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  const template = html`<${name}
    lang=${supported ? requested : SOURCE_LOCALE}
    heading-level=${options.headingLevel ?? nothing}
    theme=${options.theme ?? nothing}
    variant=${options.variant ?? nothing}
    last-reviewed=${options.lastReviewed ?? nothing}
    emergency-number=${(takesEmergencyNumber && options.emergencyNumber) || nothing}
    sections=${(guide && options.sections) || nothing}
    ?collapsible=${options.collapsible}
    ?open=${options.open}
    ?translation-reviewed=${options.translationReviewed}
    ?toc=${guide && options.toc}
    ?structured-data=${structuredData}
  ></${name}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const markup = (await collectResult(render(template)))
    // Lit's hydration markers: a third of a guide's bytes. The browser keeps a snippet as it is and replaces
    // it with a render of its own on the first change (see DnElement.createRenderRoot): it needs none of them.
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?lit\$\d+\$>/g, '')
    // Attributes left out (`nothing`) leave their spaces behind in the start tag.
    .replace(/^(<[\w-]+)\s+/, '$1 ');
  if (!structuredData) return markup;
  // The same validation (and warnings) as the element's, so the JSON-LD states the date the page shows.
  const lastReviewed = isoDay(reviewDate(options.lastReviewed ?? CONTENT_REVIEWED, tag));
  const json = renderWithMessages(messages, () =>
    body.jsonLd(pickSections(options.sections ?? ''), locale, lastReviewed),
  );
  // A light-DOM child, where crawlers read it; the guide keeps it in step once its script runs.
  return markup.replace(
    /<\/dn-guide>$/,
    `<script type="application/ld+json" data-dn-structured-data>${json}</script></dn-guide>`,
  );
}
