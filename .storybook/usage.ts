// The HTML a clinic pastes: for the usage example on each docs page and for
// each story's "Show code", built from the manifest rather than written out
// per element.
import type { Args } from '@storybook/web-components-vite';
import type { allLocales } from '../src/generated/locale-codes.js';
import { elementDeclaration, markupOf } from './element-api.js';

const EXAMPLE_LANGUAGE: (typeof allLocales)[number] = 'es';
const EXAMPLE_HEADING_LEVEL = 3;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The element with the attributes and slot texts `args` stand for (see `markupOf`). */
export function elementHtml(tag: string, args: Args): string {
  const { attributes, slots } = markupOf(tag, args);
  const start = [tag, ...attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeHtml(value)}"`))];
  const children = slots.map(([name, text]) => `\n  <p slot="${name}">${escapeHtml(text)}</p>`).join('');
  return `<${start.join(' ')}>${children}${children ? '\n' : ''}</${tag}>`;
}

/**
 * The usage example: a language and a heading level, which every page
 * chooses; each attribute of the element's own that has no default, with the
 * first example its description gives (`emergency-number`: `112`); and each
 * slot of its own, holding what its description says goes there.
 */
export function usageSnippet(tag: string): string {
  const element = elementDeclaration(tag);
  const own = <T extends { inheritedFrom?: unknown }>(items: T[] = []) => items.filter((item) => !item.inheritedFrom);
  const examples = own(element.attributes)
    .filter((attribute) => attribute.default === undefined)
    .map((attribute) => [attribute.name, /`([^`]+)`/.exec(attribute.description ?? '')?.[1]]);
  const slotTexts = own(element.slots).map((slot) => [slot.name, slot.description?.split(/[,.]/)[0]]);
  return elementHtml(tag, {
    lang: EXAMPLE_LANGUAGE,
    'heading-level': EXAMPLE_HEADING_LEVEL,
    ...Object.fromEntries([...examples, ...slotTexts]),
  });
}
