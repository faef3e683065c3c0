// `npm run embed:heights`: the height of each element in the iframe embed's
// page (dist/cdn/embed.html, default parameters, English) at frame widths of
// 360, 768 and 1280 px, measured in Chromium, for site builders that set an
// iframe's `height=` by hand. Fails when README.md's table differs
// (`npm run embed:heights -- --fix` rewrites it). Needs a build.
import { existsSync } from 'node:fs';
import { launchChromium } from './lib/browser.mjs';
import { updateReadmeBlock } from './lib/readme-block.mjs';
import { EMBED } from './lib/embed-page.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { TAGS } from './lib/tags.mjs';

const WIDTHS = [360, 768, 1280];
const PAGE = `dist/cdn/${EMBED.page}`;

if (!existsSync(PAGE)) {
  console.error(`${PAGE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/** Runs in the page: the content height of the embed page for `tag` in a frame `width` px wide. */
async function measure({ src, width }) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  // Taller than any element, so the frame never scrolls and no scrollbar takes width from the page.
  frame.height = '20000';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const el = frame.contentDocument.body.firstElementChild;
  if (!el?.localName.startsWith('dn-')) throw new Error(`${src} rendered no element.`);
  await el.updateComplete;
  await new Promise((resolve) => frame.contentWindow.requestAnimationFrame(resolve));
  const height = Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height);
  frame.remove();
  return height;
}

const server = await serveStatic('.');
const browser = await launchChromium();
const rows = [];
try {
  const page = await browser.newPage({ viewport: { width: Math.max(...WIDTHS) + 100, height: 800 } });
  await page.goto(`${server.url}/demo/blank.html`);
  console.log(`element              ${WIDTHS.map((width) => `${width} px`.padStart(8)).join('')}`);
  for (const tag of TAGS) {
    const heights = [];
    for (const width of WIDTHS) heights.push(await page.evaluate(measure, { src: `/${PAGE}?element=${tag}`, width }));
    rows.push(`| \`${tag}\` | ${heights.join(' | ')} |`);
    console.log(`${tag.padEnd(20)} ${heights.map((height) => String(height).padStart(8)).join('')}`);
  }
} finally {
  await browser.close();
  await server.close();
}

updateReadmeBlock(
  'embed-heights',
  'npm run embed:heights',
  'embed height table',
  [
    `| Element | ${WIDTHS.map((width) => `${width} px wide`).join(' | ')} |`,
    `| --- | ${WIDTHS.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n'),
);
