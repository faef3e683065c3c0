import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { ALL_TAGS, base, deepElements, emulateMedia, itWithMediaEmulation, renderInWidth, settled } from './helpers.js';

async function render(tag: string, attributes = '') {
  const el = await fixture(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
  await settled(el);
  return el as HTMLElement;
}

afterEach(() => emulateMedia());

const CONDITIONS: Array<{ name: string; attributes: string; features?: Record<string, string> }> = [
  { name: 'dark theme', attributes: 'theme="dark"' },
  { name: 'auto theme, dark system setting', attributes: 'theme="auto"', features: { 'prefers-color-scheme': 'dark' } },
  { name: 'forced colors', attributes: '', features: { 'forced-colors': 'active' } },
  { name: 'forced colors, dark theme', attributes: 'theme="dark"', features: { 'forced-colors': 'active' } },
  { name: 'compact variant', attributes: 'variant="compact"' },
  { name: 'collapsible, closed', attributes: 'collapsible' },
  { name: 'collapsible, open', attributes: 'collapsible open' },
];

for (const { name, attributes, features } of CONDITIONS) {
  describe(`axe audit: ${name}`, () => {
    for (const tag of ALL_TAGS) {
      (features ? itWithMediaEmulation : it)(`<${tag}> passes`, async () => {
        if (features) await emulateMedia({ features });
        const el = await render(tag, `${attributes} ${tag === 'dn-guide' ? 'toc' : ''}`);
        await expect(el).to.be.accessible();
      });
    }
  });
}

describe('reflow and text spacing (WCAG 1.4.10, 1.4.12)', () => {
  for (const lang of ['en', 'de']) {
    it(`fits 320 CSS pixels without horizontal scrolling (${lang})`, async () => {
      const { wrapper, el } = await renderInWidth(320, `<dn-guide toc lang="${lang}"></dn-guide>`);
      expect(wrapper.scrollWidth).to.be.at.most(320);
      const wide = deepElements(el).filter((node) => node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0);
      expect(wide.map((node) => node.localName)).to.deep.equal([]);
    });
  }

  it('clips no text when the reader increases line, letter, word and paragraph spacing', async () => {
    const { wrapper, el } = await renderInWidth(360, '<dn-guide toc></dn-guide>');
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
    );
    for (const root of [el, ...deepElements(el)].filter((node) => node.shadowRoot)) {
      root.shadowRoot!.adoptedStyleSheets = [...root.shadowRoot!.adoptedStyleSheets, spacing];
    }
    const clipped = deepElements(el).filter(
      (node) =>
        node.clientHeight > 0 && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1),
    );
    expect(clipped.map((node) => `${node.localName}.${node.className}`)).to.deep.equal([]);
    expect(wrapper.scrollWidth).to.be.at.most(360);
  });
});

describe('motion, focus and targets', () => {
  itWithMediaEmulation('has no transition when the reader prefers reduced motion', async () => {
    const el = await render('dn-session', 'collapsible');
    const marker = () => getComputedStyle(el.shadowRoot!.querySelector('summary')!, '::before').transitionDuration;
    expect(marker()).to.equal('0.15s');
    await emulateMedia({ features: { 'prefers-reduced-motion': 'reduce' } });
    expect(marker()).to.equal('0s');
  });

  for (const { name, attributes, features } of [
    { name: 'light', attributes: '' },
    { name: 'dark', attributes: 'theme="dark"' },
    { name: 'forced colors', attributes: '', features: { 'forced-colors': 'active' } },
  ]) {
    (features ? itWithMediaEmulation : it)(`shows a visible focus ring on keyboard focus (${name})`, async () => {
      if (features) await emulateMedia({ features });
      const el = await render('dn-guide', `toc ${attributes}`);
      el.shadowRoot!.querySelector('a')!.blur();
      document.body.focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused?.localName).to.equal('a');
      const style = getComputedStyle(focused);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.outlineColor).not.to.equal(style.backgroundColor);
    });
  }

  it('makes every link and control at least 24 by 24 CSS pixels (WCAG 2.5.8)', async () => {
    const page = fixtureSync(html`
      <div>
        <dn-guide toc></dn-guide>
        <dn-side-effects collapsible></dn-side-effects>
      </div>
    `);
    for (const el of page.children) await settled(el);
    const targets = deepElements(page).filter((node) => node.matches('a, summary, button'));
    expect(targets.length).to.be.greaterThan(10);
    const small = targets
      .map((node) => ({ text: node.textContent!.trim().slice(0, 30), rect: node.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24);
    expect(small).to.deep.equal([]);
  });
});

describe('print', () => {
  itWithMediaEmulation('expands collapsed sections, drops decorative backgrounds and keeps the sources', async () => {
    const page = fixtureSync(html`
      <div>
        <dn-safety-notice collapsible></dn-safety-notice>
        <dn-vs-acupuncture theme="dark"></dn-vs-acupuncture>
      </div>
    `);
    const [notice, table] = page.children as unknown as HTMLElement[];
    await settled(notice);
    await settled(table);
    const body = notice.shadowRoot!.querySelector('[part~="body"]')!;
    expect(body.checkVisibility(), 'collapsed on screen').to.be.false;

    await emulateMedia({ media: 'print' });
    expect(body.checkVisibility(), 'expanded in print').to.be.true;
    expect(notice.shadowRoot!.querySelector('[part~="sources"]')!.checkVisibility(), 'sources printed').to.be.true;
    const transparent = 'rgba(0, 0, 0, 0)';
    expect(getComputedStyle(base(table)).backgroundColor).to.equal(transparent);
    expect(getComputedStyle(notice.shadowRoot!.querySelector('[part~="notice"]')!).backgroundColor).to.equal(
      transparent,
    );
    expect(getComputedStyle(table.shadowRoot!.querySelector('thead th')!).backgroundColor).to.equal(transparent);
    expect(getComputedStyle(base(table)).color).to.equal('rgb(0, 0, 0)');
  });

  itWithMediaEmulation(
    'keeps boxes, list items and table rows whole, and prints plain links in light colours',
    async () => {
      const guide = fixtureSync(html`<dn-guide theme="dark" toc></dn-guide>`);
      await settled(guide);
      await emulateMedia({ media: 'print' });
      const style = (selector: string, pseudo?: string) =>
        getComputedStyle(guide.shadowRoot!.querySelector(selector)!, pseudo);

      expect(style('[part~="get-help"]').breakInside, 'Get help now').to.equal('avoid');
      expect(style('[part~="get-help-heading"]').breakAfter, 'its heading').to.equal('avoid');
      expect(style('[part~="section-heading"]').breakAfter, 'section headings').to.equal('avoid');
      expect(style('li').breakInside, 'list items').to.equal('avoid');
      expect(style('tbody tr').breakInside, 'table rows').to.equal('avoid');
      expect(style('[part~="get-help"]').boxShadow).to.equal('none');

      const citation = style('[part~="sources"] a');
      expect(citation.textDecorationLine).to.equal('none');
      expect(citation.display, 'no touch-target spacing').to.equal('inline');
      expect(style('[part~="sources"] a', '::after').content, 'nothing after a link').to.equal('none');
      // The light theme's muted grey, not the dark theme's, which fades on white paper.
      expect(style('[part~="sources"]').color).to.equal('rgb(76, 98, 114)');
    },
  );
});
