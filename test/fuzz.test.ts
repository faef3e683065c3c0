import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/index.js';
import { ALL_TAGS, captureWarnings, deepElements, deepText, englishTitle, settled, watchErrors } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Values no attribute accepts, each with a short label for test messages. */
const BAD_VALUES: Array<[label: string, value: string]> = [
  ['empty', ''],
  ['100,000 characters', 'x'.repeat(100_000)],
  ...['-1', '0', '7', '99999999999', 'NaN', '2.5'].map((value): [string, string] => [value, value]),
  ['emoji', '🩺💉'],
  ['right-to-left override', '\u202Eمرحبا'],
  ['NUL', 'a\u0000b'],
  ['img markup', '<img src=x onerror="window.__pwned=1">'],
  ['script markup', '"><script>window.__pwned=1</script>'],
  ['javascript: URL', 'javascript:window.__pwned=1'],
  ['impossible date', '2026-02-30'],
  ['malformed tag', 'xx-INVALID-@@'],
];

/**
 * The longest warning's own text (unknown guide sections, which lists every
 * section: about 180 characters) plus a value from the page cut to 60 characters.
 */
const MAX_WARNING_LENGTH = 300;

const observedAttributes = (tag: string) =>
  (customElements.get(tag) as CustomElementConstructor & { observedAttributes: string[] }).observedAttributes;

/**
 * Elements a value may have smuggled in: markup that runs script, event handler
 * attributes, javascript: links. The guide's own JSON-LD (`structured-data`) is
 * a data block, which the browser never runs.
 */
function injected(root: Element): string[] {
  return deepElements(root)
    .filter(
      (node) =>
        (['img', 'script', 'iframe', 'object', 'embed'].includes(node.localName) &&
          !node.matches('script[type="application/ld+json"]')) ||
        node.getAttributeNames().some((name) => name.startsWith('on')) ||
        ['href', 'src'].some((name) => /^\s*javascript:/i.test(node.getAttribute(name) ?? '')),
    )
    .map((node) => node.outerHTML.slice(0, 100));
}

describe('bad attribute values', () => {
  it('covers every attribute the manifest documents, and no other', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> = manifest.modules.flatMap(
      (module: { declarations?: unknown[] }) => module.declarations ?? [],
    );
    for (const tag of ALL_TAGS) {
      const documented = declarations.find((declaration) => declaration.tagName === tag)?.attributes ?? [];
      expect(documented.map(({ name }) => name).sort(), tag).to.deep.equal([...observedAttributes(tag)].sort());
    }
  });

  let page: HTMLElement;
  let watcher: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    page = fixtureSync(html`<div lang="en"></div>`);
    watcher = watchErrors();
  });
  afterEach(async () => {
    // An injected <img onerror> would run its handler a task later.
    await new Promise((resolve) => setTimeout(resolve, 10));
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  /** The element still shows its English heading (no value here is a language) and its body, and nothing injected. */
  function expectIntact(el: Element, warnings: string[], label: string) {
    const heading = el.shadowRoot!.querySelector('[part~="heading"]');
    expect(heading?.localName, label).to.equal('h2');
    expect(heading!.textContent!.trim(), label).to.equal(englishTitle(el.localName));
    expect(deepText(el.shadowRoot!.querySelector('[part~="body"]')!), label).not.to.equal('');
    expect(injected(page), label).to.deep.equal([]);
    expect(warnings.length, `${label}: ${warnings.join(' | ').slice(0, 500)}`).to.be.at.most(1);
    for (const warning of warnings) {
      expect(warning.length, `${label}: ${warning.slice(0, 500)}`).to.be.at.most(MAX_WARNING_LENGTH);
    }
  }

  for (const tag of ALL_TAGS) {
    for (const attribute of observedAttributes(tag)) {
      it(`<${tag}> survives bad ${attribute} values`, async () => {
        for (const [label, value] of BAD_VALUES) {
          const fresh = document.createElement(tag);
          const freshWarnings = await captureWarnings(async () => {
            fresh.setAttribute(attribute, value);
            page.append(fresh);
            await settled(fresh);
          });
          expectIntact(fresh, freshWarnings, `new <${tag} ${attribute}> = ${label}`);

          const rendered = document.createElement(tag);
          page.append(rendered);
          await settled(rendered);
          const changedWarnings = await captureWarnings(async () => {
            rendered.setAttribute(attribute, value);
            await settled(rendered);
          });
          expectIntact(rendered, changedWarnings, `rendered <${tag} ${attribute}> changed to ${label}`);

          fresh.remove();
          rendered.remove();
        }
      });
    }
  }
});
