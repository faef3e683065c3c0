import { configureLocalization, msg } from '@lit/localize';
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import { templates as es } from '../src/generated/locales/es.js';
import { settled } from './helpers.js';

// A host application that localizes its own strings with @lit/localize (one
// global locale per page, configurable once) next to our elements.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['fr'],
  loadLocale: async () => ({ templates: { 'host.greeting': 'Bonjour' } }),
});

describe('a host page that uses @lit/localize itself', () => {
  it('keeps its own global locale while each element keeps its own language', async () => {
    await host.setLocale('fr');
    const page = fixtureSync(html`
      <div>
        <dn-explainer lang="es"></dn-explainer>
        <dn-explainer lang="en"></dn-explainer>
      </div>
    `);
    const [spanish, english] = page.querySelectorAll('dn-explainer');
    await settled(spanish);
    await settled(english);
    const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
    expect(heading(spanish)).to.equal(es['explainer.heading']);
    expect(heading(english)).to.equal('What is dry needling?');
    expect(host.getLocale()).to.equal('fr');
    expect(msg('Hello', { id: 'host.greeting' })).to.equal('Bonjour');
  });
});
