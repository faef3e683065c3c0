/** Every element of the library, for the scripts that check them one by one. */
export const TAGS = [
  'dn-explainer',
  'dn-how-it-works',
  'dn-conditions',
  'dn-session',
  'dn-side-effects',
  'dn-vs-acupuncture',
  'dn-safety-notice',
  'dn-guide',
];

/** The seven section elements (every element but the guide, which holds them all). */
export const SECTION_TAGS = TAGS.filter((tag) => tag !== 'dn-guide');
