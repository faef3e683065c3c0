// `npm run size`: bytes over the wire (minified, gzip level 9) of what a page
// downloads, and the raw bytes of the server-rendered snippets, against two lines:
// - the budget: fails the run (and CI) when exceeded, so sizes only go down;
// - the target from the performance issue, printed with the gap where it is
//   not met yet.
// Needs a build. Every row counts what a page downloads, not one file: the
// CDN entry is a few hundred bytes that import the core chunk, and each
// section's text is a chunk loaded where it is shown. The one-element rows
// bundle a single element's npm module with rollup, as an app would, and
// count every chunk but the language files (loaded only when used).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { loadsForEnglishRender } from './lib/chunks.mjs';
import { loadSections, loadTextGroups } from './lib/registry.mjs';
import { snippetComposition } from './lib/snippet-composition.mjs';

const KB = 1024;
const BUDGETS = {
  // Was 20,450 for one file with every element and all its English text (safety content, the
  // design, print rules had raised it from 16,600). Issue 13 split it: the entry and the core chunk
  // it imports define every element; the text of each group of sections is a chunk loaded where it
  // is shown (the page rows below). Then to 14,250 when the frame around the text (heading, sources,
  // review date) moved to the shared chunk, paying for keeping server-rendered snippets as they are.
  // A page of server-rendered snippets downloads this row's files too, after the first paint (cdnHydrateAfterPaint).
  cdnEntry: { budget: 14_250, target: 14 * KB, what: 'CDN file and the core it imports: every element defined' },
  // The hydration file: what a page of server-rendered snippets fetches while it is parsed (no target
  // of its own). It was the entry and core above with its own copy of Lit (14,247 B; 16,000 with Lit's
  // hydration support) until fetching them during parsing proved to be the whole of the guide's gap to
  // static HTML (README, "What the gap is made of"): it now imports the entry after the first paint.
  cdnHydrate: { budget: 300, target: null, what: 'hydration CDN file, fetched while the page is parsed' },
  // ...and the files it loads after the first paint: the entry and its core, shared with script-tag pages.
  cdnHydrateAfterPaint: {
    budget: 14_550,
    target: null,
    what: 'hydration CDN file and what it loads after the first paint',
  },
  // What a page showing one element or the whole guide downloads in English: the entry, the core
  // and its text chunks. No target of their own. A page with one "about" element downloads 2.2 KB
  // less than the single file did (20,383 B), one with a safety element 0.4 KB less; one with the
  // whole guide 2.1 KB more, as gzip compresses five files apart less well than one. Both rows
  // rose by about 500 B when the frame moved from the core to the shared chunk (see cdnEntry).
  cdnOneElement: { budget: 20_550, target: null, what: 'CDN page with one element (the largest), English' },
  cdnGuide: { budget: 23_100, target: null, what: 'CDN page with the whole guide, English' },
  // One file per language and text group since issue 13 (one file per language was 4,246–5,485 B).
  language: { budget: 3_250, target: 4 * KB, what: 'each language file' },
  // Raised from 11,600 when sections became descriptors (their context and the shadow-root `lang` observer: +200 B),
  // then from 11,700 with the safety content (the largest is now dn-aftercare), and by 100 B for
  // bounded warnings (copied, control characters replaced), and by 100 B for the light-colour fallback.
  // Then by 600 B for the callouts (their markup, CSS and icons are shared by every element) and print rules.
  // Then to 14,650 when the count became every chunk the element loads, not the entry chunk alone:
  // since issue 13 a section's text is a chunk of its own in an app's bundle too. Then to 15,200 for
  // the frame's chunk of its own (see cdnEntry).
  oneElement: { budget: 15_200, target: 8 * KB, what: 'one section element bundled alone (the largest)' },
  // Server-rendered snippets (dist/ssr/en/), raw bytes as pasted into a page, not gzip; each must
  // hold exactly one shadow root. The guide's was 56,902 B with a shadow root per section, 49.0 KB
  // with Lit's markers in one. Issue 13's 20,000 B is out of reach while the snippet carries its CSS
  // and its JSON-LD (issue 8: on by default in snippets): the run prints what the snippet is made of.
  // Linked instead, the CSS arrives late (npm run bench:linked-stylesheet shows what patients see then).
  ssrGuide: { budget: 30_800, target: 20_000, what: 'server-rendered guide snippet, English (raw bytes)' },
  ssrSection: {
    budget: 9_850,
    target: null,
    what: 'server-rendered section snippet, English (the largest, raw bytes)',
  },
  // The iframe embed's files, besides the CDN file it loads: the page's parameter check and the host's resizer.
  embedScript: { budget: 1_900, target: 1_900, what: "the iframe embed's page script" },
  embedResizer: { budget: 500, target: 500, what: "the iframe embed's resizer" },
};

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const cdnSize = (file) => gzipSize(readFileSync(join('dist/cdn', file)));

/**
 * The CDN files a page showing sections of the text `groups` downloads in
 * English: the entry, its core and each group's files (integrity.json's
 * `preload`, which scripts/cdn-integrity.mjs reads from the files' imports).
 */
const pageFiles = (entry, groups) =>
  new Set([entry, ...preload[entry].core, ...groups.flatMap((group) => preload[entry][group])]);

