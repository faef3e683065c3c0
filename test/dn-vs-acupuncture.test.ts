import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/vs-acupuncture/dn-vs-acupuncture.js';
import { settled } from './helpers.js';

describe('<dn-vs-acupuncture>', () => {
  it('compares the two in a real table with a caption, column headers and row headers', async () => {
    const el = await fixture(html`<dn-vs-acupuncture></dn-vs-acupuncture>`);
    await settled(el);
    const table = el.shadowRoot!.querySelector('table[part~="table"]')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Dry needling and acupuncture compared');
    const columns = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());
    expect(columns).to.deep.equal(['Dry needling', 'Traditional Chinese acupuncture']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(4);
    for (const row of rows) {
      expect(row.querySelector('th[scope="row"]'), 'row header').to.exist;
      expect(row.querySelectorAll('td')).to.have.length(2);
    }
  });
});
