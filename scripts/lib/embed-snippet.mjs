// The recommended embed snippet, in one place: the README shows it (with the
// jsDelivr URL) and the hostile-host tests and the benchmark load exactly this
// markup (with a local URL).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importMapJson, loaderCode, pinnedScripts as embedScripts, scriptTag } from '../../demo/snippets.js';

export { scriptTag };

const readIntegrity = (root) => JSON.parse(readFileSync(`${root}/dist/cdn/integrity.json`, 'utf8'));

/** Entry file name and its integrity hash, from the build's dist/cdn/integrity.json. */
export function cdnEntry(root = '.') {
  const { entry, files } = readIntegrity(root);
  return { entry, integrity: files[entry].integrity };
}

/**
 * The import map that pins every file the entry files load (chunks/ and
 * locales/) to its hash, for the CDN folder at `base` (ending in "/"). `cspHash` is the source expression a strict `script-src`
 * needs for this inline map. The hashes come from the build's integrity.json,
 * or from `data` in its shape; the markup comes from demo/snippets.js, which
 * the configurator uses too.
 */
export function importMap(base, root = '.', data = readIntegrity(root)) {
  const json = importMapJson(base, data);
  return {
    tag: `<script type="importmap">\n${json}\n</script>`,
    cspHash: cspHash(`\n${json}\n`),
  };
}

/** The CSP source expression that allows an inline script or style whose text is `text`. */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The CDN embed (demo/snippets.js `pinnedScripts`, the configurator's): the
 * import map, the preloads (of the core and, for an element that shows the
 * text `groups` in `lang`, of their text and language files; `groups: 'all'`
 * for the guide), then the entry `file`'s script tag, or the inline module
 * that imports the hydration file.
 */
export function pinnedScripts(base, file, root = '.', data = readIntegrity(root), { groups = [], lang } = {}) {
  const shown = groups === 'all' ? Object.keys(data.preload[file]).filter((key) => key !== 'core') : groups;
  return embedScripts(base, data, file, { groups: shown, lang });
}

/** The CSP source expression that allows the inline module importing the hydration file from `base`. */
export const loaderCspHash = (base, root = '.', data = readIntegrity(root)) =>
  cspHash(loaderCode(`${base}${data.hydrateEntry}`));

/**
 * An element with fallback content: its light-DOM children show only while it
 * is not defined (script blocked, failed or not yet loaded); once it renders,
 * its shadow root (which has no default slot) takes their place.
 */
// Worded to read well both for a moment while the script loads and for good if it never runs.
export const FALLBACK_TEXT =
  'Patient guide: dry needling. If the guide does not appear here, ask our team for a printed copy.';

export function elementWithFallback(tag = 'dn-guide', attributes = 'toc heading-level="2"') {
  return [`<${tag}${attributes ? ` ${attributes}` : ''}>`, `  <p>${FALLBACK_TEXT}</p>`, `</${tag}>`].join('\n');
}

/** The hydration file's name and integrity hash (for pages with server-rendered snippets). */
export function hydrateEntry(root = '.') {
  const { hydrateEntry: entry, files } = readIntegrity(root);
  return { entry, integrity: files[entry].integrity };
}

/** A prerendered snippet from the build (dist/ssr/<lang>/<tag>.html). */
export function prerendered(lang = 'en', tag = 'dn-guide', root = '.') {
  return readFileSync(`${root}/dist/ssr/${lang}/${tag}.html`, 'utf8').trim();
}

/**
 * The recommended embed: the import map and the hydration file's inline
 * loader, and the server-rendered snippet where the content goes. It preloads nothing: the
 * hydration file loads the library only after the first paint, and the text is
 * already in the page, which the elements keep as it is, so the text chunks are
 * not downloaded unless something changes. `abbreviate` shortens the
 * snippet's (long) shadow root to "…", for the README.
 */
export function serverRenderedEmbed(base, snippet, { abbreviate = false, root = '.' } = {}) {
  const body = abbreviate
    ? snippet.replace(
        /<template shadowroot[\s\S]*<\/template>[\s\S]*(<\/[\w-]+>)$/,
        '<template shadowrootmode="open">…</template>…$1',
      )
    : snippet;
  return [pinnedScripts(base, readIntegrity(root).hydrateEntry, root), '', body].join('\n');
}
