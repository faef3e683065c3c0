import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/guide/dn-guide.js';
import { DnGuide } from '../src/components/guide/dn-guide.js';
import { SECTIONS } from '../src/components/sections.js';
import { getHelpLines } from '../src/content/aftercare.js';
import { keyPoints } from '../src/content/guide.js';
import { citedBy } from '../src/content/sources.js';
import { deepElements, deepText, guideSectionNames, settled } from './helpers.js';

async function renderGuide(template = html`<dn-guide toc></dn-guide>`) {
  const el = await fixture<DnGuide>(template);
  await settled(el);
  return el;
}

describe('<dn-guide>', () => {
  it('contains every section, in order', async () => {
    const el = await renderGuide();
    expect(guideSectionNames(el)).to.deep.equal(SECTIONS.map((section) => section.name));
  });

  it('renders every section in its own single shadow root, with one stylesheet', async () => {
    const el = await renderGuide();
    expect(
      deepElements(el).filter((node) => node.shadowRoot),
      'nested shadow roots',
    ).to.have.length(0);
    expect(el.shadowRoot!.adoptedStyleSheets, 'adopted stylesheets').to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('style, link[rel="stylesheet"]')).to.have.length(0);
    // The sections' own styles are in that one sheet: the comparison table has its borders.
    const cell = el.shadowRoot!.querySelector('#vs-acupuncture td')!;
    expect(getComputedStyle(cell).borderTopStyle).to.equal('solid');
  });

  it('has no table of contents unless toc is set', async () => {
    const el = await renderGuide(html`<dn-guide></dn-guide>`);
    expect(el.shadowRoot!.querySelector('nav')).to.be.null;
    el.toc = true;
    await settled(el);
    expect(el.shadowRoot!.querySelector('nav[part~="toc"]')).to.exist;
  });

  it('lists every section title in its table of contents, then "Get help now"', async () => {
    const el = await renderGuide();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
    const headings = [...el.shadowRoot!.querySelectorAll<HTMLElement>('section > [part~="section-heading"]')];
    expect(links).to.have.length(SECTIONS.length + 1);
    SECTIONS.forEach((section, i) => {
      expect(links[i].textContent!.trim()).to.equal(headings[i].textContent!.trim());
      expect(links[i].textContent!.trim()).to.equal(section.title());
    });
    expect(links.at(-1)!.getAttribute('href')).to.equal('#get-help');
  });

  it('opens with 3 to 5 key points, the main message first', async () => {
    const el = await renderGuide();
    const summary = el.shadowRoot!.querySelector('[part~="key-points"]')!;
    const body = el.shadowRoot!.querySelector('[part~="body"]')!;
    const firstSection = body.querySelector('section')!;
    expect(summary.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(summary.querySelector('h3')!.textContent!.trim()).to.equal('Key points');
    const points = [...summary.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(points.length).to.be.within(3, 5);
    expect(points[0]).to.match(/^Dry needling uses very thin needles/);
    expect(points.join(' ')).to.include('emergency help');
  });

  it('moves focus to the section heading when a contents link is followed, leaving the page URL alone', async () => {
    const el = await renderGuide();
    const before = location.href;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('nav a[href="#side-effects"]')!;
    link.click();
    const heading = el.shadowRoot!.activeElement!;
    expect(heading.matches('#side-effects > [part~="section-heading"]'), 'section heading has focus').to.be.true;
    expect(heading.textContent!.trim()).to.equal('Side effects and risks');
    expect(location.href).to.equal(before);
  });

  it('shows one "last reviewed" line for the whole guide, with its date', async () => {
    const el = await renderGuide(html`<dn-guide last-reviewed="2025-05-06"></dn-guide>`);
    const lines = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="reviewed"]');
    expect(lines).to.have.length(1);
    expect(lines[0].textContent).to.include('May 6, 2025');
  });

  it('lists each paper once, numbered, in one list after the last section', async () => {
    const el = await renderGuide();
    const lists = el.shadowRoot!.querySelectorAll('[part~="sources"]');
    expect(lists).to.have.length(1);
    const citations = [...lists[0].querySelectorAll('ol > li')].map((item) => item.textContent!.trim());
    const expected = [
      ...new Set([...citedBy(keyPoints(String)), ...SECTIONS.flatMap((section) => section.body.value!.sources)]),
    ].map((source) => source.citation);
    expect(citations).to.deep.equal(expected);
    // Quoted by two sections (what it is, how it works), listed once.
    expect(citations.filter((citation) => citation.startsWith('American Physical Therapy Association'))).to.have.length(
      1,
    );
    expect(new Set(citations).size).to.equal(citations.length);
    const lastSection = [...el.shadowRoot!.querySelectorAll('[part~="section"]')].at(-1)!;
    expect(lastSection.compareDocumentPosition(lists[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
  });

  it("numbers each section's papers under it, linking to the one list; following a number moves focus there", async () => {
    const el = await renderGuide();
    const root = el.shadowRoot!;
    const citations = [...root.querySelectorAll('[part~="sources"] ol > li')].map((item) => item.textContent!.trim());
    for (const section of SECTIONS) {
      const references = root.querySelector(`#${section.name} > [part~="references"]`);
      if (section.body.value!.sources.length === 0) {
        expect(references, section.name).to.be.null;
        continue;
      }
      const numbers = [...references!.querySelectorAll('a')].map((link) =>
        Number(link.textContent!.replace(/\D/g, '')),
      );
      // The same papers the section's own element lists, by their number in the guide's list.
      expect(
        numbers.map((number) => citations[number - 1]),
        section.name,
      ).to.have.members(section.body.value!.sources.map((source) => source.citation));
    }
    const before = location.href;
    const link = root.querySelector<HTMLAnchorElement>('#side-effects > [part~="references"] a')!;
    link.click();
    const focused = root.activeElement!;
    expect(focused.matches('[part~="sources"] li'), 'a source has focus').to.be.true;
    expect(focused.id).to.equal(`source-${link.textContent!.replace(/\D/g, '')}`);
    expect(location.href).to.equal(before);
  });

  it('keeps the lines of its contents and reference links in place while a link is still without its text', async () => {
    // A streamed server-rendered snippet can paint while the browser has parsed a link but not its text:
    // the line must not be taller then, or it shifts when the text arrives (seen in `npm run bench`).
    const el = await renderGuide();
    const root = el.shadowRoot!;
    const lines = [
      root.querySelector('[part~="toc"] li')!,
      root.querySelector('[part~="key-points"] [part~="references"]')!,
    ];
    for (const line of lines) {
      const link = line.querySelector('a')!;
      const next = line.querySelectorAll('a')[1] ?? line.nextElementSibling!;
      const before = [line.getBoundingClientRect().height, next.getBoundingClientRect().top];
      link.replaceChildren();
      expect([line.getBoundingClientRect().height, next.getBoundingClientRect().top], line.localName).to.deep.equal(
        before,
      );
    }
  });

  it('keeps lines to a readable length (about 60 to 75 characters) in a wide container', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1600px"><dn-guide></dn-guide></div>`);
    const el = wrapper.querySelector<DnGuide>('dn-guide')!;
    await settled(el);
    const paragraphs = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.section p')].filter(
      (p) => p.getClientRects().length && p.textContent!.trim().length > 160,
    );
    expect(paragraphs.length).to.be.greaterThan(2);
    // The measure is in ch, so characters per line vary a little with the font and the text.
    for (const p of paragraphs) expect(firstLineLength(p), p.textContent!.slice(0, 40)).to.be.within(50, 85);
  });

  it('lists only the papers of what it shows: key points, its sections and the "Get help now" box', async () => {
    const el = await renderGuide(html`<dn-guide sections="conditions"></dn-guide>`);
    const citations = [...el.shadowRoot!.querySelectorAll('[part~="sources"] li')].map((item) =>
      item.textContent!.trim(),
    );
    const expected = new Set([
      ...citedBy(keyPoints(String)),
      ...SECTIONS.find((section) => section.name === 'conditions')!.body.value!.sources,
      ...citedBy(getHelpLines()),
    ]);
    expect(citations).to.deep.equal([...expected].map((s) => s.citation));
    expect(
      citations.some((citation) => citation.startsWith('Zhou K')),
      'no paper of a hidden section',
    ).to.be.false;
  });

  it('includes the educational-use disclaimer', async () => {
    const el = await renderGuide();
    expect(deepText(el.shadowRoot!)).to.include('This information is for education only. It is not medical advice.');
  });

  it('passes the axe accessibility audit with its table of contents', async () => {
    const el = await renderGuide();
    await expect(el).to.be.accessible();
  });
});

describe('<dn-guide structured-data>', () => {
  const script = (el: Element) =>
    el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-dn-structured-data]');

  it('adds none unless asked', async () => {
    const el = await renderGuide(html`<dn-guide></dn-guide>`);
    expect(script(el)).to.be.null;
  });

  it('adds schema.org JSON-LD to the light DOM, kept in step with language and sections, and removed when turned off', async () => {
    const el = await renderGuide(html`<dn-guide structured-data lang="es"></dn-guide>`);
    const data = JSON.parse(script(el)!.textContent!);
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.inLanguage).to.equal('es');
    expect(data.about.name).to.equal('Punción seca');
    expect(data.citation).to.have.length((await DnGuide.loadSources()).length);

    el.setAttribute('lang', 'de');
    el.sections = 'explainer';
    await settled(el);
    const updated = JSON.parse(script(el)!.textContent!);
    expect(updated.inLanguage).to.equal('de');
    expect(updated.citation.length).to.be.below(data.citation.length);
    expect(el.querySelectorAll('script')).to.have.length(1);

    el.structuredData = false;
    await settled(el);
    expect(script(el)).to.be.null;
  });

  it('names only true contraindications, and side effects but not the intended muscle twitch', async () => {
    const el = await renderGuide(html`<dn-guide structured-data></dn-guide>`);
    const { about } = JSON.parse(script(el)!.textContent!);
    const names = (list: { name: string }[]) => list.map(({ name }) => name).join(' | ');
    expect(names(about.contraindication)).to.include('lymphedema');
    expect(names(about.contraindication)).to.not.match(/medicine|afraid|pregnant/);
    expect(names(about.adverseOutcome)).to.include('bleeding');
    expect(names(about.adverseOutcome)).to.not.include('twitch');
    expect(names(about.seriousAdverseOutcome)).to.include('collapsed lung');
  });

  it('is not shown to readers', async () => {
    const el = await renderGuide(html`<dn-guide structured-data></dn-guide>`);
    expect(script(el)!.checkVisibility()).to.be.false;
    expect(deepText(el.shadowRoot!)).not.to.include('MedicalWebPage');
  });
});

/** How many characters of `p`'s text sit on its first line, measured with ranges. */
function firstLineLength(p: HTMLElement): number {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let top: number | undefined;
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      top ??= rect.top;
      if (rect.top > top + rect.height / 2) return count;
      count++;
    }
  }
  return count;
}
