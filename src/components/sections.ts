import { aftercare } from './aftercare/aftercare.section.js';
import { checklist } from './checklist/checklist.section.js';
import { conditions } from './conditions/conditions.section.js';
import { explainer } from './explainer/explainer.section.js';
import { howItWorks } from './how-it-works/how-it-works.section.js';
import { safetyNotice } from './safety-notice/safety-notice.section.js';
import { session } from './session/session.section.js';
import { sideEffects } from './side-effects/side-effects.section.js';
import { vsAcupuncture } from './vs-acupuncture/vs-acupuncture.section.js';

/**
 * Every section, in the order `dn-guide` shows them: the one list of sections.
 * Add a section here and run `npm run generate` (see CONTRIBUTING.md).
 */
export const SECTIONS = [
  explainer,
  howItWorks,
  conditions,
  session,
  sideEffects,
  vsAcupuncture,
  safetyNotice,
  checklist,
  aftercare,
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionName = Section['name'];
