// Pages for the browser tests that need a document of their own (server-rendered
// snippets, JavaScript off): same-origin iframes, so they run in every engine
// the test runner drives, with no browser-specific API.
import { ALL_TAGS } from '../helpers.js';

/** The CDN entry files' names (dist/cdn/integrity.json). */
export const { hydrateEntry, entry }: { hydrateEntry: string; entry: string } = await (
  await fetch('/dist/cdn/integrity.json')
).json();

/** Script tags for the built CDN files, with local URLs (the WordPress plugin prints the hydration file's). */
export const HYDRATE_SCRIPT = `<script type="module" src="/dist/cdn/${hydrateEntry}"></script>`;
export const PLAIN_SCRIPT = `<script type="module" src="/dist/cdn/${entry}"></script>`;

/** The server-rendered snippet of `tag` in `lang` (dist/ssr). */
export async function snippet(lang: string, tag: string): Promise<string> {
  const response = await fetch(`/dist/ssr/${lang}/${tag}.html`);
  if (!response.ok) throw new Error(`No snippet for ${lang}/${tag}: ${response.status}`);
  return response.text();
}

/** Every element's snippet in `lang`, one after another, as on a clinic page. */
export async function snippetPage(lang: string): Promise<string> {
  return (await Promise.all(ALL_TAGS.map((tag) => snippet(lang, tag)))).join('\n');
}

// Runs first in a frame with scripts on: records errors, console errors and warnings.
const RECORDER = `<script>
  window.__log = [];
  addEventListener('error', (event) => __log.push('error: ' + event.message));
  addEventListener('unhandledrejection', (event) => __log.push('rejection: ' + event.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { __log.push(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
</script>`;

export interface Frame {
  document: Document;
  window: Window & { __log?: string[] };
  remove(): void;
}

/**
 * Opens `body` in an iframe of the given width. `scripts: false` sandboxes it
 * (same origin, so the test can read it, but no script runs: JavaScript off).
 */
export async function openFrame(
  body: string,
  { lang = 'en', width = 800, scripts = true }: { lang?: string; width?: number; scripts?: boolean } = {},
): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '600';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>${
    scripts ? RECORDER : ''
  }</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    document: frame.contentDocument!,
    window: frame.contentWindow as Frame['window'],
    remove: () => frame.remove(),
  };
}

/** The `dn-*` elements at the top of a frame's body. */
export function widgets(doc: Document): HTMLElement[] {
  return [...doc.body.children].filter((el): el is HTMLElement => el.localName.startsWith('dn-'));
}

/** The text a reader sees in `el`, shadow tree included, without style and script text. */
export function readerText(el: Element): string {
  const parts: string[] = [];
  // Node types, not instanceof: nodes in a frame belong to the frame's realm.
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!);
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element?.shadowRoot) visit(element.shadowRoot);
    if (!['style', 'script', 'template'].includes(element?.localName ?? '')) node.childNodes.forEach(visit);
  };
  visit(el.shadowRoot ?? el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Resolves once every `dn-*` element in the frame is defined and updated (a server-rendered one: kept or rendered). */
export async function hydrated(frame: Frame, timeout = 8000): Promise<void> {
  const start = performance.now();
  for (;;) {
    const all = widgets(frame.document) as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
    if (all.every((el) => frame.window.customElements.get(el.localName) && el.updateComplete)) {
      await Promise.all(all.map((el) => el.updateComplete));
      return;
    }
    if (performance.now() - start > timeout) throw new Error('The elements were not defined and updated in time.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
