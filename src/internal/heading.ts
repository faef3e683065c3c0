import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

/** Heading levels an element may take; level 1 is left to the host page's own title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const TAGS = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
} as const;

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6;
}

/** The level below `level`, capped at 6 (HTML has no `<h7>`). */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/** A real `<h2>`–`<h6>` element, so screen readers list it with its true level. */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  { part, className, focusable = false }: { part: string; className: string; focusable?: boolean },
): TemplateResult {
  const tag = TAGS[level];
  // tabindex="-1": focusable from script (a table of contents moves focus here), not a Tab stop.
  return staticHtml`<${tag} part=${part} class=${className} tabindex=${focusable ? '-1' : nothing}>${content}</${tag}>`;
}
