/** The seven section elements, in the order `dn-guide` shows them. */
export const SECTION_TAGS = [
  'dn-explainer',
  'dn-how-it-works',
  'dn-conditions',
  'dn-session',
  'dn-side-effects',
  'dn-vs-acupuncture',
  'dn-safety-notice',
] as const;

/** Every element of the library (also read by the tests, the scripts and the benchmark). */
export const TAGS = [...SECTION_TAGS, 'dn-guide'] as const;

export type Tag = (typeof TAGS)[number];
