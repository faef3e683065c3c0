// Writes every file that lists the sections, from the section registry
// (src/components/sections.ts) and the custom elements manifest
// (dist/custom-elements.json, for the documented events), and the language
// files per text group:
//   npm run generate                     rewrites them
//   node scripts/generate.mjs --check    fails, naming the files, when one is stale (npm test runs this)
//   node scripts/generate.mjs --locales  rewrites the language files only (the build, after lit-localize)
// Each generator in scripts/generators/ returns `[{ path, content }]`; a
// content of `{ start, end, text }` replaces only the text between two markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeFiles } from './generators/locales.mjs';
import { sourceFiles } from './generators/source.mjs';
import { wordpressFiles } from './generators/wordpress.mjs';
import { replaceBlock } from './lib/readme-block.mjs';
import { loadGuideTitle, loadSections, loadTextGroups } from './lib/registry.mjs';

/** Every generated file and block, for `sections`, `guideTitle` and `textGroups` (from the registry) and `manifest`. */
export function generatedFiles(context) {
  return [...sourceFiles(context), ...wordpressFiles(context), ...localeFiles(context)];
}

/** The file's full new text, given its current text: whole, or the current text with one marked block replaced. */
function render(path, content, current) {
  if (typeof content === 'string') return content;
  const updated = current === undefined ? undefined : replaceBlock(current, content.start, content.end, content.text);
  if (updated === undefined) throw new Error(`${path} has no ${content.start} … ${content.end} block.`);
  return updated;
}

/**
 * Applies `files` to the texts `read(path)` returns (undefined: no such file).
 * Returns each changed path with its new text, in order; a path with several
 * blocks appears once, with all of them applied.
 */
export function applyGenerated(files, read) {
  const texts = new Map();
  for (const { path, content } of files) {
    const current = texts.has(path) ? texts.get(path) : read(path);
    texts.set(path, render(path, content, current));
  }
  return [...texts].filter(([path, text]) => read(path) !== text).map(([path, text]) => ({ path, text }));
}

const readOrNothing = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const textGroups = await loadTextGroups();
  let files;
  if (process.argv.includes('--locales')) {
    files = localeFiles({ sections: await loadSections(), textGroups });
  } else {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const sections = await loadSections(manifest);
    files = generatedFiles({ sections, manifest, guideTitle: await loadGuideTitle(), textGroups });
  }
  const stale = applyGenerated(files, readOrNothing);
  const paths = stale.map(({ path }) => path);
  if (check && stale.length) {
    console.error(`Generated files are out of date with the section registry: ${paths.join(', ')}.`);
    console.error('Run `npm run generate` and commit the result.');
    process.exit(1);
  }
  if (!check) for (const { path, text } of stale) writeFileSync(path, text);
  const total = new Set(files.map(({ path }) => path)).size;
  console.log(
    check
      ? `Generated files: all ${total} match the section registry.`
      : `Generated files: ${stale.length} of ${total} rewritten${stale.length ? ` (${paths.join(', ')})` : ''}.`,
  );
}
