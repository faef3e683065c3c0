// `npm run docs:screenshots`: pictures of the elements for docs/screenshots/,
// from the built CDN file in the system Chromium.
// - the guide at 360 and 1280 px, English and Arabic, light and dark (the set
//   a design change is judged by; `--set guide`);
// - every element at 1280 px in English, light (`--set elements`).
//   node scripts/docs-screenshots.mjs --out docs/screenshots/after [--set guide|elements|all]
// JPEG keeps the long full-page pictures small enough for the repository.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { TAGS } from './lib/tags.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'docs/screenshots/current' }, set: { type: 'string', default: 'all' } },
});
if (!['guide', 'elements', 'all'].includes(values.set)) {
  console.error(`--set must be guide, elements or all, not "${values.set}".`);
  process.exit(2);
}

const shots = [];
if (values.set !== 'elements') {
  for (const width of [360, 1280])
    for (const lang of ['en', 'ar'])
      for (const theme of ['light', 'dark']) shots.push({ tag: 'dn-guide', width, lang, theme });
}
if (values.set !== 'guide') for (const tag of TAGS) shots.push({ tag, width: 1280, lang: 'en', theme: 'light' });

const { entry } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
// One page for every picture: the query says what to show.
const pages = new Map([
  [
    '/__docs__/page.html',
    {
      body: `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>screenshot</title><style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; }
body.dark { background: #0d1117; } body.light { background: #ffffff; }</style></head><body>
<script type="module">
const query = new URLSearchParams(location.search);
document.documentElement.lang = query.get('lang');
document.body.className = query.get('theme');
const element = document.createElement(query.get('tag'));
element.setAttribute('theme', query.get('theme'));
if (query.get('tag') === 'dn-guide') element.setAttribute('toc', '');
document.body.append(element);
</script><script type="module" src="/dist/cdn/${entry}"></script></body></html>`,
    },
  ],
]);
const server = await serveStatic('.', { pages });
const browser = await launchChromium();
mkdirSync(values.out, { recursive: true });
try {
  for (const { tag, width, lang, theme } of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}/__docs__/page.html?${new URLSearchParams({ tag, lang, theme })}`);
    await page.waitForFunction(
      ([name, language]) => {
        const base = document.querySelector(name)?.shadowRoot?.querySelector('.base');
        return base?.lang === language && base.textContent.trim().length > 0;
      },
      [tag, lang],
    );
    await page.evaluate(() => document.fonts.ready);
    const file = join(values.out, `${tag}-${lang}-${theme}-${width}.jpg`);
    await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 55 });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${shots.length} screenshots in ${values.out}/`);
