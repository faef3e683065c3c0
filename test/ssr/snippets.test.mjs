// Server-rendered snippets (dist/ssr/<lang>/<tag>.html): valid HTML, readable
// with JavaScript off, taken over by the script with the same text and no
// layout shift.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import {
  ALL_TAGS,
  HEADINGS,
  HYDRATE_SNIPPET,
  SNIPPET,
  STRICT_CSP,
  openPage,
  useHostileSetup,
} from '../lib/page-harness.mjs';

useHostileSetup();

const index = JSON.parse(readFileSync('dist/ssr/index.json', 'utf8'));
const snippet = (lang, tag) => readFileSync(`dist/ssr/${lang}/${tag}.html`, 'utf8');
const page = (lang, tags = ALL_TAGS) => tags.map((tag) => snippet(lang, tag)).join('\n');

// Reads every element's text across shadow roots, and records layout shifts from the first paint.
const WATCH_SHIFTS = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({
    type: 'layout-shift',
    buffered: true,
  });
};
const readTexts = () => {
  const text = (root) => {
    const parts = [];
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
      if (node.shadowRoot) visit(node.shadowRoot);
      if (node.localName !== 'style' && node.localName !== 'script') node.childNodes.forEach(visit);
    };
    visit(root.shadowRoot ?? root);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };
  return [...document.body.children]
    .filter((el) => el.localName.startsWith('dn-'))
    .map((el) => `${el.localName}: ${text(el)}`);
};
const headingCount = () =>
  [...document.body.children]
    .map((el) => el.shadowRoot?.querySelectorAll('[part~="heading"]').length ?? 0)
    .reduce((a, b) => a + b, 0);

