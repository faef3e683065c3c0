// Privacy: a patient reading about a treatment must not be tracked. The
// widgets request nothing but their own files, and store nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  ALL_TAGS,
  CDN_DIR,
  SNIPPET,
  STRICT_CSP,
  openPage,
  origin,
  renderedTexts,
  useHostileSetup,
} from '../lib/page-harness.mjs';
import { builtModules, cdnFiles } from '../lib/static-checks.mjs';

useHostileSetup();

// Counts every use of an API that could send or keep data (through DevTools, before the page's scripts).
const WATCH_APIS = () => {
  window.__apiCalls = [];
  const note = (name) => window.__apiCalls.push(name);
  const wrap = (owner, key, name) => {
    const original = owner[key];
    owner[key] = function (...args) {
      note(name);
      return original.apply(this, args);
    };
  };
  wrap(window, 'fetch', 'fetch');
  wrap(navigator, 'sendBeacon', 'sendBeacon');
  wrap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(CacheStorage.prototype, 'open', 'caches.open');
  for (const ctor of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker', 'BroadcastChannel']) {
    const Original = window[ctor];
    window[ctor] = new Proxy(Original, { construct: (target, args) => (note(ctor), Reflect.construct(target, args)) });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() {
      note('document.cookie read');
      return cookie.get.call(this);
    },
    set(value) {
      note('document.cookie write');
      cookie.set.call(this, value);
    },
  });
};

const LANGS = ['en', 'es', 'ar', 'de'];

