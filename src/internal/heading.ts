import { html, nothing, type TemplateResult } from 'lit';

/** Heading levels an element may take; level 1 is left to the host page's own title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6;
}

/** The level below `level`, capped at 6 (HTML has no `<h7>`). */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

/**
 * A real `<h2>`–`<h6>` element, so screen readers list it with its true level.
 * One template per level: smaller than lit/static-html's dynamic tag names.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  { part, className, focusable = false }: { part: string; className: string; focusable?: boolean },
): TemplateResult {
  // tabindex="-1": focusable from script (a table of contents moves focus here), not a Tab stop.
  const tabindex = focusable ? '-1' : nothing;
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${className} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${className} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${className} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${className} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${className} tabindex=${tabindex}>${content}</h6>`;
  }
}
