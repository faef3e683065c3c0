// When the script cannot run (blocked by the host's CSP, a wrong integrity
// hash, a failed download), the README snippet's fallback text stays readable;
// when it runs, the widget replaces it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CDN_URL,
  HEADINGS,
  SNIPPET,
  elementWithFallback,
  openPage,
  renderedTexts,
  useHostileSetup,
} from '../lib/page-harness.mjs';
import { FALLBACK_TEXT, scriptTag } from '../../scripts/lib/embed-snippet.mjs';

useHostileSetup();

const GUIDE = elementWithFallback();

/** What a reader sees of the fallback paragraph, and whether the guide got defined. */
function fallbackState(page) {
  return page.evaluate(() => {
    const guide = document.querySelector('dn-guide');
    const fallback = guide.querySelector('p');
    return {
      defined: Boolean(customElements.get('dn-guide')),
      visible: fallback.checkVisibility(),
      text: document.body.innerText.trim(),
    };
  });
}

describe('fallback content of the recommended snippet', () => {
  const failures = [
    ['the host CSP blocks the script', { csp: "script-src 'none'" }, SNIPPET],
    [
      'the integrity hash does not match',
      {},
      scriptTag(CDN_URL, 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
    ],
    ['the download fails', { route: ['**/dry-needling-widgets.min.js', (route) => route.abort('failed')] }, SNIPPET],
    [
      'the file is not found',
      { route: ['**/dry-needling-widgets.min.js', (route) => route.fulfill({ status: 404 })] },
      SNIPPET,
    ],
  ];
  for (const [name, options, script] of failures) {
    it(`stays readable when ${name}`, async () => {
      const view = await openPage(`${script}\n${GUIDE}`, options);
      try {
        await view.page.waitForLoadState('load');
        // Nothing on our side may hide it later: check again after a while.
        await view.page.waitForTimeout(500);
        const state = await fallbackState(view.page);
        assert.deepEqual(state, { defined: false, visible: true, text: FALLBACK_TEXT });
      } finally {
        await view.close();
      }
    });
  }

  it('is replaced by the guide when the script runs, and never read out with it', async () => {
    const view = await openPage(`${SNIPPET}\n${GUIDE}`);
    try {
      const [{ text }] = await renderedTexts(view.page);
      assert.ok(text.includes(HEADINGS['dn-guide']));
      const state = await fallbackState(view.page);
      assert.equal(state.defined, true);
      assert.equal(state.visible, false);
      assert.ok(!state.text.includes(FALLBACK_TEXT), 'the fallback text is not shown');
      // Not in the accessibility tree either (a screen reader would read it twice).
      const snapshot = await view.page.locator('body').ariaSnapshot();
      assert.ok(!snapshot.includes('does not appear'), snapshot.slice(0, 200));
      assert.ok(snapshot.includes(HEADINGS['dn-guide']), 'the guide is in the accessibility tree');
    } finally {
      await view.close();
    }
  });
});
