import { expect } from '@open-wc/testing';
import { ALL_TAGS, deepText } from './helpers.js';

// The built CDN file (npm test builds it first), imported the way pages load it.
const CDN = '/dist/cdn/dry-needling-widgets.min.js';

describe('CDN file', () => {
  it('registers every element and renders text', async () => {
    await import(/* @vite-ignore */ CDN);
    for (const tag of ALL_TAGS) expect(customElements.get(tag), tag).to.exist;
    const el = document.createElement('dn-side-effects');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepText(el.shadowRoot!)).to.include('Side effects and risks');
    el.remove();
  });

  it('can be loaded again from another URL without an error, keeping the first copy and warning once', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const first = customElements.get('dn-guide');
    try {
      await import(/* @vite-ignore */ `${CDN}?ver=1.0`);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('loaded twice');
    expect(customElements.get('dn-guide')).to.equal(first);
  });
});
