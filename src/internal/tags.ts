import { SECTIONS } from '../components/sections.js';

/** The section elements, in the order `dn-guide` shows them. */
export const SECTION_TAGS = SECTIONS.map((section) => section.tag);

/** Every element of the library (also read by the tests, the scripts and the benchmark). */
export const TAGS = [...SECTION_TAGS, 'dn-guide' as const];

export type Tag = (typeof TAGS)[number];