describe('privacy', () => {
  it('a page using every element in four languages, toggled every way, requests only our files and stores nothing', async () => {
    const elements = LANGS.flatMap((lang) =>
      ALL_TAGS.map((tag) => `<${tag} lang="${lang}" collapsible></${tag}>`),
    ).join('\n');
    const view = await openPage(`${SNIPPET}\n${elements}`, { csp: STRICT_CSP, init: [WATCH_APIS] });
    const { page, context } = view;
    try {
      await renderedTexts(page);
      // Open and close every collapsible section, follow the table of contents, change languages and themes.
      const summaries = await page.locator('summary').all();
      assert.ok(summaries.length >= ALL_TAGS.length * LANGS.length, `${summaries.length} collapsible sections`);
      for (const summary of summaries) await summary.click();
      for (const link of await page.locator('dn-guide[lang="en"] >> a[href^="#"]').all()) await link.click();
      // Tick every checklist box, by pointer and by keyboard.
      const boxes = await page.locator('input[type="checkbox"]').all();
      assert.ok(boxes.length >= 2 * LANGS.length * 13, `${boxes.length} checkboxes`);
      for (const [index, box] of boxes.entries()) {
        if (index % 2) await box.click();
        else await box.press('Space');
      }
      for (const box of boxes) assert.equal(await box.isChecked(), true);
      await page.evaluate(() => {
        const all = [...document.querySelectorAll('body > *')].filter((el) => el.localName.startsWith('dn-'));
        all.forEach((el, index) => {
          el.setAttribute('lang', ['fr', 'ko', 'zh-Hant', 'pt-BR'][index % 4]);
          el.setAttribute('theme', 'dark');
          el.setAttribute('variant', 'compact');
        });
        document.documentElement.lang = 'vi';
      });
      await renderedTexts(page);
      await page.emulateMedia({ media: 'print' });
      await page.waitForTimeout(200);

      const requests = view.log.requests.map((url) => new URL(url));
      const outside = requests.filter((url) => url.origin !== origin());
      assert.deepEqual(outside.map(String), [], 'no request leaves the page origin');
      const pagePath = new URL(page.url()).pathname;
      const strays = requests.filter(
        (url) => url.pathname !== pagePath && url.pathname !== '/favicon.ico' && !url.pathname.startsWith(CDN_DIR),
      );
      assert.deepEqual(strays.map(String), [], 'every request is for the page or a file in the CDN folder');
      // Each language file (one per language and text group) once, for the languages used only
      // (pt-BR uses pt; <html lang="vi"> is unused, every element has its own lang).
      const languageFiles = requests
        .filter((url) => url.pathname.startsWith(`${CDN_DIR}locales/`))
        // <lang>.<group>-<hash>.min.js, where the hash may itself contain "-".
        .map((url) =>
          url.pathname
            .split('/')
            .pop()
            .match(/^([a-z]{2}(?:-Han[st])?)\.([a-z]+)-/),
        );
      assert.equal(new Set(languageFiles.map(([file]) => file)).size, languageFiles.length, 'no file twice');
      assert.deepEqual([...new Set(languageFiles.map(([, lang]) => lang))].sort(), [
        'ar',
        'de',
        'es',
        'fr',
        'ko',
        'pt',
        'zh-Hant',
      ]);

      assert.deepEqual(await page.evaluate(() => window.__apiCalls), [], 'no network or storage API was called');
      assert.deepEqual(await context.cookies(), []);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        databases: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
      }));
      assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0 });
      assert.deepEqual(await view.violations(), []);
      assert.deepEqual(view.log.errors, []);

      // Nothing comes back after a reload: the ticks lived only in the page.
      await page.emulateMedia({ media: 'screen' });
      await page.reload();
      await renderedTexts(page);
      const after = await page.locator('input[type="checkbox"]').all();
      assert.equal(after.length, boxes.length);
      for (const box of after) assert.equal(await box.isChecked(), false);
    } finally {
      await view.close();
    }
  });

  it('adds no globals but the four Lit sets itself (as SECURITY.md lists)', async () => {
    const RECORD_GLOBALS = () => {
      window.__globalsBefore = Object.getOwnPropertyNames(window);
    };
    const view = await openPage(`${SNIPPET}\n${ALL_TAGS.map((tag) => `<${tag} lang="es"></${tag}>`).join('\n')}`, {
      init: [RECORD_GLOBALS],
    });
    try {
      await renderedTexts(view.page);
      const added = await view.page.evaluate(() =>
        Object.getOwnPropertyNames(window)
          .filter((name) => !window.__globalsBefore.includes(name) && !name.startsWith('__'))
          .sort(),
      );
      assert.deepEqual(added, [
        'litElementVersions',
        'litHtmlVersions',
        'litPropertyMetadata',
        'reactiveElementVersions',
      ]);
    } finally {
      await view.close();
    }
  });

  it('built code contains no network, storage or tracking API; the only dynamic imports are our texts, their frame, the snippet takeover, language files and the library itself', () => {
    const apis =
      /\b(?:fetch|sendBeacon|XMLHttpRequest|WebSocket|EventSource|localStorage|sessionStorage|indexedDB|caches|serviceWorker|cookie|Image|Worker|postMessage|navigator\.(?:userAgent|geolocation|clipboard))\b/g;
    // The iframe embed's page posts its height to the host page, and the resizer reads it: postMessage
    // there only, with nothing but the height (test/embed.test.ts).
    const heightMessages = (file) => /(?:^|[\\/])(?:dist[\\/]embed[\\/]|dist[\\/]cdn[\\/]embed[.-])/.test(file);
    const found = [];
    for (const file of [...builtModules(), ...cdnFiles()]) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(apis))
        if (!(match[0] === 'postMessage' && heightMessages(file))) found.push(`${file}: ${match[0]}`);
      // Allow-list: fixed relative paths to the language files (`es.about`), the section texts, the frame
      // around them and the snippet takeover in the npm build (`./side-effects.body.js`, `./frame.js`,
      // `./takeover.js`) and the CDN build's chunks (`./about-<hash>.min.js`); and the library itself,
      // which the CDN's hydration file imports after the first paint (`./dry-needling-widgets.min.js`,
      // `./index.js` in the npm build).
      const allowed =
        /^\s*["'](?:\.{1,2}\/(?:generated\/)?locales\/[\w-]+(?:\.[a-z]+)?(?:-[\w-]{8})?|\.\/[\w-]+\.body|\.\/(?:frame|takeover|index|dry-needling-widgets)|\.\/[a-z]+-[\w-]{8})(?:\.min)?\.js["']\s*$/;
      for (const match of code.matchAll(/\bimport\s*\(([^)]*)\)/g)) {
        if (!allowed.test(match[1])) found.push(`${file}: import(${match[1]})`);
      }
    }
    assert.deepEqual(found, []);
  });
});
