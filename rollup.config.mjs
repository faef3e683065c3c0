// The CDN build: self-registering, minified ES modules with Lit inlined. Each
// entry file is a few hundred bytes that import its core in chunks/ (Lit, the
// elements and their shared behaviour); each section's text is a chunk of its
// own, and each language a file in locales/, fetched only when an element on
// the page shows that section or uses that language. Built from tsc's output
// in dist/ (the npm build keeps Lit as an external dependency).
import { basename, resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLanguageModule, isTakeoverModule } from './scripts/lib/chunks.mjs';
import { EMBED } from './scripts/lib/embed-page.mjs';
import { loadSections, loadTextGroups } from './scripts/lib/registry.mjs';

/**
 * Makes each language file standalone. Generated language modules import the
 * `str` tag from @lit/localize; shared with the entry, rollup would make every
 * language file import the entry back, which loads the whole library a second
 * time when the page used a `?ver=` URL. A private copy of the 60-byte tag
 * avoids that (lit-localize recognises `str` results by their `strTag` field).
 */
function standaloneLanguageFiles() {
  const PREFIX = '\0dn-str-tag:';
  return {
    name: 'standalone-language-files',
    resolveId(source, importer) {
      if (source === '@lit/localize' && importer && /[\\/]generated[\\/]locales[\\/]/.test(importer)) {
        // One module per language file, so rollup has nothing to share between them.
        return PREFIX + importer;
      }
      return null;
    },
    load(id) {
      return id.startsWith(PREFIX)
        ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });'
        : null;
    },
  };
}

/**
 * Routes Lit's Trusted Types policy creation through `createLitPolicy`
 * (src/internal/trusted-types.ts), so a host CSP that forbids the name
 * "lit-html", or another Lit copy that already took it, no longer stops the
 * whole file with an exception. Fails the build if Lit's code changes shape.
 */
function trustedTypesFallback() {
  const helper = fileURLToPath(new URL('./dist/internal/trusted-types.js', import.meta.url));
  const call = /(\w+)\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\)/;
  return {
    name: 'trusted-types-fallback',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!call.test(code))
        this.error(`Lit's Trusted Types policy call was not found in ${id}; update trustedTypesFallback().`);
      return {
        code: `import { createLitPolicy as __dnCreateLitPolicy } from ${JSON.stringify(helper)};\n${code.replace(call, '__dnCreateLitPolicy($1)')}`,
        map: null,
      };
    },
  };
}

/**
 * Replaces the readable message ids (`side-effects.study-mild`) with short
 * keys (`a`, `b`, … `aa`) in the entry and in every language file. The ids
 * appear once per message in each file; short keys save about 10% of every
 * language file. The source and the npm build keep the readable ids. Fails the
 * build if any readable id is left in the output.
 */
function shortMessageIds() {
  let keys;
  const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const shortKey = (index) =>
    index < LETTERS.length
      ? LETTERS[index]
      : shortKey(Math.floor(index / LETTERS.length) - 1) + LETTERS[index % LETTERS.length];
  return {
    name: 'short-message-ids',
    buildStart() {
      // Every language file has every id (a test checks this); take them from one.
      const spanish = readFileSync(new URL('./dist/generated/locales/es.js', import.meta.url), 'utf8');
      const ids = [...spanish.matchAll(/^\s*'([^']+)':/gm)].map((match) => match[1]);
      keys = new Map(ids.map((id, index) => [id, shortKey(index)]));
    },
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      const pattern = isLanguageModule(id) ? /^(\s*)'([^']+)':/gm : /(\bid:\s*)'([^']+)'/g;
      const quote = isLanguageModule(id) ? '' : "'";
      const replaced = code.replace(pattern, (match, before, messageId) =>
        keys.has(messageId)
          ? `${before}${quote}${keys.get(messageId)}${quote}${isLanguageModule(id) ? ':' : ''}`
          : match,
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        const left = [...keys.keys()].filter(
          (messageId) => chunk.code?.includes(`"${messageId}"`) || chunk.code?.includes(`'${messageId}'`),
        );
        if (left.length) this.error(`${chunk.fileName} still contains message ids: ${left.slice(0, 5).join(', ')}`);
      }
    },
  };
}

/** The text group of each section body module (`<name>.body.js`), and of the guide's own. */
const GROUP_OF_BODY = new Map([
  ...(await loadSections()).map(({ name, group }) => [`${name}.body.js`, group]),
  ['guide.body.js', (await loadTextGroups()).guide],
]);