const sumSizes = (files) => [...files].reduce((total, file) => total + cdnSize(file), 0);

async function bundleAlone(file) {
  const bundle = await rollup({
    input: file,
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // Counted as on the CDN pages: not the language files (one loads, for a language other than English) nor
  // the takeover (loaded only when a server-rendered snippet is replaced).
  return output
    .filter((chunk) => chunk.type === 'chunk' && loadsForEnglishRender(chunk.facadeModuleId))
    .reduce((total, chunk) => total + gzipSize(chunk.code), 0);
}

const rows = [];
const { entry, hydrateEntry, embed, preload } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const sections = await loadSections();
const textGroups = await loadTextGroups();
rows.push({ kind: 'cdnEntry', name: `${entry} + core`, bytes: sumSizes(pageFiles(entry, [])) });
rows.push({ kind: 'cdnHydrate', name: hydrateEntry, bytes: sumSizes(pageFiles(hydrateEntry, [])) });
rows.push({
  kind: 'cdnHydrateAfterPaint',
  name: `${hydrateEntry} + ${entry} + core`,
  bytes: sumSizes(new Set([...pageFiles(hydrateEntry, []), ...pageFiles(entry, [])])),
});
for (const group of textGroups.groups) {
  const tags = sections.filter((section) => section.group === group).map(({ tag }) => tag);
  rows.push({
    kind: 'cdnOneElement',
    name: `page with ${tags.join(' or ')}`,
    bytes: sumSizes(pageFiles(entry, [group])),
  });
}
rows.push({ kind: 'cdnGuide', name: 'page with dn-guide', bytes: sumSizes(pageFiles(entry, textGroups.groups)) });
rows.push({ kind: 'embedScript', name: embed.script, bytes: gzipSize(readFileSync(join('dist/cdn', embed.script))) });
rows.push({
  kind: 'embedResizer',
  name: embed.resizer,
  bytes: gzipSize(readFileSync(join('dist/cdn', embed.resizer))),
});
for (const file of readdirSync('dist/cdn/locales').sort()) {
  rows.push({
    kind: 'language',
    name: `locales/${file}`,
    bytes: gzipSize(readFileSync(join('dist/cdn/locales', file))),
  });
}
// dn-guide holds every section: the CDN row measures that case.
for (const { tag, folder } of sections) {
  rows.push({
    kind: 'oneElement',
    name: `${tag}.js`,
    bytes: await bundleAlone(join('dist/components', folder, `${tag}.js`)),
  });
}

let failed = false;
let guideHtml;
for (const { tag } of [...sections, { tag: 'dn-guide' }]) {
  const html = readFileSync(join('dist/ssr/en', `${tag}.html`), 'utf8');
  if (tag === 'dn-guide') guideHtml = html;
  const shadowRoots = html.split('shadowrootmode=').length - 1;
  if (shadowRoots !== 1) {
    console.error(`dist/ssr/en/${tag}.html has ${shadowRoots} shadow roots; a snippet has exactly one.`);
    failed = true;
  }
  rows.push({
    kind: tag === 'dn-guide' ? 'ssrGuide' : 'ssrSection',
    name: `ssr/en/${tag}.html`,
    bytes: Buffer.byteLength(html),
  });
}

console.log('bytes    budget   target   file');
for (const { kind, name, bytes } of rows) {
  const { budget, target } = BUDGETS[kind];
  const over = bytes > budget;
  failed ||= over;
  const note = over
    ? `  OVER BUDGET by ${bytes - budget}`
    : target !== null && bytes > target
      ? `  (target missed by ${bytes - target})`
      : '';
  console.log(
    `${String(bytes).padStart(6)}   ${String(budget).padStart(6)}   ${String(target ?? '-').padStart(6)}   ${name}${note}`,
  );
}
for (const [kind, { what, target }] of Object.entries(BUDGETS)) {
  const largest = Math.max(...rows.filter((row) => row.kind === kind).map((row) => row.bytes));
  const verdict = target === null ? '' : largest > target ? ` (missed by ${largest - target} B)` : ' (met)';
  console.log(`${what}: largest ${largest} B${target === null ? '' : `, target ${target} B`}${verdict}`);
}
// Whether the guide's target can be met by trimming tags and attributes, or only by leaving out what
// the snippet is required to carry.
const { text, markup, css, jsonLd } = snippetComposition(guideHtml);
const required = text + css + jsonLd;
const { target: guideTarget } = BUDGETS.ssrGuide;
console.log(
  `\nssr/en/dn-guide.html is text ${text} B, markup ${markup} B, CSS ${css} B, JSON-LD ${jsonLd} B. ` +
    (required > guideTarget
      ? `Its text, CSS and JSON-LD alone come to ${required} B: ${required - guideTarget} B over the ${guideTarget} B target before any tag.`
      : `Its text, CSS and JSON-LD come to ${required} B, leaving ${guideTarget - required} B of the ${guideTarget} B target for its markup.`),
);
if (failed) {
  console.error(
    '\nA size budget is exceeded (see OVER BUDGET above). Make it smaller, or raise the budget in scripts/size-budget.mjs with a reason.',
  );
  process.exit(1);
}
