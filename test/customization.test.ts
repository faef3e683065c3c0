import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import type { DnGuide } from '../src/index.js';
import { ALL_TAGS, base, captureWarnings, deepElements, deepText, guideSectionNames, settled } from './helpers.js';

describe('clinic content in slots', () => {
  it('shows the clinic’s contact details in <dn-safety-notice>, before the disclaimer', async () => {
    const el = await fixture(html`
      <dn-safety-notice>
        <p slot="contact">Call Riverside Physio on <a href="tel:+15550100">555-0100</a></p>
        <p slot="footer">Riverside Physio · patient information</p>
      </dn-safety-notice>
    `);
    await settled(el);
    const contact = el.querySelector('[slot="contact"]')!;
    expect(contact.assignedSlot?.name).to.equal('contact');
    expect(contact.checkVisibility()).to.be.true;
    const disclaimer = el.shadowRoot!.querySelector('[part~="disclaimer"]')!;
    expect(
      contact.assignedSlot!.compareDocumentPosition(disclaimer) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).to.be.greaterThan(0);
    expect(el.querySelector('[slot="footer"]')!.assignedSlot?.name).to.equal('footer');
  });

  it('shows the contact slot of <dn-guide> once, in its "Get help now" box', async () => {
    const el = await fixture(html`<dn-guide><p slot="contact">Call Riverside Physio on 555-0100</p></dn-guide>`);
    await settled(el);
    const contact = el.querySelector('[slot="contact"]')!;
    expect(contact.assignedSlot!.closest('[part~="get-help"]')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('slot[name="contact"]')).to.have.length(1);
    expect(contact.checkVisibility()).to.be.true;
  });

  it('shows the contact slot of <dn-safety-notice> before its disclaimer', async () => {
    const el = await fixture(
      html`<dn-safety-notice><p slot="contact">Book at riverside.example</p></dn-safety-notice>`,
    );
    await settled(el);
    const contact = el.querySelector('[slot="contact"]')!;
    const disclaimer = el.shadowRoot!.querySelector('[part~="disclaimer"]')!;
    expect(contact.assignedSlot!.compareDocumentPosition(disclaimer) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(contact.checkVisibility()).to.be.true;
  });

  it('has a footer slot in every element', async () => {
    for (const tag of ALL_TAGS) {
      const el = document.createElement(tag);
      el.innerHTML = '<span slot="footer">Clinic footer</span>';
      document.body.append(el);
      await settled(el);
      expect(el.querySelector('span')!.assignedSlot?.name, tag).to.equal('footer');
      el.remove();
    }
  });
});

describe('<dn-guide sections>', () => {
  it('shows the chosen sections in the chosen order, in the table of contents too', async () => {
    const el = await fixture<DnGuide>(html`<dn-guide toc sections="side-effects, explainer safety-notice"></dn-guide>`);
    await settled(el);
    expect(guideSectionNames(el)).to.deep.equal(['side-effects', 'explainer', 'safety-notice']);
    const links = [...el.shadowRoot!.querySelectorAll('nav a')].map((a) => a.textContent!.trim());
    expect(links).to.deep.equal([
      'Side effects and risks',
      'What is dry needling?',
      'Is it safe for me?',
      'Get help now',
    ]);
  });

  it('ignores unknown names, with one warning naming them', async () => {
    let el!: DnGuide;
    const warnings = await captureWarnings(async () => {
      el = await fixture<DnGuide>(
        // Markup in an attribute value is the hostile input under test.
        // eslint-disable-next-line lit/attribute-value-entities
        html`<dn-guide sections="explainer,<img/src=x/onerror=alert(1)>,session,explainer"></dn-guide>`,
      );
      await settled(el);
    });
    expect(guideSectionNames(el)).to.deep.equal(['explainer', 'session']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"<img');
    expect(deepElements(el).some((node) => node.localName === 'img')).to.be.false;
  });

  it('keeps the disclaimer and the contact slot when the safety section is left out', async () => {
    const el = await fixture(html`<dn-guide sections="explainer"><p slot="contact">Call us</p></dn-guide>`);
    await settled(el);
    expect(deepText(el.shadowRoot!)).to.include('It is not medical advice.');
    expect(el.querySelector('[slot="contact"]')!.checkVisibility()).to.be.true;
  });
});

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `
      * { box-sizing: content-box; }
      h2 { font-size: 60px; text-transform: uppercase; }
      p { color: red; margin: 4em; }
      html { font-size: 62.5%; }
      body { line-height: 3; text-align: right; }
    `;
    document.head.append(style);
  });
  after(() => style.remove());

  it('leaves the element readable and proportionate', async () => {
    const page = fixtureSync(
      html`<div>
        <p>Host paragraph</p>
        <dn-side-effects></dn-side-effects>
      </div>`,
    );
    const el = page.querySelector('dn-side-effects')!;
    await settled(el);
    const heading = getComputedStyle(el.shadowRoot!.querySelector('h2')!);
    const paragraph = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    const root = getComputedStyle(base(el));
    expect(root.fontSize).to.equal('16px');
    expect(heading.fontSize).to.equal('24px');
    expect(heading.textTransform).to.equal('none');
    expect(paragraph.color).to.equal('rgb(33, 43, 50)');
    expect(paragraph.marginInlineStart).to.equal('0px');
    expect(paragraph.marginBlockEnd).to.equal('12px');
    expect(root.lineHeight).to.equal('24px');
    expect(root.textAlign).to.equal('start');
    expect(getComputedStyle(el.shadowRoot!.querySelector('li')!).boxSizing).to.equal('border-box');
    // The host's own paragraph keeps the host's styles.
    expect(getComputedStyle(page.querySelector('p')!).color).to.equal('rgb(255, 0, 0)');
  });
});