/**
 * Puts everything the entry imports statically into one `core` chunk, which
 * the entry file re-exports. The text and language chunks then import the
 * core by its hashed name, never the entry: a page that loads the entry with
 * a `?ver=` query string still gets one copy of the library, not a second one
 * through the chunks' imports. The sections' bodies go in one chunk per text
 * group (`about`, `safety`: see SectionDescriptor.group), with what only that
 * group uses; what both groups use (the sources) goes in a `shared` chunk.
 * A page thus downloads the groups it shows, in few files for its import map
 * to pin, and each group has one language file per language to match. What
 * only the hydration file (`afterPaint`) imports statically stays in that file.
 */
function cdnChunks(entry, afterPaint) {
  let core;
  let ownToAfterPaint;
  return (id, { getModuleInfo }) => {
    if (!core) {
      core = staticImports(resolve(entry), getModuleInfo);
      ownToAfterPaint = new Set([...staticImports(resolve(afterPaint), getModuleInfo)].filter((id) => !core.has(id)));
    }
    if (core.has(id)) return 'core';
    if (isLanguageModule(id) || ownToAfterPaint.has(id)) return undefined;
    const groups = new Set([...bodiesReaching(id, getModuleInfo)].map((body) => GROUP_OF_BODY.get(basename(body))));
    if (groups.has(undefined)) throw new Error(`${id}: a section body that sections.ts does not list`);
    // Only a server-rendered snippet's first change needs the takeover: a chunk of its own (rollup's default).
    if (isTakeoverModule(id)) return undefined;
    // No body imports the frame: the core loads it before the first render, as both groups need it.
    return groups.size === 1 ? [...groups][0] : 'shared';
  };
}

/** Module `id` and every module it imports statically, directly or through others. */
function staticImports(id, getModuleInfo, found = new Set()) {
  if (found.has(id)) return found;
  found.add(id);
  for (const imported of getModuleInfo(id).importedIds) staticImports(imported, getModuleInfo, found);
  return found;
}

/** The section bodies (`*.body.js`) that import module `id`, directly or through other modules. */
function bodiesReaching(id, getModuleInfo, seen = new Set(), bodies = new Set()) {
  if (seen.has(id)) return bodies;
  seen.add(id);
  if (id.endsWith('.body.js')) return bodies.add(id);
  for (const importer of getModuleInfo(id)?.importers ?? []) bodiesReaching(importer, getModuleInfo, seen, bodies);
  return bodies;
}

const isLanguage = (chunk) => isLanguageModule(chunk.facadeModuleId ?? '');

/** The CDN entry files: the library, and the file that imports it after the first paint. */
const CDN_ENTRIES = {
  'dry-needling-widgets': 'dist/index.js',
  'dry-needling-widgets.hydrate': 'dist/hydrate-after-paint.js',
};

/**
 * The CDN build: every file self-contained with its own Lit. The hydration
 * file imports the entry with `import()`, so both share one core, one copy of
 * each text and language file, and on a page that loads both, one library.
 */
const cdnBuild = {
  input: CDN_ENTRIES,
  // Without it, rollup moves shared code into the hydration file (it exports nothing) and makes
  // the chunks import it: every page would load that file, and the library before the first paint.
  preserveEntrySignatures: 'strict',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].min.js',
    chunkFileNames: (chunk) => `${isLanguage(chunk) ? 'locales' : 'chunks'}/[name]-[hash].min.js`,
    manualChunks: cdnChunks(CDN_ENTRIES['dry-needling-widgets'], CDN_ENTRIES['dry-needling-widgets.hydrate']),
  },
  plugins: [
    standaloneLanguageFiles(),
    trustedTypesFallback(),
    shortMessageIds(),
    // Lit's "production" export condition is the default; "development" adds dev-mode warnings and size.
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
  ],
};

/**
 * The iframe embed's page script: its parameter check imports the section
 * registry, which the page has already loaded with the CDN entry, so the
 * registry stays an import of that file (it exports SECTIONS) instead of a
 * second copy of every section. The rest are small pure helpers; Lit declares
 * no `sideEffects`, so its modules are marked pure here, or the unused
 * `html` import beside `isHeadingLevel` would bring all of Lit.
 */
const registry = fileURLToPath(new URL('./dist/components/sections.js', import.meta.url));
const embedScript = {
  input: 'dist/embed/embed.js',
  external: [registry],
  treeshake: { moduleSideEffects: (id, external) => external || !/[\\/]node_modules[\\/]/.test(id) },
  output: { file: `dist/cdn/${EMBED.script}`, format: 'es', paths: { [registry]: './dry-needling-widgets.min.js' } },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

// The host page's resizer: a classic script (most "add a script" fields take one), without
// comments but left readable for hosts to check what they add.
const embedResizer = {
  input: 'dist/embed/resizer.js',
  output: { file: `dist/cdn/${EMBED.resizer}`, format: 'iife' },
  plugins: [terser({ ecma: 2022, mangle: false, format: { comments: false, beautify: true } })],
};

export default [cdnBuild, embedScript, embedResizer];
