// `npm run size`: bytes over the wire (minified, gzip level 9) of what a page
// downloads, against two lines:
// - the budget: fails the run (and CI) when exceeded, so sizes only go down;
// - the target from the performance issue, printed with the gap where it is
//   not met yet.
// Needs a build. The one-element rows bundle a single element's npm module
// with rollup, as an app would, and count the entry chunk (language files are
// separate chunks, loaded only when used).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { loadSections } from './lib/registry.mjs';

const KB = 1024;
const BUDGETS = {
  // Raised from 16,600 (and the others below) with the safety content: dn-aftercare, dn-checklist,
  // the guide's key points and "Get help now" box, the unreviewed-translation line (+2.6 KB, most of
  // it patient text and the citations behind it); then by 200 B for older engines and phones: light
  // colours where light-dark() is missing, the stacked comparison table at narrow widths.
  // Then by 750 B for the patient-facing design (issue 17): callouts with icons, the readable
  // measure, numbered references in the guide, the health-service palette; and 100 B for print
  // rules (the handout: light colours on paper, nothing split across pages).
  cdnEntry: { budget: 20_450, target: 14 * KB, what: 'CDN file: every element, English' },
  // The same plus Lit's hydration support, for pages with server-rendered snippets (no target of its own).
  cdnHydrate: { budget: 22_150, target: 18_200, what: 'CDN file with hydration support' },
  // 55 more messages per language (was 4,200).
  language: { budget: 5_600, target: 4 * KB, what: 'each language file' },
  // Raised from 11,600 when sections became descriptors (their context and the shadow-root `lang` observer: +200 B),
  // then from 11,700 with the safety content (the largest is now dn-aftercare), and by 100 B for
  // bounded warnings (copied, control characters replaced), and by 100 B for the light-colour fallback.
  // Then by 600 B for the callouts (their markup, CSS and icons are shared by every element) and print rules.
  oneElement: { budget: 13_600, target: 8 * KB, what: 'one section element bundled alone (the largest)' },
  // The iframe embed's files, besides the CDN file it loads: the page's parameter check and the host's resizer.
  embedScript: { budget: 1_900, target: 1_900, what: "the iframe embed's page script" },
  embedResizer: { budget: 500, target: 500, what: "the iframe embed's resizer" },
};

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

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
  return gzipSize(output.find((chunk) => chunk.isEntry).code);
}

const rows = [];
const { entry, hydrateEntry, embed } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
rows.push({ kind: 'cdnEntry', name: entry, bytes: gzipSize(readFileSync(join('dist/cdn', entry))) });
rows.push({ kind: 'cdnHydrate', name: hydrateEntry, bytes: gzipSize(readFileSync(join('dist/cdn', hydrateEntry))) });
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
for (const { tag, folder } of await loadSections()) {
  rows.push({
    kind: 'oneElement',
    name: `${tag}.js`,
    bytes: await bundleAlone(join('dist/components', folder, `${tag}.js`)),
  });
}

let failed = false;
console.log('bytes    budget   target   file');
for (const { kind, name, bytes } of rows) {
  const { budget, target } = BUDGETS[kind];
  const over = bytes > budget;
  failed ||= over;
  const note = over
    ? `  OVER BUDGET by ${bytes - budget}`
    : bytes > target
      ? `  (target missed by ${bytes - target})`
      : '';
  console.log(
    `${String(bytes).padStart(6)}   ${String(budget).padStart(6)}   ${String(target).padStart(6)}   ${name}${note}`,
  );
}
for (const [kind, { what, target }] of Object.entries(BUDGETS)) {
  const largest = Math.max(...rows.filter((row) => row.kind === kind).map((row) => row.bytes));
  console.log(
    `${what}: largest ${largest} B, target ${target} B${largest > target ? ` (missed by ${largest - target} B)` : ' (met)'}`,
  );
}
if (failed) {
  console.error(
    '\nA size budget is exceeded (see OVER BUDGET above). Make it smaller, or raise the budget in scripts/size-budget.mjs with a reason.',
  );
  process.exit(1);
}
