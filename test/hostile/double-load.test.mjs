// Pages that load the library more than once (two plugins, `?ver=` query
// strings, an app's npm build plus the CDN file, two versions), and pages
// whose own framework brings another Lit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scriptTag } from '../../scripts/lib/embed-snippet.mjs';
import {
  ALL_TAGS,
  CDN_DIR,
  CDN_ENTRY,
  CDN_INTEGRITY,
  CDN_URL,
  HEADINGS,
  addPage,
  hostLitAppPath,
  openPage,
  renderedTexts,
  useHostileSetup,
} from '../lib/page-harness.mjs';

useHostileSetup();

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const ELEMENTS = ALL_TAGS.map((tag) => `<${tag}></${tag}>`).join('\n');

// The npm build as an app without a bundler loads it: bare imports mapped to node_modules.
const IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-element/': '/node_modules/lit-element/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
    '@lit/localize/': '/node_modules/@lit/localize/',
  },
})}</script>`;
const NPM_BUILD = '<script type="module" src="/dist/index.js"></script>';

/** A copy of the CDN file (its entry and core) that says it is another version. */
function otherVersion(version) {
  const entry = readFileSync(`dist/cdn/${CDN_ENTRY}`, 'utf8');
  const [, core] = /from"\.\/(chunks\/core-[\w-]+\.min\.js)"/.exec(entry);
  const code = readFileSync(`dist/cdn/${core}`, 'utf8');
  const marked = code.replace(`"${VERSION}"`, `"${version}"`);
  assert.notEqual(marked, code, 'the version constant is in the core chunk');
  // Beside the real ones, so its section and language files resolve the same way.
  const markedCore = addPage(marked, {}, '.js', `${CDN_DIR}chunks/`);
  return addPage(entry.replace(`./${core}`, markedCore), {}, '.js', CDN_DIR);
}

async function loadTwice(scripts) {
  const view = await openPage(`${scripts}\n${ELEMENTS}`);
  try {
    const texts = await renderedTexts(view.page);
    for (const { tag, text } of texts) assert.ok(text.includes(HEADINGS[tag]), `${tag} renders`);
    const version = await view.page.evaluate(() => customElements.get('dn-guide').version);
    return { version, warnings: view.warnings(), errors: [...view.log.errors, ...view.consoleErrors()] };
  } finally {
    await view.close();
  }
}

describe('loading the library twice', () => {
  it('the same URL twice: one copy runs, silently', async () => {
    const tag = scriptTag(CDN_URL, CDN_INTEGRITY);
    const result = await loadTwice(`${tag}\n${tag}`);
    assert.deepEqual(result, { version: VERSION, warnings: [], errors: [] });
  });

  it('two query strings (?ver=): both entry files share one core, silently', async () => {
    const result = await loadTwice(
      `${scriptTag(`${CDN_URL}?ver=1.0`, CDN_INTEGRITY)}\n${scriptTag(`${CDN_URL}?ver=6.4`, CDN_INTEGRITY)}`,
    );
    assert.deepEqual(result, { version: VERSION, warnings: [], errors: [] });
  });

  for (const [name, scripts] of [
    ['the npm build, then the CDN file', `${IMPORT_MAP}\n${NPM_BUILD}\n${scriptTag(CDN_URL, CDN_INTEGRITY)}`],
    ['the CDN file, then the npm build', `${IMPORT_MAP}\n${scriptTag(CDN_URL, CDN_INTEGRITY)}\n${NPM_BUILD}`],
  ]) {
    it(`${name}: the first copy is used, one warning`, async () => {
      const result = await loadTwice(scripts);
      assert.deepEqual(result.errors, []);
      assert.equal(result.warnings.length, 1, result.warnings.join('\n'));
      assert.match(result.warnings[0], /loaded twice/);
    });
  }

  it('two different versions: the first one loaded is used, one warning naming both', async () => {
    const older = otherVersion('0.0.9');
    const result = await loadTwice(
      `<script type="module" src="${older}"></script>\n${scriptTag(CDN_URL, CDN_INTEGRITY)}`,
    );
    assert.equal(result.version, '0.0.9');
    assert.deepEqual(result.errors, []);
    assert.equal(result.warnings.length, 1, result.warnings.join('\n'));
    assert.match(
      result.warnings[0],
      new RegExp(`version ${VERSION.replaceAll('.', '\\.')} was loaded, but version 0\\.0\\.9`),
    );
  });
});

describe('a page whose framework brings another Lit', () => {
  for (const order of ['host first', 'widgets first']) {
    it(`both keep working (${order})`, async () => {
      const host = `<script type="module" src="${await hostLitAppPath()}"></script>`;
      const ours = scriptTag(CDN_URL, CDN_INTEGRITY);
      const view = await openPage(
        `${order === 'host first' ? `${host}\n${ours}` : `${ours}\n${host}`}\n<host-card></host-card>\n${ELEMENTS}`,
      );
      try {
        const texts = await renderedTexts(view.page);
        for (const { tag, text } of texts) assert.ok(text.includes(HEADINGS[tag]), `${tag} renders`);
        await view.page.click('host-card button');
        await view.page.click('host-card button');
        assert.equal(await view.page.textContent('host-card button'), 'Clicked 2 times');
        assert.equal(
          await view.page.evaluate(() => getComputedStyle(document.querySelector('host-card')).color),
          'rgb(0, 128, 0)',
        );
        const versions = await view.page.evaluate(() => window.litHtmlVersions);
        assert.equal(versions.length, 2, `two Lit copies on the page: ${versions}`);
        assert.deepEqual([...view.log.errors, ...view.consoleErrors()], []);
        // Lit's "multiple versions" notice is a dev-mode warning; our production builds stay quiet.
        assert.deepEqual(view.warnings(), []);
      } finally {
        await view.close();
      }
    });
  }
});
