import { expect } from '@open-wc/testing';
import '../src/index.js';
import { allLocales } from '../src/generated/locale-codes.js';
import { base, renderInWidth, settled } from './helpers.js';

/** Where a text range's line boxes start (one entry per line it is on). */
function lineTops(range: Range): number[] {
  const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top));
  return [...new Set(tops)];
}

/** The words (as the language segments them) in `root` that the layout splits over two or more lines. */
function splitWords(root: Element, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const split: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const { segment, index, isWordLike } of segmenter.segment(node.textContent!)) {
      if (!isWordLike || segment.length < 2) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + segment.length);
      if (lineTops(range).length > 1) split.push(segment);
    }
  }
  return split;
}

// Chinese is written without spaces and breaks between any two characters by
// convention; every other language keeps its words whole.
const SPACED = allLocales.filter((lang) => !lang.startsWith('zh'));

describe('the comparison table at narrow widths', () => {
  for (const width of [320, 390, 480, 600, 800]) {
    it(`splits no word over two lines and fits ${width}px, in every language`, async () => {
      const markup = SPACED.map((lang) => `<dn-vs-acupuncture lang="${lang}"></dn-vs-acupuncture>`).join('');
      const { wrapper } = await renderInWidth(width, `<div>${markup}</div>`);
      const elements = [...wrapper.querySelectorAll('dn-vs-acupuncture')];
      for (const el of elements) await settled(el);
      const problems = elements.flatMap((el) => {
        const table = el.shadowRoot!.querySelector('table')!;
        const words = splitWords(table, el.lang).map((word) => `${el.lang}: split "${word}"`);
        const overflow = table.scrollWidth > width + 1 ? [`${el.lang}: ${table.scrollWidth}px wide`] : [];
        return [...words, ...overflow];
      });
      expect(problems).to.deep.equal([]);
      expect(wrapper.scrollWidth).to.be.at.most(width);
    });
  }

  it('stacks below about 34em: each cell under its column’s name, the row header above', async () => {
    const { el } = await renderInWidth(320, '<dn-vs-acupuncture></dn-vs-acupuncture>');
    const cell = el.shadowRoot!.querySelector('tbody td')!;
    expect(getComputedStyle(cell).display).to.equal('block');
    // Firefox reports the declared value, the others the resolved text.
    expect(getComputedStyle(cell, '::before').content).to.be.oneOf(['"Dry needling"', 'attr(data-label)']);
    const text = document.createRange();
    text.selectNodeContents(cell);
    const label = parseFloat(getComputedStyle(cell).lineHeight);
    expect(
      text.getClientRects()[0].top - cell.getBoundingClientRect().top,
      'the text starts below its label',
    ).to.be.at.least(label);
    const { el: wide } = await renderInWidth(800, '<dn-vs-acupuncture></dn-vs-acupuncture>');
    expect(getComputedStyle(wide.shadowRoot!.querySelector('tbody td')!).display).to.equal('table-cell');
    expect(getComputedStyle(wide.shadowRoot!.querySelector('tbody td')!, '::before').content).to.equal('none');
  });

  it('keeps the Arabic table whole and right to left when stacked', async () => {
    const { el } = await renderInWidth(320, '<dn-vs-acupuncture lang="ar"></dn-vs-acupuncture>');
    expect(getComputedStyle(base(el)).direction).to.equal('rtl');
    expect(splitWords(el.shadowRoot!.querySelector('table')!, 'ar')).to.deep.equal([]);
  });
});

describe('the guide at 320px', () => {
  for (const lang of SPACED) {
    it(`splits no word of its text over two lines (${lang})`, async () => {
      const { el } = await renderInWidth(320, `<dn-guide toc lang="${lang}"></dn-guide>`);
      // Citations are titles and web addresses, which may break anywhere.
      const text = [
        ...el.shadowRoot!.querySelectorAll('[part~="heading"], [part~="toc"], [part~="key-points"], [part~="section"]'),
      ];
      expect(text.length).to.be.greaterThan(10);
      expect(text.flatMap((node) => splitWords(node, lang))).to.deep.equal([]);
    });
  }
});

describe('source lists', () => {
  it('put a wrapped citation’s number beside its first line', async () => {
    const { el } = await renderInWidth(320, '<dn-side-effects></dn-side-effects>');
    const item = el.shadowRoot!.querySelector('[part~="sources"] li')!;
    const link = item.querySelector('a')!;
    const range = document.createRange();
    range.selectNodeContents(link);
    expect(lineTops(range).length, 'the citation wraps at 320px').to.be.greaterThan(1);
    // An empty inline box at the start of the item sits on the item's first
    // line box, where the list marker (its number) is drawn.
    const probe = document.createElement('span');
    item.prepend(probe);
    const firstLine = range.getClientRects()[0];
    const marker = probe.getBoundingClientRect();
    probe.remove();
    expect(Math.abs(marker.bottom - firstLine.bottom), 'number and first line share a baseline').to.be.below(
      firstLine.height / 2,
    );
  });
});
