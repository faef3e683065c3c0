// A language file that cannot be downloaded (404, network error): the reader
// still gets the English text, the host gets one event per element and one
// warning, and nothing is left unhandled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADINGS, SNIPPET, openPage, renderedTexts, useHostileSetup } from '../lib/page-harness.mjs';

useHostileSetup();

const RECORD_EVENTS = () => {
  window.__localeErrors = [];
  document.addEventListener('dn-locale-error', (event) =>
    window.__localeErrors.push(`${event.target.localName} ${event.detail.locale}`),
  );
};

describe('a language file that fails to load', () => {
  for (const [name, answer] of [
    ['answers 404', (route) => route.fulfill({ status: 404, body: 'Not found' })],
    ['fails on the network', (route) => route.abort('failed')],
  ]) {
    it(`${name}: English text, dn-locale-error, one warning, no unhandled rejection`, async () => {
      const view = await openPage(
        `${SNIPPET}<dn-side-effects></dn-side-effects><dn-safety-notice></dn-safety-notice>`,
        {
          lang: 'es',
          route: ['**/dist/cdn/locales/**', answer],
          init: [RECORD_EVENTS],
        },
      );
      try {
        const texts = await renderedTexts(view.page);
        for (const { tag, text } of texts) assert.ok(text.includes(HEADINGS[tag]), `${tag} shows English`);
        await view.page.waitForTimeout(100);
        const events = await view.page.evaluate(() => window.__localeErrors.sort());
        assert.deepEqual(events, ['dn-safety-notice es', 'dn-side-effects es']);
        assert.deepEqual(await view.rejections(), []);
        assert.deepEqual(view.log.errors, []);
        const warnings = view.warnings();
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /"es" translations could not be loaded.*showing English/);
        // The browser reports the failed download itself; our code logs no error.
        assert.deepEqual(
          view.consoleErrors().filter((text) => !/Failed to load resource/.test(text)),
          [],
        );
      } finally {
        await view.close();
      }
    });
  }
});
