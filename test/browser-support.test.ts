// What older engines get when they lack a feature the widgets use: readable,
// styled text, never a blank widget. Each test takes the feature away the way
// an older engine would not have it.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import { backgroundOf, base, contrast, englishTitle, settled } from './helpers.js';
import { HYDRATE_SCRIPT, PLAIN_SCRIPT, hydrated, openFrame, readerText, snippet } from './lib/frames.js';

/**
 * An engine without `light-dark()` (Safari before 17.5, Firefox before 120)
 * finds the `@supports` test for it false and skips those blocks.
 */
function withoutLightDark(sheet: CSSStyleSheet): CSSStyleSheet {
  const kept = [...sheet.cssRules]
    .filter((rule) => !(rule instanceof CSSSupportsRule && rule.conditionText.includes('light-dark')))
    .map((rule) => rule.cssText)
    .join('\n');
  expect(kept, 'light-dark() only inside @supports').to.not.include('light-dark');
  const copy = new CSSStyleSheet();
  copy.replaceSync(kept);
  return copy;
}

describe('without light-dark()', () => {
  for (const theme of ['light', 'dark', 'auto']) {
    it(`theme="${theme}" shows the light colours, every text at 4.5:1 or more`, async () => {
      const page = fixtureSync(html`
        <div>
          <dn-side-effects theme=${theme}></dn-side-effects>
          <dn-vs-acupuncture theme=${theme}></dn-vs-acupuncture>
          <dn-guide toc theme=${theme}></dn-guide>
        </div>
      `);
      const elements = [...page.children];
      for (const el of elements) {
        await settled(el);
        el.shadowRoot!.adoptedStyleSheets = el.shadowRoot!.adoptedStyleSheets.map(withoutLightDark);
      }
      for (const el of elements) {
        expect(getComputedStyle(base(el)).backgroundColor, el.localName).to.equal('rgb(255, 255, 255)');
      }
      // The fallback repeats the light values of light-dark(): both copies must agree.
      const light = fixtureSync(html`<div><dn-aftercare></dn-aftercare></div>`).firstElementChild!;
      const fallback = fixtureSync(html`<div><dn-aftercare theme=${theme}></dn-aftercare></div>`).firstElementChild!;
      await settled(light);
      await settled(fallback);
      fallback.shadowRoot!.adoptedStyleSheets = fallback.shadowRoot!.adoptedStyleSheets.map(withoutLightDark);
      const colours = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
          const style = getComputedStyle(node);
          return `${node.localName}: ${style.color} on ${style.backgroundColor}, border ${style.borderInlineStartColor}`;
        });
      expect(colours(fallback)).to.deep.equal(colours(light));
      const texts = elements.flatMap((el) => [
        ...el.shadowRoot!.querySelectorAll('.heading, p, li, a, th, td, time, .sources-title, caption'),
      ]);
      expect(texts.length).to.be.greaterThan(40);
      const low = texts
        .map((node) => ({
          text: node.textContent!.trim().slice(0, 40),
          ratio: contrast(getComputedStyle(node).color, backgroundOf(node)),
        }))
        .filter(({ ratio }) => ratio < 4.5);
      expect(low).to.deep.equal([]);
    });
  }
});

describe('without declarative shadow DOM', () => {
  // An older parser keeps <template shadowrootmode> as an ordinary, inert template.
  const asOlderParser = (markup: string) => markup.replaceAll(' shadowrootmode=', ' data-shadowrootmode=');

  for (const [variant, script] of [
    ['the hydration CDN file', HYDRATE_SCRIPT],
    ['the plain CDN file', PLAIN_SCRIPT],
  ]) {
    it(`a server-rendered snippet is rendered by ${variant}, shown once, with no error`, async () => {
      const markup = asOlderParser(await snippet('en', 'dn-side-effects'));
      // Runs after the parser and before the module script: was a shadow root attached by the parser?
      const probe = `<script>window.__parsedShadowRoot = !!document.querySelector('dn-side-effects').shadowRoot;</script>`;
      const frame = await openFrame(`${markup}\n${probe}\n${script}`);
      try {
        const el = frame.document.querySelector('dn-side-effects')!;
        expect((frame.window as unknown as { __parsedShadowRoot: boolean }).__parsedShadowRoot).to.equal(false);
        await hydrated(frame);
        expect(readerText(el)).to.include(englishTitle('dn-side-effects'));
        expect(el.shadowRoot!.querySelectorAll('[part~="heading"]')).to.have.length(1);
        expect(frame.window.getComputedStyle(el.shadowRoot!.querySelector('.base')!).paddingTop).to.equal('16px');
        expect(frame.window.__log).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
