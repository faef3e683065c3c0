import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/guide/dn-guide.js';
import type { DnGuide } from '../src/components/guide/dn-guide.js';
import { deepText, SECTION_TAGS, settled } from './helpers.js';

async function renderGuide(template = html`<dn-guide toc></dn-guide>`) {
  const el = await fixture<DnGuide>(template);
  await settled(el);
  return el;
}

describe('<dn-guide>', () => {
  it('contains all seven sections, in order', async () => {
    const el = await renderGuide();
    const tags = [...el.shadowRoot!.querySelectorAll('[part~="section"]')].map((node) => node.localName);
    expect(tags).to.deep.equal(SECTION_TAGS);
  });

  it('has no table of contents unless toc is set', async () => {
    const el = await renderGuide(html`<dn-guide></dn-guide>`);
    expect(el.shadowRoot!.querySelector('nav')).to.be.null;
    el.toc = true;
    await settled(el);
    expect(el.shadowRoot!.querySelector('nav[part~="toc"]')).to.exist;
  });

  it('lists every section title in its table of contents', async () => {
    const el = await renderGuide();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
    const sections = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="section"]')];
    expect(links).to.have.length(7);
    links.forEach((link, i) => {
      const heading = sections[i].shadowRoot!.querySelector('[part~="heading"]')!;
      expect(link.textContent!.trim()).to.equal(heading.textContent!.trim());
    });
  });

  it('moves focus to the section heading when a contents link is followed, leaving the page URL alone', async () => {
    const el = await renderGuide();
    const before = location.href;
    const link = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')[4];
    link.click();
    const section = el.shadowRoot!.querySelector('dn-side-effects')!;
    const heading = section.shadowRoot!.querySelector('[part~="heading"]');
    expect(section.shadowRoot!.activeElement === heading, 'heading has focus').to.be.true;
    expect(heading!.textContent!.trim()).to.equal('Side effects and risks');
    expect(location.href).to.equal(before);
  });

  it('shows one "last reviewed" line for the whole guide and passes its date to every section', async () => {
    const el = await renderGuide(html`<dn-guide last-reviewed="2025-05-06"></dn-guide>`);
    const visible = [el, ...el.shadowRoot!.querySelectorAll('[part~="section"]')]
      .map((node) => node.shadowRoot!.querySelector<HTMLElement>('[part~="reviewed"]')!)
      .filter((line) => line.getClientRects().length > 0);
    expect(visible).to.have.length(1);
    expect(visible[0].textContent).to.include('May 6, 2025');
    for (const section of el.shadowRoot!.querySelectorAll('[part~="section"]')) {
      expect(section.getAttribute('last-reviewed')).to.equal('2025-05-06');
    }
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
    expect(data.citation).to.have.length(9);

    el.setAttribute('lang', 'de');
    el.sections = 'explainer';
    await settled(el);
    const updated = JSON.parse(script(el)!.textContent!);
    expect(updated.inLanguage).to.equal('de');
    expect(updated.citation).to.have.length(1);
    expect(el.querySelectorAll('script')).to.have.length(1);

    el.structuredData = false;
    await settled(el);
    expect(script(el)).to.be.null;
  });

  it('is not shown to readers', async () => {
    const el = await renderGuide(html`<dn-guide structured-data></dn-guide>`);
    expect(script(el)!.checkVisibility()).to.be.false;
    expect(deepText(el.shadowRoot!)).not.to.include('MedicalWebPage');
  });
});
