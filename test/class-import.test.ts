import { expect } from '@open-wc/testing';
// The class-only modules (`dry-needling-widgets/dn-*.class.js`): nothing here registers a tag.
import { DnGuide } from '../src/components/guide/dn-guide.class.js';
import { DnSideEffects } from '../src/components/side-effects/dn-side-effects.class.js';
import { ALL_TAGS, englishTitle, settled } from './helpers.js';

describe('class-only imports', () => {
  it('define no element', () => {
    expect(ALL_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('give classes an app can register under its own tag names', async () => {
    customElements.define('clinic-side-effects', DnSideEffects);
    customElements.define('clinic-guide', DnGuide);
    const section = document.createElement('clinic-side-effects') as DnSideEffects;
    const guide = document.createElement('clinic-guide') as DnGuide;
    document.body.append(section, guide);
    try {
      await settled(section);
      await settled(guide);
      const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
      expect(heading(section)).to.equal(englishTitle('dn-side-effects'));
      expect(heading(guide)).to.equal(englishTitle('dn-guide'));
      expect(ALL_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
    } finally {
      section.remove();
      guide.remove();
    }
  });
});
