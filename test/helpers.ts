import { fixtureSync } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { SECTIONS } from '../src/components/sections.js';
import { guideTitle } from '../src/content/guide.js';

export { SECTION_TAGS, TAGS as ALL_TAGS } from '../src/internal/tags.js';

/**
 * Waits until `el` and every Lit element inside its shadow tree have rendered.
 * Use it after `fixtureSync` for plain wrappers: `fixture` waits for an
 * animation frame on non-Lit roots, which never comes in a background tab.
 */
export async function settled(el: Element): Promise<void> {
  // A render can create more elements (slotted or nested ones): wait until no new ones appear.
  for (let seen = -1; ;) {
    const pending = [el, ...deepElements(el)].filter((node): node is LitElement => 'updateComplete' in node);
    await Promise.all(pending.map((node) => node.updateComplete));
    if (pending.length === seen) return;
    seen = pending.length;
  }
}

/** Every element below `root`, crossing into shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** The text a reader sees: shadow trees included, white space collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Headings in the element's shadow tree(s), as "h2 Title" strings, in document order. */
export function deepHeadings(el: Element): string[] {
  return deepElements(el)
    .filter((node) => /^H[1-6]$/.test(node.tagName))
    .map((node) => `${node.tagName.toLowerCase()} ${deepText(node)}`);
}

/** Records console.warn calls while `run` executes. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * The text of each leaf block (heading, paragraph, list item, caption, table
 * cell) a reader sees, shadow trees included. Sources (paper citations, never
 * translated), the review date (formatted per language) and the line about an
 * unreviewed translation (English has none) are left out.
 */
export function textBlocks(el: Element): string[] {
  return deepElements(el)
    .filter((node) => node.matches('h1,h2,h3,h4,h5,h6,p,li,caption,th,td'))
    .filter((node) => !node.querySelector('h1,h2,h3,h4,h5,h6,p,li,caption,th,td'))
    .filter((node) => !node.closest('[part~="sources"], [part~="reviewed"], [part~="translation-notice"]'))
    .map((node) => deepText(node))
    .filter(Boolean);
}

/** The element's `.base` wrapper, which carries its `lang` and `dir`. */
export function base(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
}

/** The engine these tests run in (WebKitGTK's user agent names Safari, not Chrome or Firefox). */
export const engine: 'chromium' | 'firefox' | 'webkit' = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Media emulation and DOM counters go through the DevTools protocol, which only
 * Chromium has: WebDriver BiDi (Firefox) and WebDriver (WebKit) offer neither.
 */
export const hasDevTools = engine === 'chromium';

/** `it` where the test needs media emulation (print, forced colors, dark system setting); skipped elsewhere. */
export const itWithMediaEmulation = hasDevTools ? it : it.skip;

/**
 * Emulates CSS media and media features (see web-test-runner.config.mjs); call
 * with no argument to reset. Declare tests that emulate with `itWithMediaEmulation`.
 */
export async function emulateMedia(options: { media?: string; features?: Record<string, string> } = {}) {
  if (!hasDevTools) {
    if (options.media || options.features) throw new Error(`Media emulation needs Chromium, not ${engine}.`);
    return;
  }
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const features = Object.entries(options.features ?? {}).map(([name, value]) => ({ name, value }));
  await executeServerCommand('emulate-media-features', { media: options.media, features });
}

/**
 * Records uncaught errors, unhandled promise rejections and console.error calls
 * from now until `stop()`.
 */
export function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The page's live DOM counters after a forced garbage collection (see web-test-runner.config.mjs). */
export async function domCounters(): Promise<{ documents: number; nodes: number; jsEventListeners: number }> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return executeServerCommand('dom-counters');
}

/** The English top heading of an element (`dn-guide` or a section). */
export function englishTitle(tag: string): string {
  const name = tag.slice('dn-'.length);
  return name === 'guide' ? guideTitle() : SECTIONS.find((section) => section.tag === tag)!.title();
}

/** The names of the sections `dn-guide` shows, in order (each is a `<section id="name">` in its shadow root). */
export function guideSectionNames(guide: Element): string[] {
  return [...guide.shadowRoot!.querySelectorAll('[part~="section"]')].map((node) => node.id);
}

/** WCAG relative luminance of a computed `rgb(...)` color. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The background actually painted behind `node`: the nearest non-transparent one, crossing shadow roots. */
export function backgroundOf(node: Element): string {
  for (let el: Element | null = node; el; el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null) {
    const color = getComputedStyle(el).backgroundColor;
    if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Renders `markup` into a container of the given width. The layout follows the
 * element's own width (no viewport media queries; clinics put it in sidebars),
 * so this stands for a narrow viewport too, in every engine (WebKitGTK's window
 * cannot be narrower than 447px).
 */
export async function renderInWidth(width: number, markup: string): Promise<{ wrapper: HTMLElement; el: HTMLElement }> {
  const wrapper = fixtureSync<HTMLElement>(
    staticHtml`<div style="inline-size: ${width}px">${unsafeStatic(markup)}</div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement;
  await settled(el);
  return { wrapper, el };
}
