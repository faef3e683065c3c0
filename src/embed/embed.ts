/**
 * The iframe embed's page script (dist/cdn/embed.min.js, loaded by
 * dist/cdn/embed.html): reads the page address's parameters, checks each one
 * against what the elements accept, and renders one element with the valid
 * values. A bad value falls back to the default with one console warning.
 * Values reach the element through `setAttribute` only, after the check;
 * nothing from the address is parsed as HTML. In a frame, it posts the page's
 * height to the parent whenever it changes (see messages.ts).
 *
 * The section registry is imported from the CDN entry the page has already
 * loaded (rollup.config.mjs maps it there), so this file stays small and
 * checks against the very elements it renders.
 */
import { DIALLED } from '../internal/emergency-number.js';
import { SECTIONS } from '../components/sections.js';
import { allLocales } from '../generated/locale-codes.js';
import { THEMES, VARIANTS } from '../internal/choices.js';
import { DEFAULT_HEADING_LEVEL, isHeadingLevel } from '../internal/heading.js';
import { localeDirection, matchLocale, SOURCE_LOCALE } from '../internal/locale-tags.js';
import { TAGS } from '../internal/tags.js';
import { clip, warnOnce } from '../internal/warn.js';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST, type HeightMessage } from './messages.js';

const DEFAULT_TAG = 'dn-guide';

/** Parameters named as the element attributes they set; each applies only to elements that have that attribute. */
const ATTRIBUTES = ['theme', 'variant', 'heading-level', 'emergency-number', 'toc', 'sections'] as const;
const PARAMETERS = ['element', 'lang', ...ATTRIBUTES, 'transparent'];

const query = new URLSearchParams(location.search);

function warn(name: string, problem: string): void {
  warnOnce(`embed.html: ${name}=${clip(query.get(name))} ${problem}`);
}

/** `1`, `true` or no value turn a switch on; `0` and `false` off. */
function isOn(name: string): boolean {
  const value = query.get(name);
  if (value === null || value === '0' || value === 'false') return false;
  if (value === '' || value === '1' || value === 'true') return true;
  warn(name, 'is not 1 or 0; leaving it off.');
  return false;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = query.get(name);
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warn(name, `is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

for (const name of new Set(query.keys())) {
  if (!PARAMETERS.includes(name)) {
    warnOnce(`embed.html: unknown parameter "${clip(name)}", ignored; parameters: ${PARAMETERS.join(', ')}.`);
  }
}

const tag = oneOf('element', TAGS, DEFAULT_TAG);
const { locale, supported } = matchLocale(query.get('lang') ?? SOURCE_LOCALE);
if (!supported) warn('lang', `is not a supported language (${allLocales.join(', ')}); showing English.`);
const theme = oneOf('theme', THEMES, THEMES[0]);

/** Checks an attribute parameter's value: what to set, or undefined to leave the attribute out. */
const CHECKS: Record<(typeof ATTRIBUTES)[number], (value: string) => string | undefined> = {
  theme: () => theme,
  variant: () => oneOf('variant', VARIANTS, VARIANTS[0]),
  'heading-level': (value) => {
    const level = Number(value);
    if (isHeadingLevel(level)) return String(level);
    warn('heading-level', `is not a whole number from 2 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    return undefined;
  },
  'emergency-number': (value) => {
    if (DIALLED.test(value.trim())) return value.trim();
    warn(
      'emergency-number',
      'is not a phone number of 2 to 8 digits (such as 911, 112 or 999); saying "your local emergency number" instead.',
    );
    return undefined;
  },
  toc: () => (isOn('toc') ? '' : undefined),
  sections: (value) => {
    const known: string[] = SECTIONS.map((section) => section.name);
    const names = value.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length)
      warn('sections', `names unknown sections (${clip(unknown.join(' '))}); sections: ${known.join(', ')}.`);
    const picked = names.filter((name) => known.includes(name));
    return picked.length ? picked.join(',') : undefined;
  },
};

const root = document.documentElement;
root.lang = locale;
root.dir = localeDirection(locale);
// The page's own background follows the theme (embed.css); transparent=1 paints none.
root.classList.add(`theme-${theme}`);
if (isOn('transparent')) root.classList.add('transparent');

const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes: string[] }) | undefined;
// Undefined only when the CDN file registered nothing (it has warned why): the page's fallback text stays.
if (element) {
  const el = document.createElement(tag);
  el.setAttribute('lang', locale);
  for (const name of ATTRIBUTES) {
    const value = query.get(name);
    if (value === null) continue;
    if (!element.observedAttributes.includes(name)) {
      warn(name, `is ignored: <${tag}> has no ${name} attribute.`);
      continue;
    }
    const checked = CHECKS[name](value);
    if (checked !== undefined) el.setAttribute(name, checked);
  }
  document.body.replaceChildren(el);
}

if (parent !== window) {
  const postHeight = () =>
    parent.postMessage(
      { type: HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height) } satisfies HeightMessage,
      // The height is no secret, and the page cannot know its host's origin.
      '*',
    );
  // Posted from a promise reaction: WebKit (2.50) names the receiving window as the message's source
  // when postMessage runs straight from an observer, a timer or some event listeners, and the
  // resizer would not know the frame.
  const queueHeight = () => void Promise.resolve().then(postHeight);
  // The root element is as tall as its content, whatever the frame's height.
  new ResizeObserver(queueHeight).observe(root);
  addEventListener('message', (event) => {
    if (event.source === parent && event.data?.type === HEIGHT_REQUEST) queueHeight();
  });
}
