import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import { SECTIONS, type SectionName } from '../src/components/sections.js';
import { templates as ar } from '../src/generated/locales/ar.js';
import { templates as es } from '../src/generated/locales/es.js';
import { ALL_TAGS, base, domCounters, englishTitle, hasDevTools, settled, watchErrors } from './helpers.js';

type Lang = 'en' | 'es' | 'ar';

const translations: Record<Exclude<Lang, 'en'>, Record<string, unknown>> = { es, ar };

/** The top heading of `tag` in `lang`. */
const title = (tag: string, lang: Lang) =>
  lang === 'en' ? englishTitle(tag) : String(translations[lang][`${tag.slice('dn-'.length)}.heading`]);

const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!;

const LANGS: Lang[] = ['en', 'es', 'ar'];
const THEMES = ['light', 'dark', 'auto'];
const SECTION_LISTS: Array<{ value: string; names: SectionName[] }> = [
  { value: '', names: SECTIONS.map((section) => section.name) },
  { value: 'explainer', names: ['explainer'] },
  { value: 'side-effects safety-notice', names: ['side-effects', 'safety-notice'] },
  { value: 'session,conditions', names: ['session', 'conditions'] },
];

/** The attributes of cycle `i`; the moduli differ, so every 60 cycles go through every combination. */
function stateFor(tag: string, i: number) {
  return {
    lang: LANGS[i % 3],
    headingLevel: 2 + (i % 5),
    theme: THEMES[(i >> 1) % 3],
    variant: i % 2 ? 'compact' : 'full',
    collapsible: i % 4 < 2,
    open: i % 3 === 0,
    guide: tag === 'dn-guide' ? { sections: SECTION_LISTS[i % 4], toc: i % 4 !== 1 } : undefined,
  };
}

const channel = new MessageChannel();

/** Resolves in a later task; unlike setTimeout, without the 4 ms clamp that would slow 8,000 cycles down. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * One cycle of a restless host page: disconnects the element, changes attributes
 * while it is detached, reconnects it (into one of two parents), renders it as an
 * open disclosure, then switches to the cycle's state in the same task; every fifth
 * time it also disconnects and reconnects it before that render. Then checks what it shows.
 */
async function cycle(el: HTMLElement, i: number, parents: Element[]) {
  const state = stateFor(el.localName, i);
  el.remove();
  el.setAttribute('lang', state.lang);
  el.setAttribute('heading-level', String(state.headingLevel));
  parents[i % 2].append(el);
  el.setAttribute('collapsible', '');
  el.setAttribute('open', '');
  await settled(el);
  // The <details> has queued a `toggle` event, which runs after the changes below.
  el.setAttribute('theme', state.theme);
  el.setAttribute('variant', state.variant);
  el.toggleAttribute('collapsible', state.collapsible);
  el.toggleAttribute('open', state.open);
  if (state.guide) {
    el.setAttribute('sections', state.guide.sections.value);
    el.toggleAttribute('toc', state.guide.toc);
  }
  if (i % 5 === 4) {
    el.remove();
    parents[0].append(el);
  }
  await settled(el);
  await nextTask();
  await settled(el);

  const label = `<${el.localName}> cycle ${i}`;
  expect(heading(el).localName, label).to.equal(`h${state.headingLevel}`);
  expect(heading(el).textContent!.trim(), label).to.equal(title(el.localName, state.lang));
  expect(base(el).lang, label).to.equal(state.lang);
  expect(el.hasAttribute('open'), `${label}: open`).to.equal(state.open);
  expect(el.shadowRoot!.querySelector('details')?.open, `${label}: <details>`).to.equal(
    state.collapsible ? state.open : undefined,
  );
  if (state.guide) {
    const sections = [...el.shadowRoot!.querySelectorAll('[part~="section"]')];
    expect(
      sections.map((section) => section.querySelector('[part~="section-heading"]')!.textContent!.trim()),
      label,
    ).to.deep.equal(state.guide.sections.names.map((name) => title(`dn-${name}`, state.lang)));
  }
}

/**
 * After forced garbage collection the counters are exact in practice (equal
 * before and after in every run so far). The margin only absorbs a one-off
 * allocation, such as a cache entry or a task still in flight; a leak in any
 * step of a cycle adds 1,000 or more.
 */
const MARGIN = { nodes: 10, jsEventListeners: 2 };

// Every test in this file fails on any uncaught error, unhandled rejection or console.error.
let watcher: ReturnType<typeof watchErrors>;
beforeEach(() => {
  watcher = watchErrors();
});
afterEach(() => {
  watcher.stop();
  expect(watcher.errors).to.deep.equal([]);
});

