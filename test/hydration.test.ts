// Server-rendered snippets (dist/ssr/<lang>/<tag>.html) in every engine:
// readable with JavaScript off, then taken over by a CDN file with the same
// text, no duplicate, no error and no change of size.
import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';
import { ALL_TAGS, base as basePart, englishTitle } from './helpers.js';
import {
  HYDRATE_SCRIPT,
  PLAIN_SCRIPT,
  entry,
  hydrateEntry,
  hydrated,
  openFrame,
  readerText,
  snippet,
  snippetPage,
  widgets,
} from './lib/frames.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

// Runs before the CDN file: records each element's server-rendered heading.
const RECORD_HEADINGS = `<script>
  window.__headings = [...document.body.children]
    .filter((el) => el.localName.startsWith('dn-'))
    .map((el) => el.shadowRoot.querySelector('[part~="heading"]'));
</script>`;
const headingNodes = (doc: Document) => widgets(doc).map((el) => el.shadowRoot!.querySelector('[part~="heading"]'));
const recorded = (frame: { window: Window }) => (frame.window as Window & { __headings: Element[] }).__headings;

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

  // The README's embed, with its inline loader (scripts/lib/embed-snippet.mjs), for the build's files as
  // built (the test server's /dist/ rewrites scripts, which their hashes would refuse).
  const readmeEmbed = async () => {
    const query = new URLSearchParams({ base: `${location.origin}/test-fixtures/cdn/`, file: hydrateEntry });
    return (await fetch(`/test-fixtures/embed.html?${query}`)).text();
  };
  for (const [variant, scripts, fetchedEarly] of [
    ["the README's loader", readmeEmbed, []],
    ["the hydration CDN file's script tag", async () => HYDRATE_SCRIPT, [hydrateEntry]],
  ] as const) {
    it(`are taken over through ${variant}, which fetches nothing of the library while the page is parsed or before its first frame`, async () => {
      const marks = {
        firstFrame: '<script>requestAnimationFrame(() => (window.__firstFrame = performance.now()));</script>',
        parsed: '<script>window.__parsed = performance.now();</script>',
      };
      const frame = await openFrame(
        `${marks.firstFrame}\n${await scripts()}\n${await snippetPage('en')}\n${marks.parsed}`,
      );
      try {
        await hydrated(frame);
        const view = frame.window as Window & { __firstFrame: number; __parsed: number };
        const cdnFiles = view.performance
          .getEntriesByType('resource')
          .filter(({ name }) => /\/(?:dist|test-fixtures)\/cdn\//.test(name))
          .map(({ name, startTime }) => ({ file: name.replace(/.*\/cdn\//, ''), startTime }));
        const later = cdnFiles.filter(({ file }) => !(fetchedEarly as readonly string[]).includes(file));
        expect(later.map(({ file }) => file.replace(/^(chunks\/[a-z]+)-[\w-]{8}\.min\.js$/, '$1'))).to.have.members([
          ...(fetchedEarly.length ? [] : [hydrateEntry]),
          entry,
          'chunks/core',
        ]);
        expect([typeof view.__parsed, typeof view.__firstFrame], 'parsed, and a frame painted').to.deep.equal([
          'number',
          'number',
        ]);
        for (const { file, startTime } of later)
          expect(startTime, file).to.be.at.least(Math.max(view.__parsed, view.__firstFrame));
        expect(frame.window.__log).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('are kept as they are once defined: the same nodes, and no text or language file downloaded (es)', async () => {
    const frame = await openFrame(`${await snippetPage('es')}\n${RECORD_HEADINGS}\n${PLAIN_SCRIPT}`, { lang: 'es' });
    try {
      await hydrated(frame);
      expect(headingNodes(frame.document), 'the server-rendered headings are still there').to.deep.equal(
        recorded(frame),
      );
      const downloads = frame.window.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(
        downloads.some((url) => /\/chunks\/core-/.test(url)),
        'the core was loaded',
      ).to.equal(true);
      expect(downloads.filter((url) => /\/chunks\/(?!core-)|\/locales\//.test(url))).to.deep.equal([]);
      expect(frame.window.__log).to.deep.equal([]);

      // The first change renders afresh, in one step, in the new language.
      const el = frame.document.querySelector('dn-side-effects') as Updating;
      const spanish = readerText(el);
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect([base.lang, base.dataset.dnFor!.split('|').slice(0, 2)]).to.deep.equal(['de', [VERSION, 'de']]);
      expect(el.shadowRoot!.querySelectorAll('[part~="heading"]'), 'one heading: nothing left over').to.have.length(1);
      expect(readerText(el)).to.not.equal(spanish);
      expect(frame.window.__log).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('keep focus where it was when the first change renders them afresh', async () => {
    const frame = await openFrame(`${await snippet('en', 'dn-side-effects')}\n${PLAIN_SCRIPT}`);
    try {
      await hydrated(frame);
      const [el] = widgets(frame.document) as Updating[];
      const links = () => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="sources"] a')];
      const [, second] = links();
      second.focus();
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      // Compared as booleans: a failed comparison of nodes in a frame is more than the reporter can serialize.
      expect(links()[1] !== second, 'rendered afresh').to.equal(true);
      expect(el.shadowRoot!.activeElement === links()[1], 'focus is on the same source link').to.equal(true);
      expect([links()[1].href, basePart(el).lang]).to.deep.equal([second.href, 'es']);
      expect(frame.window.__log).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('are rendered afresh, with the same text, when made by another version of the library', async () => {
    const old = (await snippet('en', 'dn-side-effects')).replace('data-dn-for="', 'data-dn-for="0.0.1-old|');
    const offline = await openFrame(old, { scripts: false });
    const text = readerText(widgets(offline.document)[0]);
    offline.remove();
    const frame = await openFrame(`${old}\n${RECORD_HEADINGS}\n${PLAIN_SCRIPT}`);
    try {
      await hydrated(frame);
      const [heading] = headingNodes(frame.document);
      expect(heading, 'rendered afresh').to.not.equal(recorded(frame)[0]);
      const [el] = widgets(frame.document);
      expect(readerText(el)).to.equal(text);
      // The snippet's <style> went with it: the element's own stylesheets style the render.
      expect(el.shadowRoot!.querySelector('style')).to.equal(null);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(frame.window.getComputedStyle(base).paddingTop).to.equal('16px');
      expect(frame.window.__log).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('are rendered afresh when a script set a property before the elements were defined', async () => {
    const setBefore = `<script>document.querySelector('dn-side-effects').variant = 'compact';</script>`;
    const page = `${await snippet('en', 'dn-side-effects')}\n${RECORD_HEADINGS}\n${setBefore}`;
    const offline = await openFrame(page, { scripts: false });
    const full = readerText(widgets(offline.document)[0]);
    offline.remove();
    const frame = await openFrame(`${page}\n${PLAIN_SCRIPT}`);
    try {
      await hydrated(frame);
      const [el] = widgets(frame.document);
      expect(headingNodes(frame.document)[0]).to.not.equal(recorded(frame)[0]);
      expect(el.getAttribute('variant'), 'the property, reflected').to.equal('compact');
      expect(readerText(el).length, 'the compact text').to.be.lessThan(full.length);
    } finally {
      frame.remove();
    }
  });

  it("keep the guide's links working before any render: a contents link moves focus to its section", async () => {
    const frame = await openFrame(`${await snippet('en', 'dn-guide')}\n${RECORD_HEADINGS}\n${PLAIN_SCRIPT}`);
    try {
      await hydrated(frame);
      const guide = widgets(frame.document)[0];
      const root = guide.shadowRoot!;
      root.querySelector<HTMLAnchorElement>('a[href="#side-effects"]')!.click();
      expect(root.activeElement?.textContent?.trim()).to.equal(englishTitle('dn-side-effects'));
      root.querySelector<HTMLAnchorElement>('a[href="#source-1"]')!.click();
      expect(root.activeElement?.id).to.equal('source-1');
      expect(frame.window.location.hash, 'the page URL is left alone').to.equal('');
      expect(headingNodes(frame.document), 'still the server-rendered guide').to.deep.equal(recorded(frame));
    } finally {
      frame.remove();
    }
  });

  it('render the checklist with unticked native checkboxes that work once defined, keeping their ticks when re-rendered', async () => {
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
      await (checklist as Updating).updateComplete;
      const boxes = [...checklist.shadowRoot!.querySelectorAll('input')];
      expect(checklist.shadowRoot!.querySelector('h3'), 're-rendered').to.not.equal(null);
      expect(boxes).to.have.length(serverBoxes.length);
      expect(boxes.slice(0, 3).map((box) => box.checked)).to.deep.equal([true, true, false]);
      expect(frame.window.__log).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
