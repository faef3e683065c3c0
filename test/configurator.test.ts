// The configurator (demo/index.html, also built into dist/configurator/): a
// clinic chooses options, copies the code, pastes it into a blank page, and
// the same content renders there.
import { expect } from '@open-wc/testing';
import { hydrated, openFrame, readerText, widgets } from './lib/frames.js';

interface Configurator {
  document: Document;
  window: Window & typeof globalThis;
  remove(): void;
}

const until = async (check: () => boolean, what: string, timeout = 10000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** The configurator in a same-origin frame; its snippets load the raw CDN files the test server keeps for this. */
async function openConfigurator(query: string, page = '/demo/index.html'): Promise<Configurator> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  const cdn = `${location.origin}/test-fixtures/cdn/`;
  frame.src = `${page}?${query}&cdn=${encodeURIComponent(cdn)}`;
  document.body.append(frame);
  await until(() => frame.contentDocument?.documentElement?.dataset.ready !== undefined, 'the configurator');
  return {
    document: frame.contentDocument!,
    window: frame.contentWindow as Window & typeof globalThis,
    remove: () => frame.remove(),
  };
}

/** Changes a form field as a user would: a new value, then the events the page listens for. */
function choose(configurator: Configurator, id: string, value: string | boolean) {
  const field = configurator.document.getElementById(id) as HTMLInputElement;
  if (typeof value === 'boolean') field.checked = value;
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const previewOf = (configurator: Configurator) =>
  configurator.document.querySelector('#preview')!.firstElementChild as HTMLElement & {
    updateComplete: Promise<unknown>;
  };

async function settledPreview(configurator: Configurator, tag: string, lang: string) {
  await until(() => {
    const el = previewOf(configurator);
    return el?.localName === tag && el.shadowRoot?.querySelector('.base')?.getAttribute('lang') === lang;
  }, `the preview of <${tag} lang="${lang}">`);
  await previewOf(configurator).updateComplete;
  return previewOf(configurator);
}

function snippetFor(configurator: Configurator, kind: string) {
  choose(configurator, `kind-${kind}`, true);
  return (configurator.document.getElementById('snippet') as HTMLTextAreaElement).value;
}

describe('configurator', () => {
  let configurator: Configurator | undefined;
  afterEach(() => configurator?.remove());

  it('preselects ?section, ?lang and ?theme, and the copied script-tag code renders the same content in a blank page', async () => {
    configurator = await openConfigurator('section=side-effects&lang=es&theme=dark');
    const doc = configurator.document;
    expect((doc.getElementById('section') as HTMLSelectElement).value).to.equal('dn-side-effects');
    expect((doc.getElementById('lang') as HTMLSelectElement).value).to.equal('es');
    expect((doc.getElementById('theme') as HTMLSelectElement).value).to.equal('dark');

    choose(configurator, 'heading-level', '3');
    choose(configurator, 'variant', 'compact');
    choose(configurator, 'clinic-name', 'Clínica <Sol>');
    choose(configurator, 'phone', '+34 600 123 456');
    const preview = await settledPreview(configurator, 'dn-side-effects', 'es');
    await until(() => Boolean(preview.shadowRoot!.querySelector('h3')), 'the preview at heading level 3');

    // What the copy button copies: it fills the clipboard with the text area's value, or selects it.
    const code = snippetFor(configurator, 'script');
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await until(() => doc.getElementById('copy-status')!.textContent !== '', 'the copy status');

    const page = await openFrame(code, { lang: 'en' });
    try {
      await hydrated(page);
      const [pasted] = widgets(page.document);
      expect(pasted.localName).to.equal('dn-side-effects');
      // Each choice reached the pasted element (the preview is built from the same options).
      expect(pasted.getAttribute('theme')).to.equal('dark');
      expect(pasted.getAttribute('variant')).to.equal('compact');
      expect(pasted.getAttribute('lang')).to.equal('es');
      expect(pasted.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('es');
      expect(pasted.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal(
        preview.shadowRoot!.querySelector('h3')!.textContent!.trim(),
      );
      expect(readerText(pasted)).to.equal(readerText(preview));
      // The clinic's name is text, never markup, in both.
      expect(pasted.querySelector('[slot="footer"] strong')!.textContent).to.equal('Clínica <Sol>');
      expect(preview.querySelector('[slot="footer"] strong')!.textContent).to.equal('Clínica <Sol>');
    } finally {
      page.remove();
    }
  });

  it('writes the same choices as a WordPress shortcode, React, an iframe and a render command', async () => {
    configurator = await openConfigurator('section=guide&lang=fr');
    choose(configurator, 'heading-level', '3');
    choose(configurator, 'theme', 'auto');
    choose(configurator, 'emergency-number', '112');
    expect(snippetFor(configurator, 'wordpress')).to.equal(
      '[dry_needling section="guide" lang="fr" heading_level="3" theme="auto" toc="1"]',
    );
    const react = snippetFor(configurator, 'react');
    expect(react).to.include("import { DnGuide } from 'dry-needling-widgets/react';");
    expect(react).to.include('<DnGuide lang="fr" headingLevel={3} theme="auto" toc emergencyNumber="112" />');
    const iframe = snippetFor(configurator, 'iframe');
    expect(iframe).to.include(
      'embed.html?element=dn-guide&amp;lang=fr&amp;heading-level=3&amp;theme=auto&amp;toc=1&amp;emergency-number=112"',
    );
    expect(snippetFor(configurator, 'ssr')).to.equal(
      'npx dry-needling-widgets render dn-guide --lang fr --heading-level 3 --theme auto --toc --emergency-number 112',
    );
    const preview = await settledPreview(configurator, 'dn-guide', 'fr');
    expect(preview.getAttribute('emergency-number')).to.equal('112');
  });

  it('gives the prerendered snippet for default options: it reads without JavaScript and the pasted page takes it over', async () => {
    configurator = await openConfigurator('section=session&lang=de');
    choose(configurator, 'clinic-name', 'Praxis Nord');
    choose(configurator, 'kind-ssr', true);
    const area = configurator.document.getElementById('snippet') as HTMLTextAreaElement;
    await until(() => area.value.includes('shadowrootmode'), 'the prerendered snippet');
    const code = area.value;
    expect(code).to.include('dry-needling-widgets.hydrate.min.js');
    const preview = await settledPreview(configurator, 'dn-session', 'de');

    const withoutScripts = await openFrame(code, { lang: 'en', scripts: false });
    try {
      const [shown] = widgets(withoutScripts.document);
      expect(readerText(shown)).to.equal(readerText(preview));
    } finally {
      withoutScripts.remove();
    }
    const page = await openFrame(code, { lang: 'en' });
    try {
      await hydrated(page);
      const [pasted] = widgets(page.document);
      expect(readerText(pasted)).to.equal(readerText(preview));
      expect(pasted.querySelector('[slot="footer"] strong')!.textContent).to.equal('Praxis Nord');
    } finally {
      page.remove();
    }
    // Other options are not prerendered: the command that prints them instead.
    choose(configurator, 'heading-level', '4');
    expect(area.value).to.equal('npx dry-needling-widgets render dn-session --lang de --heading-level 4');
  });

  it('works the same from its copy beside the CDN files (dist/configurator/)', async () => {
    configurator = await openConfigurator('section=checklist&lang=ko', '/dist/configurator/index.html');
    const preview = await settledPreview(configurator, 'dn-checklist', 'ko');
    expect(preview.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(5);
    expect(snippetFor(configurator, 'script')).to.include('<dn-checklist lang="ko"></dn-checklist>');
  });

  it('keeps its default and says so for a ?lang it does not have; never writes an unsafe link', async () => {
    configurator = await openConfigurator('lang=xx&section=aftercare');
    expect((configurator.document.getElementById('lang') as HTMLSelectElement).value).to.equal('en');
    expect(configurator.document.getElementById('link-notice')!.textContent).to.include('"xx"');
    choose(configurator, 'booking-url', 'javascript:alert(1)');
    choose(configurator, 'clinic-name', 'Clinic');
    const code = snippetFor(configurator, 'script');
    expect(code).to.include('<p slot="contact"><strong>Clinic</strong></p>');
    expect(code).not.to.include('javascript:');
  });
});
