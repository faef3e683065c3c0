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

  it('can be loaded again with a ?ver= query string without an error or a second copy: both URLs share one core', async () => {
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
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('dn-guide')).to.equal(first);
    const cores = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/dist\/cdn\/chunks\/core-[\w-]+\.min\.js$/.test(new URL(entry.name).pathname));
    expect(cores).to.have.length(1);
  });

  it('loads the text of the sections a page shows, by group, not the others', async () => {
    const chunks = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.match(/\/chunks\/([a-z]+)-[\w-]+\.min\.js$/)?.[1])
        .filter(Boolean);
    // dn-side-effects, above: the core, its group's text and the sources both groups share.
    expect(chunks()).to.have.members(['core', 'safety', 'shared']);
    const guide = document.createElement('dn-guide');
    guide.setAttribute('sections', 'side-effects');
    document.body.append(guide);
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepText(guide.shadowRoot!)).to.include('Get help now');
    expect(chunks(), 'no "about" text for a guide without those sections').to.have.members([
      'core',
      'safety',
      'shared',
    ]);
    guide.setAttribute('sections', 'explainer');
    await (guide as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepText(guide.shadowRoot!)).to.include('What is dry needling?');
    expect(chunks()).to.have.members(['core', 'safety', 'shared', 'about']);
    guide.remove();
  });
});
