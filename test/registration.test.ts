import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define.js';
import { VERSION } from '../src/version.js';
import { captureWarnings } from './helpers.js';

describe('registration', () => {
  it('keeps the version constant equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('keeps the first copy of the same version and warns once that the script was loaded twice', async () => {
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {}
    const warnings = await captureWarnings(async () => {
      defineElement('dn-test-same', First);
      defineElement('dn-test-same', First);
      defineElement('dn-test-same', Second);
      defineElement('dn-test-same', Second);
    });
    expect(customElements.get('dn-test-same')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`version ${VERSION} was loaded twice`);
  });

  it('keeps the first registration and warns once, naming both versions, when another version is loaded', async () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('dn-test-old-a', Old);
    customElements.define('dn-test-old-b', class extends Old {});
    const warnings = await captureWarnings(async () => {
      defineElement('dn-test-old-a', class extends HTMLElement {});
      defineElement('dn-test-old-b', class extends HTMLElement {});
    });
    expect(customElements.get('dn-test-old-a')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`version ${VERSION}`).and.to.include('version 0.0.1');
  });
});