describe('1,000 disconnect/reconnect cycles with attribute changes', () => {
  for (const tag of ALL_TAGS) {
    // Leaks are counted where the DevTools protocol gives DOM counters (Chromium).
    const leaks = hasDevTools ? ' and leaks no nodes or listeners' : '';
    it(`<${tag}> shows the right text every time${leaks}`, async function () {
      this.timeout(30000);
      const page = fixtureSync(
        html`<div>
          <div></div>
          <div></div>
        </div>`,
      );
      const parents = [...page.children];
      const el = document.createElement(tag);
      parents[0].append(el);
      // Warm-up: loads the languages and fills Lit's template caches with every state.
      for (let i = 0; i < 60; i++) await cycle(el, i, parents);

      // Measured in the same state (that of cycle 0), so the element has the same nodes both times.
      await cycle(el, 0, parents);
      const before = hasDevTools && (await domCounters());
      for (let i = 1; i <= 1000; i++) await cycle(el, i, parents);
      await cycle(el, 0, parents);
      if (!before) return;
      // A task still queued (such as the `toggle` of a replaced <details>) keeps a detached tree alive
      // until it runs, and under CPU load it may not have run yet: read again after a pause. A leak stays.
      const exceeds = (counters: Awaited<ReturnType<typeof domCounters>>) =>
        counters.nodes - before.nodes > MARGIN.nodes ||
        counters.jsEventListeners - before.jsEventListeners > MARGIN.jsEventListeners;
      let after = await domCounters();
      for (let reads = 1; reads < 5 && exceeds(after); reads++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        after = await domCounters();
      }

      const change = (counter: keyof typeof MARGIN) => `${counter}: ${before[counter]} → ${after[counter]}`;
      expect(after.documents, 'documents').to.equal(before.documents);
      expect(after.nodes - before.nodes, change('nodes')).to.be.at.most(MARGIN.nodes);
      expect(after.jsEventListeners - before.jsEventListeners, change('jsEventListeners')).to.be.at.most(
        MARGIN.jsEventListeners,
      );
    });
  }
});

describe('moving into a same-origin iframe and back', () => {
  /** Checks the element shows `lang`'s heading with its own styles applied, in whichever window it is. */
  function expectRendered(el: HTMLElement, lang: Lang, where: string) {
    const view = el.ownerDocument.defaultView!;
    expect(heading(el).textContent!.trim(), where).to.equal(title(el.localName, lang));
    expect(base(el).lang, where).to.equal(lang);
    // Without the element's stylesheets the host is inline, the wrapper unpadded, the heading's line height `normal`.
    expect(view.getComputedStyle(el).display, `${where}: host display`).to.equal('block');
    expect(view.getComputedStyle(base(el)).paddingTop, `${where}: padding`).to.equal('16px');
    expect(view.getComputedStyle(heading(el)).lineHeight, `${where}: heading line height`).to.equal('30px');
  }

  for (const tag of ALL_TAGS) {
    it(`<${tag}> renders, styled and in the iframe’s language, and again after coming back`, async () => {
      const page = fixtureSync(html`<div lang="en"><iframe></iframe></div>`);
      const frame = page.querySelector('iframe')!.contentDocument!;
      frame.documentElement.lang = 'es';
      const el = document.createElement(tag);
      page.append(el);
      await settled(el);
      expectRendered(el, 'en', 'on the page');

      frame.body.appendChild(el);
      await settled(el);
      expect(el.ownerDocument).to.equal(frame);
      expectRendered(el, 'es', 'in the iframe');

      frame.documentElement.lang = 'ar';
      await nextTask();
      await settled(el);
      expectRendered(el, 'ar', 'after the iframe’s lang changed');
      expect(base(el).dir).to.equal('rtl');

      page.append(document.adoptNode(el));
      await settled(el);
      expectRendered(el, 'en', 'back on the page');

      frame.body.append(frame.adoptNode(el));
      await settled(el);
      expectRendered(el, 'ar', 'in the iframe again');

      page.append(el);
      await settled(el);
      expectRendered(el, 'en', 'back again');
    });

    it(`<${tag}> renders, styled, when first connected inside the iframe`, async () => {
      const page = fixtureSync(html`<div lang="en"><iframe></iframe></div>`);
      const frame = page.querySelector('iframe')!.contentDocument!;
      frame.documentElement.lang = 'es';
      const el = document.createElement(tag);
      frame.body.append(el);
      await settled(el);
      expectRendered(el, 'es', 'in the iframe');

      page.append(el);
      await settled(el);
      expectRendered(el, 'en', 'on the page');
    });
  }
});
