// Builds the WordPress plugin: integrations/wordpress/dry-needling-widgets/
// plus the library's CDN files (both entries, locales, integrity.json) in
// assets/cdn/ and the prerendered snippets (dist/ssr) in assets/ssr/, zipped
// to dist-wordpress/dry-needling-widgets.zip. Reads dist/: run `npm run build` first.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip } from './lib/zip.mjs';

const SOURCE = 'integrations/wordpress/dry-needling-widgets';
const SLUG = 'dry-needling-widgets';
const OUT = 'dist-wordpress';

const integrityFile = 'dist/cdn/integrity.json';
const ssrIndexFile = 'dist/ssr/index.json';
for (const file of [integrityFile, ssrIndexFile]) {
  if (!existsSync(file)) {
    console.error(`build:wordpress: ${file} is missing. Build the library first: npm run build`);
    process.exit(1);
  }
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrityJson = readFileSync(integrityFile);
const integrity = JSON.parse(integrityJson);
const ssrIndex = JSON.parse(readFileSync(ssrIndexFile, 'utf8'));
if (integrity.version !== version || ssrIndex.version !== version) {
  console.error(
    `build:wordpress: dist/ is from version ${integrity.version}, package.json says ${version}. Run npm run build.`,
  );
  process.exit(1);
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

// The plugin's version follows the library's: stamped into its header, DNW_VERSION and readme.
const stamp = (path, data) => {
  if (path === `${SLUG}.php`)
    return data
      .toString('utf8')
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(/(define\( 'DNW_VERSION', ')[^']*/, `$1${version}`);
  if (path === 'readme.txt') return data.toString('utf8').replace(/^(Stable tag:\s+).*$/m, `$1${version}`);
  return data;
};

const files = new Map();
for (const file of walk(SOURCE)) {
  const path = relative(SOURCE, file);
  files.set(path, Buffer.from(stamp(path, readFileSync(file))));
}
// Generated from the section registry by `npm run generate`, and required by includes/settings.php.
if (!files.has(join('includes', 'sections.php'))) {
  console.error(`build:wordpress: ${SOURCE}/includes/sections.php is missing. Run npm run generate.`);
  process.exit(1);
}
// Exactly the files integrity.json lists (entries and locales), checked against their
// hashes: the plugin prints the hash, and the browser refuses a file that does not match.
for (const [name, { integrity: hash }] of Object.entries(integrity.files)) {
  const data = readFileSync(join('dist/cdn', name));
  if (`sha384-${createHash('sha384').update(data).digest('base64')}` !== hash) {
    console.error(`build:wordpress: dist/cdn/${name} does not match integrity.json. Run npm run build.`);
    process.exit(1);
  }
  files.set(`assets/cdn/${name}`, data);
}
files.set('assets/cdn/integrity.json', integrityJson);
for (const name of [...ssrIndex.files, 'index.json']) {
  files.set(`assets/ssr/${name}`, readFileSync(join('dist/ssr', name)));
}
for (const entry of [integrity.entry, integrity.hydrateEntry]) {
  if (!files.has(`assets/cdn/${entry}`)) throw new Error(`build:wordpress: ${entry} is not in ${integrityFile}`);
}

const archive = zip(
  [...files.keys()].sort().map((path) => ({ name: `${SLUG}/${path.split('\\').join('/')}`, data: files.get(path) })),
);
mkdirSync(OUT, { recursive: true });
const target = join(OUT, `${SLUG}.zip`);
writeFileSync(target, archive);
console.log(`${target}: ${files.size} files, ${(archive.length / 1024).toFixed(1)} KB (plugin ${version})`);
