// `npm run readability`: Flesch-Kincaid grade of each element's rendered English
// text, measured in Chromium on the built CDN file. Fails when any grade is above 6,
// or when README.md's grade table differs (`npm run readability -- --fix` rewrites it).
//
// Counted: every heading, paragraph, list item and table cell a patient reads,
// each block ending a sentence even without a full stop (list items often have none).
// Not counted: the `sources` part, whose citations are paper titles we cannot reword.
import { existsSync } from 'node:fs';
import { launchChromium } from './lib/browser.mjs';
import { fleschKincaid } from './lib/flesch-kincaid.mjs';
import { updateReadmeBlock } from './lib/readme-block.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { TAGS } from './lib/tags.mjs';

const MAX_GRADE = 6;
const CDN = 'dist/cdn/dry-needling-widgets.min.js';

if (!existsSync(CDN)) {
  console.error(`${CDN} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** Runs in the page: the text blocks of one element, crossing shadow roots. */
async function collectBlocks(tag) {
  const el = document.createElement(tag);
  document.body.append(el);
  // A tag missing from the CDN file would wait forever: fail with the fix instead.
  const timeout = new Promise((_, reject) =>
    setTimeout(
      () => reject(new Error(`<${tag}> is not defined by the CDN file: run npm run generate, then npm run build.`)),
      10_000,
    ),
  );
  await Promise.race([customElements.whenDefined(tag), timeout]);
  await el.updateComplete;
  const blocks = [];
  const BLOCK = 'h1,h2,h3,h4,h5,h6,p,li,caption,th,td';
  const visit = async (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.updateComplete) await node.updateComplete;
      if (node.closest('[part~="sources"], [part~="references"]')) continue;
      if (node.matches(BLOCK) && !node.querySelector(BLOCK)) blocks.push(node.innerText);
      if (node.shadowRoot) await visit(node.shadowRoot);
    }
  };
  await visit(el.shadowRoot);
  el.remove();
  return blocks.filter((text) => text.trim());
}

const server = await serveStatic('.');
const browser = await launchChromium();
let failed = false;
const rows = [];
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/demo/blank.html`);
  await page.addScriptTag({ type: 'module', url: `/${CDN}` });
  console.log('element              FK grade  words  sentences');
  for (const tag of TAGS) {
    const blocks = await page.evaluate(collectBlocks, tag);
    const { grade, words, sentences } = fleschKincaid(blocks);
    const over = grade > MAX_GRADE;
    failed ||= over;
    rows.push(`| \`${tag}\` | ${grade.toFixed(1)} |`);
    console.log(
      `${tag.padEnd(20)} ${grade.toFixed(1).padStart(8)}  ${String(words).padStart(5)}  ${String(sentences).padStart(9)}${over ? `  ABOVE ${MAX_GRADE}` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error(`\nSome text reads above grade ${MAX_GRADE}: use shorter sentences and shorter words.`);
  process.exit(1);
}
console.log(`\nEvery element reads at grade ${MAX_GRADE} or below.`);

updateReadmeBlock(
  'readability',
  'npm run readability',
  'grade table',
  ['| Element | Grade |', '| --- | --- |', ...rows].join('\n'),
);
