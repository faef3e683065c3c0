// Writes dist/cdn/integrity.json: the sha384 Subresource Integrity hash and
// size of every CDN file (scripts/readme.mjs builds the README's embed snippet
// from it). Pages pin the CDN file with integrity="…" crossorigin="anonymous";
// a hash that does not match blocks it. First it writes the iframe embed's
// page, dist/cdn/embed.html, which pins the scripts by the same hashes (its
// own hash, listed too, is in no page: nothing can pin an iframe's document).
// `--check` (the release check, run by prepublishOnly and npm test) writes
// nothing and fails when integrity.json or embed.html does not describe the
// files as they are: a stale hash must never be published.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EMBED, embedPage } from './lib/embed-page.mjs';

const ENTRY = 'dry-needling-widgets.min.js';
const HYDRATE_ENTRY = 'dry-needling-widgets.hydrate.min.js';

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesIn(join(dir, entry.name))
      : /\.(js|html)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The files (paths in `dir`) that the script `file` imports, each with whether by `import()`. */
function importsOf(dir, file) {
  // A missing file is reported as such by staleIntegrity.
  if (!existsSync(join(dir, file))) return [];
  const code = readFileSync(join(dir, file), 'utf8');
  return [...code.matchAll(/(?:\bfrom|\b(import)\(?)\s*"(\.{1,2}\/[^"]+)"/g)].map(([, dynamic, specifier]) => ({
    path: join(dirname(file), specifier),
    dynamic: Boolean(dynamic),
  }));
}

/**
 * Every file the script `file` loads, directly or through others, with
 * `import` (and with `import()` too unless `staticOnly`): the core and text
 * chunks and the language files. A page's import map must pin each of them,
 * since an `integrity` attribute covers only the file it sits on.
 */
export function filesLoadedBy(dir, file, { staticOnly = false } = {}, found = new Set()) {
  for (const { path, dynamic } of importsOf(dir, file)) {
    if ((staticOnly && dynamic) || found.has(path)) continue;
    found.add(path);
    filesLoadedBy(dir, path, { staticOnly }, found);
  }
  return [...found].sort();
}

/**
 * What a page can preload for the entry `entry`: `core`, the files it imports
 * at once, and for each text group (`about`, `safety`), the files the core
 * imports with `import()` when an element of the group is shown.
 */
function preloadsOf(dir, entry) {
  const core = filesLoadedBy(dir, entry, { staticOnly: true });
  const preloads = { core };
  for (const { path, dynamic } of core.flatMap((file) => importsOf(dir, file))) {
    const group = /^chunks\/([a-z]+)-[\w-]+\.min\.js$/.exec(path)?.[1];
    if (!dynamic || !group) continue;
    preloads[group] = [path, ...filesLoadedBy(dir, path, { staticOnly: true }).filter((file) => !core.includes(file))];
  }
  return preloads;
}

/** What integrity.json should say about the CDN folder `dir` for package `pkg`. */
export function integrityOf(dir, pkg) {
  const files = {};
  for (const path of filesIn(dir).sort()) {
    const content = readFileSync(path);
    files[relative(dir, path)] = {
      integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`,
      bytes: content.length,
      gzipBytes: gzipSync(content, { level: 9 }).length,
    };
  }
  const entries = [ENTRY, HYDRATE_ENTRY];
  const loads = Object.fromEntries(entries.map((entry) => [entry, filesLoadedBy(dir, entry)]));
  const preload = Object.fromEntries(entries.map((entry) => [entry, preloadsOf(dir, entry)]));
  return {
    package: pkg.name,
    version: pkg.version,
    entry: ENTRY,
    hydrateEntry: HYDRATE_ENTRY,
    embed: EMBED,
    loads,
    preload,
    files,
  };
}

/** The differences between `dir/integrity.json` and the files in `dir`, one line each. */
export function staleIntegrity(dir, pkg) {
  const actual = integrityOf(dir, pkg);
  let listed;
  try {
    listed = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
  } catch (error) {
    return [`integrity.json cannot be read (${error.message})`];
  }
  const problems = [];
  for (const key of ['package', 'version', 'entry', 'hydrateEntry', 'embed'])
    if (JSON.stringify(listed[key]) !== JSON.stringify(actual[key]))
      problems.push(`${key}: ${JSON.stringify(listed[key])}, not ${JSON.stringify(actual[key])}`);
  for (const [entry, loaded] of Object.entries(actual.loads))
    if (
      existsSync(join(dir, entry)) &&
      JSON.stringify([listed.loads?.[entry], listed.preload?.[entry]]) !==
        JSON.stringify([loaded, actual.preload[entry]])
    )
      problems.push(`${entry}: loads other files than listed`);
  for (const [file, { integrity }] of Object.entries(actual.files)) {
    if (!listed.files?.[file]) problems.push(`${file}: not listed`);
    else if (listed.files[file].integrity !== integrity) problems.push(`${file}: hash does not match the file`);
  }
  for (const file of Object.keys(listed.files ?? {}))
    if (!actual.files[file]) problems.push(`${file}: listed, but there is no such file`);
  // Only when both entry files are there: the page's import map pins them (a missing one is named above).
  const entriesThere = [actual.entry, actual.hydrateEntry].every((file) => actual.files[file]);
  if (entriesThere && actual.files[EMBED.page] && readFileSync(join(dir, EMBED.page), 'utf8') !== embedPage(actual))
    problems.push(`${EMBED.page}: does not pin the files as they are`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = 'dist/cdn';
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  if (process.argv.includes('--check')) {
    const problems = staleIntegrity(dir, pkg);
    if (problems.length) {
      console.error(`${dir}/integrity.json is stale:\n  ${problems.join('\n  ')}\nRun npm run build.`);
      process.exit(1);
    }
    console.log(`CDN integrity: ${dir}/integrity.json matches every file.`);
  } else {
    // The page's text depends on the scripts' hashes only, not on its own: hash it once written.
    writeFileSync(join(dir, EMBED.page), embedPage(integrityOf(dir, pkg)));
    const data = integrityOf(dir, pkg);
    writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(data, null, 2)}\n`);
    console.log(`CDN integrity: ${Object.keys(data.files).length} files → ${dir}/integrity.json`);
  }
}
