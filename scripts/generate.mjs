// Writes every file that lists the sections, from the section registry
// (src/components/sections.ts) and the custom elements manifest
// (dist/custom-elements.json, for the documented events):
//   npm run generate           rewrites them
//   npm run generate -- --check fails, naming the files, when one is stale (npm test runs this)
// Each generator in scripts/generators/ returns `[{ path, content }]`; a
// content of `{ start, end, text }` replaces only the text between two markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadSections } from './lib/registry.mjs';
import { sourceFiles } from './generators/source.mjs';
import { demoFiles } from './generators/demo.mjs';
import { wordpressFiles } from './generators/wordpress.mjs';

const check = process.argv.includes('--check');
const sections = await loadSections();
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const context = { sections, manifest };

const files = [...sourceFiles(context), ...demoFiles(context), ...wordpressFiles(context)];

/** The file's full new text: whole, or the old text with one marked block replaced. */
function render(path, content) {
  if (typeof content === 'string') return content;
  const old = readFileSync(path, 'utf8');
  const from = old.indexOf(content.start);
  const to = old.indexOf(content.end, from);
  if (from < 0 || to < 0) throw new Error(`${path} has no ${content.start} … ${content.end} block.`);
  return `${old.slice(0, from + content.start.length)}\n${content.text}\n${old.slice(to)}`;
}

const stale = [];
for (const { path, content } of files) {
  const text = render(path, content);
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  stale.push(path);
  if (!check) writeFileSync(path, text);
}

if (check && stale.length) {
  console.error(`Generated files are out of date with the section registry: ${stale.join(', ')}.`);
  console.error('Run `npm run generate` and commit the result.');
  process.exit(1);
}
console.log(
  check
    ? `Generated files: all ${files.length} match the section registry.`
    : `Generated files: ${stale.length} of ${files.length} rewritten${stale.length ? ` (${stale.join(', ')})` : ''}.`,
);
