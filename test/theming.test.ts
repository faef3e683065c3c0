import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import type { DnElement } from '../src/index.js';
import {
  ALL_TAGS,
  backgroundOf,
  base,
  captureWarnings,
  contrast,
  emulateMedia,
  itWithMediaEmulation,
  settled,
} from './helpers.js';

async function render(tag: string, attributes = '') {
  const el = await fixture(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
  await settled(el);
  return el as DnElement;
}

afterEach(() => emulateMedia());

describe('themes', () => {
  it('defaults to light: dark text on a white surface', async () => {
    const el = await render('dn-explainer');
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(base(el)).color).to.equal('rgb(33, 43, 50)');
  });

  it('theme="dark" switches to light text on a dark surface', async () => {
    const el = await render('dn-explainer', 'theme="dark"');
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(16, 25, 31)');
    expect(getComputedStyle(base(el)).color).to.equal('rgb(232, 237, 238)');
  });

  itWithMediaEmulation('theme="auto" follows the reader’s color scheme', async () => {
    const el = await render('dn-explainer', 'theme="auto"');
    await emulateMedia({ features: { 'prefers-color-scheme': 'light' } });
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ features: { 'prefers-color-scheme': 'dark' } });
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(16, 25, 31)');
  });

  it('an unknown theme renders light with one warning', async () => {
    let el!: DnElement;
    const warnings = await captureWarnings(async () => {
      el = await render('dn-session', 'theme="neon"');
    });
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('theme="neon"');
  });

  it('design tokens set by the page restyle the element', async () => {
    const wrapper = fixtureSync(html`
      <div style="--dn-color-accent: rgb(0, 105, 92); --dn-color-surface: transparent; --dn-font-family: serif">
        <dn-side-effects></dn-side-effects>
      </div>
    `);
    const el = wrapper.querySelector('dn-side-effects')!;
    await settled(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('a')!).color).to.equal('rgb(0, 105, 92)');
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(base(el)).fontFamily).to.equal('serif');
  });

  for (const [theme, themeFile] of [
    ['light', ''],
    ['dark', ''],
    ['light', 'high-contrast'],
  ]) {
    it(`every default text and background pair has a contrast of at least 4.5:1 (${themeFile || theme})`, async () => {
      const sheet = new CSSStyleSheet();
      if (themeFile) sheet.replaceSync(await (await fetch(`/themes/${themeFile}.css`)).text());
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const page = fixtureSync(html`
        <div>
          <dn-side-effects theme=${theme}></dn-side-effects>
          <dn-safety-notice theme=${theme}></dn-safety-notice>
          <dn-vs-acupuncture theme=${theme}></dn-vs-acupuncture>
          <dn-guide toc theme=${theme}></dn-guide>
          <dn-aftercare lang="de" theme=${theme}></dn-aftercare>
        </div>
      `);
      for (const el of page.children) await settled(el);
      const texts = [...page.children].flatMap((el) => [
        ...el.shadowRoot!.querySelectorAll('.heading, .subheading, p, li, a, th, td, time, .sources-title, caption'),
      ]);
      expect(texts.length).to.be.greaterThan(40);
      const low = texts
        .map((node) => {
          const ratio = contrast(getComputedStyle(node).color, backgroundOf(node));
          return { text: node.textContent!.trim().slice(0, 40), ratio };
        })
        .filter(({ ratio }) => ratio < 4.5);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      expect(low).to.deep.equal([]);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`the "Get help now" box stands out without colour, and its colours from the page at 3:1 or more (${theme})`, async () => {
      const el = await render('dn-aftercare', `theme="${theme}"`);
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="get-help"]')!;
      const band = box.querySelector<HTMLElement>('.callout-band')!;
      const heading = band.querySelector('h3')!;
      const border = getComputedStyle(box).borderInlineStartColor;
      expect(contrast(border, getComputedStyle(base(el)).backgroundColor)).to.be.at.least(3);
      // The band is filled with the border's colour, and its heading reads on it.
      expect(getComputedStyle(band).backgroundColor).to.equal(border);
      expect(contrast(getComputedStyle(heading).color, border)).to.be.at.least(4.5);
      // Not colour alone: a border all round (thicker than the other boxes'), an icon and its own heading.
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(parseFloat(getComputedStyle(box)[`border${side}Width`])).to.be.at.least(4);
      }
      expect(band.querySelector('svg[aria-hidden="true"]')).to.exist;
      expect(heading.textContent!.trim()).to.equal('Get help now');
    });
  }
});

describe('variants', () => {
  // Safety content stays in compact (risk figures, who may needle, what to do): these elements shrink
  // less (side effects) or not at all (they are all safety content).
  const SHRINK: Record<string, number> = { 'dn-side-effects': 0.95, 'dn-safety-notice': 1.01, 'dn-aftercare': 1.01 };

  it('compact shows the key points only, with fewer words than full', async () => {
    for (const tag of ALL_TAGS) {
      const full = await render(tag);
      const compact = await render(tag, 'variant="compact"');
      const words = (el: Element) => el.shadowRoot!.textContent!.split(/\s+/).length;
      expect(words(compact), tag).to.be.lessThan(words(full) * (SHRINK[tag] ?? 0.9));
      expect(compact.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(
        full.shadowRoot!.querySelector('[part~="heading"]')!.textContent,
      );
    }
  });

  it('compact keeps the safety content: risk figures, who may needle, the scope question and what to do', async () => {
    const text = async (tag: string) => (await render(tag, 'variant="compact"')).shadowRoot!.textContent!;
    const sideEffects = await text('dn-side-effects');
    for (const phrase of ['about 1 in 3', 'about 1 in 1,000 treatments', 'get emergency help'])
      expect(sideEffects).to.include(phrase);
    const notice = await text('dn-safety-notice');
    for (const phrase of ['licensed clinician', 'states and countries', 'Are you allowed and trained'])
      expect(notice).to.include(phrase);
    expect(await text('dn-aftercare')).to.include('Call your local emergency number now');
  });

  it('an unknown variant renders full with one warning', async () => {
    let el!: DnElement;
    const warnings = await captureWarnings(async () => {
      el = await render('dn-conditions', 'variant="tiny"');
    });
    expect(el.shadowRoot!.textContent).to.include('One review looked at 13 studies');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('variant="tiny"');
  });

  it('collapsible shows only the heading, in a native disclosure that opens from the keyboard', async () => {
    const el = await render('dn-side-effects', 'collapsible');
    const details = el.shadowRoot!.querySelector('details')!;
    const summary = details.querySelector('summary')!;
    expect(summary.querySelector('h2')!.textContent!.trim()).to.equal('Side effects and risks');
    expect(details.open).to.be.false;
    const body = el.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.checkVisibility(), 'body hidden').to.be.false;

    const toggles: boolean[] = [];
    el.addEventListener('dn-toggle', (event) => toggles.push((event as CustomEvent<{ open: boolean }>).detail.open));
    const { sendKeys } = await import('@web/test-runner-commands');
    el.focusHeading();
    expect(el.shadowRoot!.activeElement === summary, 'summary has focus').to.be.true;
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details.open).to.be.true;
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(body.checkVisibility(), 'body shown').to.be.true;
    await sendKeys({ press: ' ' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toggles).to.deep.equal([true, false]);
  });

  it('the open property opens a collapsible element', async () => {
    const el = await render('dn-session', 'collapsible open');
    expect(el.shadowRoot!.querySelector('details')!.open).to.be.true;
  });
});
