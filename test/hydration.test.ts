// Server-rendered snippets (dist/ssr/<lang>/<tag>.html) in every engine:
// readable with JavaScript off, then taken over by a CDN file with the same
// text, no duplicate, no error and no change of size.
import { expect } from '@open-wc/testing';
import { ALL_TAGS, englishTitle } from './helpers.js';
import { HYDRATE_SCRIPT, PLAIN_SCRIPT, hydrated, openFrame, readerText, snippetPage, widgets } from './lib/frames.js';

const heights = (doc: Document) => widgets(doc).map((el) => Math.round(el.getBoundingClientRect().height));

describe('server-rendered snippets', () => {
  for (const lang of ['en', 'es', 'ar']) {
    it(`show their full, styled text with JavaScript off (${lang})`, async () => {
      const frame = await openFrame(await snippetPage(lang), { lang, scripts: false });
      try {
        const all = widgets(frame.document);
        expect(all.map((el) => el.localName)).to.deep.equal(ALL_TAGS);
        expect(frame.window.customElements.get('dn-guide'), 'no script ran').to.equal(undefined);
        for (const el of all) {
          expect(el.shadowRoot, `${el.localName} has its declarative shadow root`).to.not.equal(null);
          expect(readerText(el).length, el.localName).to.be.greaterThan(300);
          if (lang === 'en') expect(readerText(el)).to.include(englishTitle(el.localName));
        }
        const base = all[0].shadowRoot!.querySelector('.base')!;
        const style = frame.window.getComputedStyle(base);
        expect([style.paddingTop, style.direction]).to.deep.equal(['16px', lang === 'ar' ? 'rtl' : 'ltr']);
      } finally {
        frame.remove();
      }
    });
  }

  for (const [variant, script] of [
    ['the hydration CDN file', HYDRATE_SCRIPT],
    ['the plain CDN file', PLAIN_SCRIPT],
  ]) {
    for (const lang of ['en', 'es']) {
      it(`are taken over by ${variant} with the same text and size, no duplicate and no error (${lang})`, async () => {
        const page = await snippetPage(lang);
        const offline = await openFrame(page, { lang, scripts: false });
        const textBefore = widgets(offline.document).map(readerText);
        const heightBefore = heights(offline.document);
        offline.remove();

        const frame = await openFrame(`${page}\n${script}`, { lang });
        try {
          await hydrated(frame);
          await new Promise((resolve) => setTimeout(resolve, 200));
          const all = widgets(frame.document);
          expect(all.map(readerText)).to.deep.equal(textBefore);
          expect(heights(frame.document), 'no element changed size').to.deep.equal(heightBefore);
          const headings = all.map((el) => el.shadowRoot!.querySelectorAll('[part~="heading"]').length);
          expect(headings, 'one heading each: nothing rendered twice').to.deep.equal(ALL_TAGS.map(() => 1));
          expect(frame.window.__log).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }

  it('render the checklist with unticked native checkboxes that work once hydrated, keeping their ticks', async () => {
    const frame = await openFrame(`${await snippetPage('en')}\n${HYDRATE_SCRIPT}`);
    try {
      const checklist = frame.document.querySelector('dn-checklist')!;
      const serverBoxes = [...checklist.shadowRoot!.querySelectorAll('input')];
      expect(serverBoxes.length).to.be.greaterThan(5);
      expect(serverBoxes.some((box) => box.checked)).to.equal(false);
      await hydrated(frame);
      serverBoxes[0].click();
      serverBoxes[1].labels![0].click();
      checklist.setAttribute('heading-level', '3');
      await (checklist as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const boxes = [...checklist.shadowRoot!.querySelectorAll('input')];
      expect(checklist.shadowRoot!.querySelector('h3'), 're-rendered').to.not.equal(null);
      expect(boxes[0], 'the server-rendered box is kept').to.equal(serverBoxes[0]);
      expect(boxes.slice(0, 3).map((box) => box.checked)).to.deep.equal([true, true, false]);
      expect(frame.window.__log).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
