import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { settled } from './helpers.js';

describe('sources', () => {
  it('lists the papers behind the figures quoted in <dn-side-effects>, as links', async () => {
    const el = await fixture(html`<dn-side-effects></dn-side-effects>`);
    await settled(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part~="sources"] li')];
    expect(items.map((li) => li.textContent!.trim())).to.satisfy((texts: string[]) =>
      ['Brady S', 'Boyce D'].every((author) => texts.some((text) => text.startsWith(author))),
    );
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="sources"] a')];
    expect(links.map((a) => a.href)).to.include('https://doi.org/10.1179/2042618613Y.0000000044');
  });

  it('cites the review behind the evidence summary in <dn-conditions>', async () => {
    const el = await fixture(html`<dn-conditions></dn-conditions>`);
    await settled(el);
    const text = el.shadowRoot!.querySelector('[part~="sources"]')!.textContent!;
    expect(text).to.include('Gattie E');
    expect(text).to.include('J Orthop Sports Phys Ther. 2017');
  });
});
