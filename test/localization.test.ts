import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { DnElement } from '../src/index.js';
import { templates as es } from '../src/generated/locales/es.js';
import { templates as fr } from '../src/generated/locales/fr.js';
import { templates as ko } from '../src/generated/locales/ko.js';
import { templates as de } from '../src/generated/locales/de.js';
import { matchLocale } from '../src/internal/locale-tags.js';
import { base, captureWarnings, deepText, settled } from './helpers.js';

const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();

describe('language tags', () => {
  const cases: Array<[string, string]> = [
    ['es', 'es'],
    ['pt-BR', 'pt'],
    ['PT_br', 'pt'],
    ['es-MX', 'es'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-hant', 'zh-Hant'],
    ['fil', 'tl'],
    ['ar-EG', 'ar'],
  ];
  for (const [tag, locale] of cases) {
    it(`maps "${tag}" to ${locale}`, () => {
      expect(matchLocale(tag)).to.deep.equal({ locale, supported: true });
    });
  }

  for (const tag of ['xx', 'en-', '', '  ', '123', 'zz-ZZ']) {
    it(`maps the unsupported or malformed "${tag}" to English, flagged as unsupported`, () => {
      expect(matchLocale(tag)).to.deep.equal({ locale: 'en', supported: false });
    });
  }
});

describe('choosing the language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('uses the element’s own lang attribute', async () => {
    const el = await fixture<DnElement>(html`<dn-explainer lang="es"></dn-explainer>`);
    await settled(el);
    expect(heading(el)).to.equal(es['explainer.heading']);
    expect(base(el).lang).to.equal('es');
    expect(el.locale).to.equal('es');
  });

  it('uses the nearest ancestor’s lang', async () => {
    const wrapper = fixtureSync(
      html`<div lang="fr">
        <section><dn-session></dn-session></section>
      </div>`,
    );
    const el = wrapper.querySelector('dn-session')!;
    await settled(el);
    expect(heading(el)).to.equal(fr['session.heading']);
  });

  it('finds the ancestor’s lang across a shadow root', async () => {
    const outer = fixtureSync(html`<div lang="ko"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><dn-conditions></dn-conditions></div>';
    const el = shadow.querySelector('dn-conditions')!;
    await settled(el);
    expect(heading(el)).to.equal(ko['conditions.heading']);
  });

  it('falls back to <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'de');
    const el = await fixture(html`<dn-how-it-works></dn-how-it-works>`);
    await settled(el);
    expect(heading(el)).to.equal(de['how-it-works.heading']);
  });

  it('uses English when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<dn-explainer></dn-explainer>`);
    await settled(el);
    expect(heading(el)).to.equal('What is dry needling?');
  });

  it('shows two languages side by side on one page', async () => {
    const page = fixtureSync(html`
      <div>
        <dn-side-effects lang="es"></dn-side-effects>
        <dn-side-effects lang="en"></dn-side-effects>
      </div>
    `);
    const [spanish, english] = page.querySelectorAll('dn-side-effects');
    await settled(spanish);
    await settled(english);
    expect(heading(spanish)).to.equal(es['side-effects.heading']);
    expect(heading(english)).to.equal('Side effects and risks');
  });

  it('re-renders when lang changes on the element or on <html>', async () => {
    const el = await fixture<DnElement>(html`<dn-explainer lang="es"></dn-explainer>`);
    await settled(el);
    el.setAttribute('lang', 'ko');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(el);
    expect(heading(el)).to.equal(ko['explainer.heading']);

    el.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(el);
    expect(heading(el)).to.equal(fr['explainer.heading']);
  });

  it('re-renders when lang changes on an ancestor inside another component’s shadow root', async () => {
    // A host app's component that wraps ours in its own (open) shadow root.
    const app = document.createElement('div');
    const appRoot = app.attachShadow({ mode: 'open' });
    const panel = document.createElement('div');
    panel.setAttribute('lang', 'es');
    const inner = document.createElement('div');
    inner.attachShadow({ mode: 'open' }).append(document.createElement('dn-explainer'));
    panel.append(inner);
    appRoot.append(panel);
    document.body.append(app);
    const el = inner.shadowRoot!.querySelector('dn-explainer')!;
    try {
      await settled(el);
      expect(heading(el)).to.equal(es['explainer.heading']);
      // Two shadow roots up from the element: out of reach of an observer on the document alone.
      panel.setAttribute('lang', 'de');
      await waitUntil(() => heading(el) === de['explainer.heading'], 'follows the ancestor to German');
      inner.setAttribute('lang', 'ko');
      await waitUntil(() => heading(el) === ko['explainer.heading'], 'follows the nearer ancestor to Korean');
    } finally {
      app.remove();
    }
  });

  it('shows every section of <dn-guide> in its language', async () => {
    const el = await fixture(html`<dn-guide lang="es"></dn-guide>`);
    await settled(el);
    const section = el.shadowRoot!.querySelector('#safety-notice')!;
    expect(section.querySelector('[part~="section-heading"]')!.textContent!.trim()).to.equal(
      es['safety-notice.heading'],
    );
    expect(deepText(section)).to.include(es['common.disclaimer'] as string);
  });

  for (const bad of ['xx', 'en-', '']) {
    it(`renders English with one warning for lang="${bad}"`, async () => {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<dn-session lang=${bad}></dn-session>`);
        await settled(el);
      });
      expect(heading(el)).to.equal('What happens during a session?');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`lang="${bad}"`).and.include('showing English');
    });
  }
});

describe('language-specific formatting and direction', () => {
  it('formats the review date in the element’s language', async () => {
    const el = await fixture(html`<dn-explainer lang="de" last-reviewed="2025-03-04"></dn-explainer>`);
    await settled(el);
    const expected = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date('2025-03-04'),
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal(expected);
    expect(expected).to.equal('4. März 2025');
  });

  for (const lang of ['en', 'de', 'fr', 'ru', 'ar', 'zh-Hant']) {
    it(`writes the study figures with Intl number formatting in ${lang}`, async () => {
      const el = await fixture(html`<dn-side-effects lang=${lang}></dn-side-effects>`);
      await settled(el);
      const text = deepText(el.shadowRoot!);
      const format = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
      // deepText folds every space, no-break and narrow no-break (fr, ru) included, into ' '.
      for (const figure of [7629, 20494, 1000]) expect(text).to.include(format.format(figure).replace(/\s/g, ' '));
    });
  }

  it('renders Arabic right to left, with list indentation on the right', async () => {
    const el = await fixture(html`<dn-side-effects lang="ar" style="inline-size: 30em"></dn-side-effects>`);
    await settled(el);
    expect(base(el).dir).to.equal('rtl');
    expect(getComputedStyle(base(el)).direction).to.equal('rtl');
    const list = el.shadowRoot!.querySelector('ul')!.getBoundingClientRect();
    const item = el.shadowRoot!.querySelector('li')!.getBoundingClientRect();
    expect(list.right - item.right, 'indent on the right').to.be.greaterThan(10);
    expect(item.left - list.left, 'no indent on the left').to.be.lessThan(1);
  });

  it('aligns Arabic table headers to the right', async () => {
    const el = await fixture(html`<dn-vs-acupuncture lang="ar" style="inline-size: 40em"></dn-vs-acupuncture>`);
    await settled(el);
    const cell = el.shadowRoot!.querySelector('tbody th')!;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const text = range.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    expect(box.right - text.right, 'text hugs the right edge').to.be.lessThan(box.width / 4);
    expect(text.left - box.left, 'space stays on the left').to.be.greaterThan(0);
  });

  it('respects a dir attribute on the element, and inherits direction for left-to-right languages', async () => {
    const own = await fixture(html`<dn-session lang="ar" dir="ltr"></dn-session>`);
    await settled(own);
    expect(getComputedStyle(base(own)).direction).to.equal('ltr');
    const wrapper = fixtureSync(html`<div dir="rtl"><dn-session lang="en"></dn-session></div>`);
    const inherited = wrapper.querySelector('dn-session')!;
    await settled(inherited);
    expect(base(inherited).hasAttribute('dir')).to.be.false;
    expect(getComputedStyle(base(inherited)).direction).to.equal('rtl');
  });

  it('reports the translation status of its language', async () => {
    const el = await fixture<DnElement>(html`<dn-explainer lang="pt-BR"></dn-explainer>`);
    await settled(el);
    expect(el.translationStatus).to.include({ locale: 'pt', review: 'unreviewed' });
    el.setAttribute('lang', 'en');
    await settled(el);
    expect(el.translationStatus).to.include({ locale: 'en', review: 'source' });
  });
});
