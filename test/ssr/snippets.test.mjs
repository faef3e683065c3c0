// Server-rendered snippets (dist/ssr/<lang>/<tag>.html): valid HTML, kept in
// place, allowed by a strict CSP through their style hashes. Reading them with
// JavaScript off and their takeover run in every engine: test/hydration.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { renderToString } from '../../dist/server/render.js';
import { ALL_TAGS, HYDRATE_SNIPPET, STRICT_CSP, openPage, useHostileSetup } from '../lib/page-harness.mjs';

useHostileSetup();

const index = JSON.parse(readFileSync('dist/ssr/index.json', 'utf8'));
const snippet = (lang, tag) => readFileSync(`dist/ssr/${lang}/${tag}.html`, 'utf8');
const page = (lang, tags = ALL_TAGS) => tags.map((tag) => snippet(lang, tag)).join('\n');

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

  it('keep the server-rendered nodes once defined (nothing is rendered twice)', async () => {
    const mark = `<script>window.__heading = document.querySelector('dn-side-effects').shadowRoot.querySelector('h2');</script>`;
    const view = await openPage(`${snippet('en', 'dn-side-effects')}\n${mark}\n${HYDRATE_SNIPPET}`);
    try {
      await view.page.waitForFunction(
        () => customElements.get('dn-side-effects') && document.querySelector('dn-side-effects').updateComplete,
      );
      await view.page.evaluate(() => document.querySelector('dn-side-effects').updateComplete);
      assert.equal(await view.page.evaluate(() => window.__heading.isConnected), true);
      // Kept, but live: a later change renders afresh.
      await view.page.evaluate(() => document.querySelector('dn-side-effects').setAttribute('heading-level', '3'));
      await view.page.waitForFunction(() => document.querySelector('dn-side-effects').shadowRoot.querySelector('h3'));
    } finally {
      await view.close();
    }
  });

  it('keep a collapsible snippet as printed while a reader opens and closes it by keyboard and by script', async () => {
    const view = await openPage(`${await renderToString('dn-session', { collapsible: true })}\n${HYDRATE_SNIPPET}`);
    try {
      await view.page.waitForFunction(() => customElements.get('dn-session'));
      await view.page.evaluate(async () => {
        const el = document.querySelector('dn-session');
        await el.updateComplete;
        window.__summary = el.shadowRoot.querySelector('summary');
        window.__toggles = [];
        el.addEventListener('dn-toggle', (event) => window.__toggles.push(event.detail.open));
        window.__summary.focus();
      });
      await view.page.keyboard.press('Enter');
      await view.page.waitForFunction(() => window.__toggles.length === 1);
      const state = () =>
        view.page.evaluate(async () => {
          const el = document.querySelector('dn-session');
          await el.updateComplete;
          const root = el.shadowRoot;
          return {
            toggles: window.__toggles,
            open: [el.open, el.hasAttribute('open'), root.querySelector('details').open],
            kept: root.querySelector('summary') === window.__summary && root.querySelectorAll('summary').length === 1,
            focused: root.activeElement === window.__summary,
          };
        });
      assert.deepEqual(await state(), { toggles: [true], open: [true, true, true], kept: true, focused: true });
      await view.page.evaluate(() => (document.querySelector('dn-session').open = false));
      await view.page.waitForFunction(() => window.__toggles.length === 2);
      assert.deepEqual(await state(), {
        toggles: [true, false],
        open: [false, false, false],
        kept: true,
        focused: true,
      });
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
