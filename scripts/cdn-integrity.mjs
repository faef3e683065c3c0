// Writes dist/cdn/integrity.json: the sha384 Subresource Integrity hash and
// size of every CDN file (scripts/readme.mjs builds the README's embed snippet
// from it). Pages pin the CDN file with integrity="…" crossorigin="anonymous";
// a hash that does not match blocks it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN_DIR = 'dist/cdn';
const ENTRY = 'dry-needling-widgets.min.js';
const HYDRATE_ENTRY = 'dry-needling-widgets.hydrate.min.js';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

const files = {};
for (const path of filesIn(CDN_DIR).sort()) {
  const content = readFileSync(path);
  files[relative(CDN_DIR, path)] = {
    integrity: `sha384-${createHash('sha384').update(content).digest('base64')}`,
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}
writeFileSync(
  join(CDN_DIR, 'integrity.json'),
  `${JSON.stringify({ package: pkg.name, version: pkg.version, entry: ENTRY, hydrateEntry: HYDRATE_ENTRY, files }, null, 2)}\n`,
);

console.log(`CDN integrity: ${Object.keys(files).length} files → ${CDN_DIR}/integrity.json`);