describe('server-rendered snippets', () => {
  it(`are ${index.files.length} files, every element in every language, each valid HTML`, async () => {
    assert.equal(index.files.length, 14 * ALL_TAGS.length);
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const invalid = [];
    for (const file of index.files) {
      const [lang] = file.split('/');
      const document = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Snippet</title></head><body>${readFileSync(`dist/ssr/${file}`, 'utf8')}</body></html>`;
      const report = await validator.validateString(document);
      if (!report.valid)
        invalid.push(
          `${file}: ${report.results[0].messages
            .slice(0, 3)
            .map((m) => `${m.ruleId} ${m.message}`)
            .join('; ')}`,
        );
    }
    assert.deepEqual(invalid, []);
  });

  for (const lang of ['en', 'es', 'ar']) {
    it(`show their full, styled text with JavaScript off (${lang})`, async () => {
      const view = await openPage(page(lang), { lang, javaScript: false });
      try {
        const texts = await view.page.evaluate(readTexts);
        assert.equal(texts.length, ALL_TAGS.length);
        if (lang === 'en')
          for (const [i, tag] of ALL_TAGS.entries()) assert.ok(texts[i].includes(HEADINGS[tag]), texts[i].slice(0, 80));
        for (const text of texts) assert.ok(text.length > 300, text.slice(0, 80));
        const styled = await view.page.evaluate(() => {
          const base = document.querySelector('dn-side-effects').shadowRoot.querySelector('.base');
          return {
            padding: getComputedStyle(base).paddingTop,
            dir: getComputedStyle(base).direction,
            visible: base.checkVisibility(),
          };
        });
        assert.deepEqual(styled, { padding: '16px', dir: lang === 'ar' ? 'rtl' : 'ltr', visible: true });
      } finally {
        await view.close();
      }
    });
  }

  for (const [variant, script] of [
    ['the hydration CDN file', HYDRATE_SNIPPET],
    ['the plain CDN file', SNIPPET],
  ]) {
    for (const lang of ['en', 'es']) {
      it(`are taken over by ${variant} with the same text, no duplicate, no error and no layout shift (${lang})`, async () => {
        const offline = await openPage(page(lang), { lang, javaScript: false });
        const before = await offline.page.evaluate(readTexts);
        await offline.close();
        const view = await openPage(`${page(lang)}\n${script}`, { lang, init: [WATCH_SHIFTS] });
        try {
          await view.page.waitForFunction(async () => {
            const all = [...document.body.children].filter((el) => el.localName.startsWith('dn-'));
            if (!all.every((el) => el.updateComplete)) return false;
            await Promise.all(all.map((el) => el.updateComplete));
            return !all.some((el) => el.hasAttribute('defer-hydration'));
          });
          await view.page.waitForTimeout(300);
          assert.deepEqual(await view.page.evaluate(readTexts), before);
          assert.equal(await view.page.evaluate(headingCount), ALL_TAGS.length);
          assert.deepEqual(await view.page.evaluate(() => window.__shifts), [], 'no layout shift');
          assert.deepEqual([...view.log.errors, ...view.consoleErrors()], []);
          assert.deepEqual(view.warnings(), []);
        } finally {
          await view.close();
        }
      });
    }
  }

  it('keep the server-rendered nodes when hydrated (nothing is rendered twice)', async () => {
    const mark = `<script>window.__heading = document.querySelector('dn-side-effects').shadowRoot.querySelector('h2');</script>`;
    const view = await openPage(`${snippet('en', 'dn-side-effects')}\n${mark}\n${HYDRATE_SNIPPET}`);
    try {
      await view.page.waitForFunction(
        () => customElements.get('dn-side-effects') && document.querySelector('dn-side-effects').updateComplete,
      );
      await view.page.evaluate(() => document.querySelector('dn-side-effects').updateComplete);
      assert.equal(await view.page.evaluate(() => window.__heading.isConnected), true);
      // Hydrated means live: a later change re-renders in place.
      await view.page.evaluate(() => document.querySelector('dn-side-effects').setAttribute('heading-level', '3'));
      await view.page.waitForFunction(() => document.querySelector('dn-side-effects').shadowRoot.querySelector('h3'));
    } finally {
      await view.close();
    }
  });

  it('render the checklist with unticked native checkboxes that work once hydrated, keeping their ticks', async () => {
    const html = snippet('en', 'dn-checklist');
    assert.match(html, /<input type="checkbox"/);
    assert.doesNotMatch(html, /\bchecked\b/);
    const mark = `<script>window.__box = document.querySelector('dn-checklist').shadowRoot.querySelector('input');</script>`;
    const view = await openPage(`${html}\n${mark}\n${HYDRATE_SNIPPET}`);
    try {
      await view.page.waitForFunction(
        () =>
          customElements.get('dn-checklist') && !document.querySelector('dn-checklist').hasAttribute('defer-hydration'),
      );
      await view.page.evaluate(() => document.querySelector('dn-checklist').updateComplete);
      const boxes = view.page.locator('dn-checklist >> input[type="checkbox"]');
      await boxes.nth(0).click();
      await boxes.nth(1).press('Space');
      // A re-render after hydration keeps the server-rendered boxes and their ticks.
      await view.page.evaluate(() => document.querySelector('dn-checklist').setAttribute('heading-level', '3'));
      await view.page.waitForFunction(() => document.querySelector('dn-checklist').shadowRoot.querySelector('h3'));
      assert.deepEqual(
        await view.page.evaluate(() => {
          const inputs = [...document.querySelector('dn-checklist').shadowRoot.querySelectorAll('input')];
          return [window.__box === inputs[0], inputs[0].checked, inputs[1].checked, inputs[2].checked];
        }),
        [true, true, true, false],
      );
      assert.deepEqual([...view.log.errors, ...view.consoleErrors()], []);
    } finally {
      await view.close();
    }
  });

  it('work under a strict CSP that allows their style blocks by hash (dist/ssr/index.json)', async () => {
    const csp = `${STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${index.styleHashes.map((hash) => `'${hash}'`).join(' ')}`)}`;
    const view = await openPage(`${page('en')}\n${HYDRATE_SNIPPET}`, { csp });
    try {
      await view.page.waitForFunction(() => document.querySelector('dn-guide').updateComplete);
      assert.deepEqual(await view.violations(), []);
      const padding = await view.page.evaluate(
        () => getComputedStyle(document.querySelector('dn-guide').shadowRoot.querySelector('.base')).paddingTop,
      );
      assert.equal(padding, '16px');
    } finally {
      await view.close();
    }
  });
});
