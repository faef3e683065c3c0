import { expect } from '@open-wc/testing';
import { deepText } from './helpers.js';

const CDN = '/dist/cdn/dry-needling-widgets.min.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Language files this page has downloaded so far. */
const localeDownloads = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/cdn/locales/'));

async function show(tag: string, lang?: string): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  if (lang) el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('language files of the CDN build', () => {
  before(async () => {
    await import(/* @vite-ignore */ CDN);
  });

  it('are not downloaded by an English-only page', async () => {
    await show('dn-guide');
    await show('dn-side-effects', 'en-US');
    expect(localeDownloads()).to.deep.equal([]);
  });

  it('are downloaded from beside the CDN file, once per language and text group used', async () => {
    const first = await show('dn-explainer', 'es');
    await show('dn-conditions', 'es-MX');
    expect(first.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    // Both sections are in the "about" group: one file.
    expect(localeDownloads()).to.have.length(1);
    expect(localeDownloads()[0]).to.match(/^\/dist\/cdn\/locales\/es\.about-[\w-]+\.min\.js$/);
    const safety = await show('dn-side-effects', 'es');
    expect(deepText(safety.shadowRoot!)).to.include('Efectos secundarios');
    await show('dn-guide', 'es');
    const downloads = localeDownloads();
    expect(downloads).to.have.length(2);
    expect(downloads[1]).to.match(/^\/dist\/cdn\/locales\/es\.safety-[\w-]+\.min\.js$/);
  });

  it('are standalone: they never import the entry file back (which a ?ver= URL would load twice)', async () => {
    const [download] = localeDownloads();
    const source = await (await fetch(download)).text();
    expect(source).not.to.match(/\bimport\b/);
    const entryLoads = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === CDN);
    expect(entryLoads).to.have.length(1);
  });
});
