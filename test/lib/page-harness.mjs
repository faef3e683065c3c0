// Shared set-up of the page tests (hostile hosts, server rendering): one local static server (the repo
// root, plus generated test pages with their own response headers) and the
// system Chromium through playwright-core. Each page opens in a fresh browser
// context (no cookies or storage carried over) with recorders for everything a
// host page would notice: console messages, uncaught errors, unhandled
// rejections, CSP violations and every request.
import { after, before } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import {
  cdnEntry,
  elementWithFallback,
  hydrateEntry,
  importMap,
  loaderCspHash,
  pinnedScripts,
} from '../../scripts/lib/embed-snippet.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { SECTIONS } from '../../dist/components/sections.js';
import { guideTitle } from '../../dist/content/guide.js';

export { TAGS as ALL_TAGS } from '../../scripts/lib/tags.mjs';

export const CDN_DIR = '/dist/cdn/';
export const { entry: CDN_ENTRY, integrity: CDN_INTEGRITY } = cdnEntry();
export const CDN_URL = `${CDN_DIR}${CDN_ENTRY}`;

/** The README's server-rendered embed (import map and the hydration file's loader), with local URLs. */
export const HYDRATE_SNIPPET = pinnedScripts(CDN_DIR, hydrateEntry().entry);

/** The README's script-tag snippet for the guide (import map, preloads, the entry's script tag), with local URLs. */
export const SNIPPET = pinnedScripts(CDN_DIR, CDN_ENTRY, '.', undefined, { groups: 'all' });
export { elementWithFallback };

/**
 * A strict policy: nothing inline but the snippets' import map and the hydration file's inline
 * loader (by their hashes), nothing from elsewhere, no eval.
 */
export const STRICT_CSP = `default-src 'none'; script-src 'self' ${importMap(CDN_DIR).cspHash} ${loaderCspHash(CDN_DIR)}; style-src 'self'`;

// Runs in every page before its own scripts (through DevTools, so no CSP applies to it).
const RECORDERS = () => {
  window.__violations = [];
  window.__rejections = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  window.addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason)));
};

let server;
let browser;
const pages = new Map();
let pageCount = 0;

/** Call once at the top of a test file: starts the server and Chromium for it. */
export function useHostileSetup() {
  before(async () => {
    // An empty favicon, so the browser's automatic request is no 404 in the console.
    pages.set('/favicon.ico', { body: '', headers: { 'content-type': 'image/x-icon' } });
    server = await serveStatic('.', { pages });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export function origin() {
  return server.url;
}

/** Serves `body` at a fresh path (in `dir`) with these response headers; returns the path. */
export function addPage(body, headers = {}, extension = '.html', dir = '/__hostile__/') {
  const path = `${dir}hostile-${++pageCount}${extension}`;
  pages.set(path, { body, headers });
  return path;
}

/**
 * Opens `body` (the inner HTML of a page) as a fresh page. `csp` becomes the
 * Content-Security-Policy header; `lang` the `<html lang>`; `route` may
 * intercept requests (playwright's page.route arguments); `init` functions run
 * in the page before its own scripts.
 */
export async function openPage(body, { csp, lang = 'en', head = '', route, init = [] } = {}) {
  const path = addPage(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>${head}</head><body>${body}</body></html>`,
    csp ? { 'content-security-policy': csp } : {},
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  for (const script of [RECORDERS, ...init]) await page.addInitScript(script);
  if (route) await page.route(...route);
  await page.goto(server.url + path);
  return {
    page,
    context,
    log,
    warnings: () => log.console.filter((m) => m.type === 'warning').map((m) => m.text),
    consoleErrors: () => log.console.filter((m) => m.type === 'error').map((m) => m.text),
    violations: () => page.evaluate(() => window.__violations),
    rejections: () => page.evaluate(() => window.__rejections),
    close: () => context.close(),
  };
}

/**
 * Waits until every `dn-*` element on the page is defined and has rendered,
 * then returns the text a reader sees in each (shadow trees included).
 */
export async function renderedTexts(page, { timeout = 10_000 } = {}) {
  await page.waitForFunction(
    async () => {
      const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dn-'));
      if (!all.every((el) => customElements.get(el.localName) && el.shadowRoot)) return false;
      await Promise.all(all.map((el) => el.updateComplete));
      return true;
    },
    undefined,
    { timeout },
  );
  return page.evaluate(() => {
    const text = (root) => {
      const parts = [];
      const visit = (node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
        if (node.shadowRoot) visit(node.shadowRoot);
        node.childNodes.forEach(visit);
      };
      visit(root.shadowRoot ?? root);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    return [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('dn-'))
      .map((el) => ({ tag: el.localName, text: text(el) }));
  });
}

/** Each element's English heading, by tag (a quick "it shows its content" check). */
export const HEADINGS = {
  ...Object.fromEntries(SECTIONS.map(({ tag, title }) => [tag, title()])),
  'dn-guide': guideTitle(),
};

let hostLitApp;
/**
 * A host app's own element, `<host-card>`, built with Lit 2 and bundled as
 * the host would ship it: a green button counting its clicks. Returns its path.
 */
export function hostLitAppPath() {
  hostLitApp ??= build({
    stdin: {
      contents: `
        import { LitElement, html, css } from 'lit2';
        class HostCard extends LitElement {
          static properties = { count: { type: Number } };
          static styles = css\`:host { display: block; color: rgb(0, 128, 0); }\`;
          constructor() { super(); this.count = 0; }
          render() { return html\`<button @click=\${() => this.count++}>Clicked \${this.count} times</button>\`; }
        }
        customElements.define('host-card', HostCard);`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
  }).then((result) => addPage(result.outputFiles[0].text, {}, '.js'));
  return hostLitApp;
}
