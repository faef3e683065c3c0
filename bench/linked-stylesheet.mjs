// `npm run bench:linked-stylesheet`: why the server-rendered snippets carry
// their CSS inline. The guide's snippet (dist/ssr/en/dn-guide.html) is loaded
// in a clinic-like page in each engine three ways, its stylesheet served
// `--delay` ms late (a slow network, for that one file):
//   inline       the snippet as built, its CSS in a <style> in the shadow root;
//   linked       the same CSS as a file, linked from the shadow root;
//   linked+head  the same, and that file also linked from the page's <head>.
// In the page, a requestAnimationFrame loop notes each frame the engine makes:
// whether the page's own header is there, and whether the guide is there and
// styled. Prints (and writes to bench/results/<date>-linked-stylesheet[-<run>].md) when
// each engine first showed the header, how long it showed the guide unstyled,
// and when it first showed it styled.
//
//   npm run bench:linked-stylesheet -- [--delay 1000]   (DN_ENGINES=chromium,firefox for fewer)
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/lib/chromium.mjs';
import { firefoxPath, openWebKitSession, selectedEngines, startWebKitDriver } from '../scripts/lib/engines.mjs';
import { CHROME } from './pages.mjs';
import { newResultsFile } from './report.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
const { values: options } = parseArgs({ options: { delay: { type: 'string', default: '1000' } } });
const delay = Number(options.delay);
if (!(delay >= 100)) {
  console.error('Usage: npm run bench:linked-stylesheet -- [--delay MS≥100]');
  process.exit(2);
}

const snippet = readFileSync('dist/ssr/en/dn-guide.html', 'utf8');
const [style, css] = snippet.match(/<style>([\s\S]*?)<\/style>/) ?? [];
if (!style) throw new Error('dist/ssr/en/dn-guide.html has no <style>: run npm run build first.');
const LINK = '<link rel="stylesheet" href="/dn-guide.css">';
const linked = snippet.replace(style, LINK);
const VARIANTS = {
  inline: { head: '', body: snippet },
  linked: { head: '', body: linked },
  'linked+head': { head: LINK, body: linked },
};

// Runs in the page from <head>, before anything else: one entry per frame.
const PROBE = `<script>
window.frames_ = [];
(function frame() {
  const base = document.querySelector('dn-guide')?.shadowRoot?.querySelector('.base');
  window.frames_.push({
    at: Math.round(performance.now()),
    header: Boolean(document.querySelector('header h1')),
    guide: Boolean(base),
    styled: Boolean(base) && getComputedStyle(base).paddingTop !== '0px',
  });
  if (performance.now() < ${delay + 1500}) requestAnimationFrame(frame);
})();
</script>`;

const page = ({ head, body }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${CHROME.en.title}</title><link rel="icon" href="data:,">${PROBE}${head}</head>
<body><header><h1>${CHROME.en.title}</h1></header>
<main>${body}</main>
<footer><p>${CHROME.en.footer}</p></footer></body></html>`;

const server = createServer((request, response) => {
  const variant = decodeURIComponent(request.url.slice(1).replace(/\.html$/, ''));
  if (request.url === '/dn-guide.css') {
    setTimeout(
      () => response.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end(css),
      delay,
    );
  } else if (VARIANTS[variant]) {
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(page(VARIANTS[variant]));
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const url = (variant) => `http://127.0.0.1:${server.address().port}/${encodeURIComponent(variant)}.html`;
const wait = () => new Promise((resolve) => setTimeout(resolve, delay + 2000));

/** Loads every variant in one engine; resolves to the frames noted in each. */
async function framesIn(engine) {
  const frames = {};
  if (engine === 'webkit') {
    const { call, run, close } = await openWebKitSession(await startWebKitDriver());
    try {
      for (const variant of Object.keys(VARIANTS)) {
        await call('POST', '/url', { url: url(variant) });
        await wait();
        frames[variant] = await run(async () => window.frames_);
        if (frames[variant]?.error) throw new Error(`WebKit: ${frames[variant].error}`);
      }
    } finally {
      await close();
    }
    return frames;
  }
  const browser = await puppeteer.launch(
    engine === 'chromium'
      ? { executablePath: chromiumPath(), args: chromiumArgs, headless: true }
      : { browser: 'firefox', executablePath: firefoxPath(), headless: true },
  );
  try {
    for (const variant of Object.keys(VARIANTS)) {
      const tab = await browser.newPage();
      await tab.goto(url(variant));
      await wait();
      frames[variant] = await tab.evaluate(() => window.frames_);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return frames;
}

/** When the header and the styled guide first showed, and for how long the guide showed unstyled. */
function summarize(frames) {
  const first = (test) => frames.find(test)?.at ?? null;
  const unstyled = frames.filter((frame) => frame.guide && !frame.styled);
  return {
    header: first((frame) => frame.header),
    unstyledMs: unstyled.length ? unstyled.at(-1).at - unstyled[0].at : 0,
    unstyledFrames: unstyled.length,
    styled: first((frame) => frame.styled),
  };
}

const ms = (value) => (value === null ? '–' : `${value}`);
const rows = [];
try {
  for (const engine of selectedEngines()) {
    const frames = await framesIn(engine);
    for (const [variant, list] of Object.entries(frames)) {
      const result = summarize(list);
      rows.push(
        `| ${engine} | ${variant} | ${ms(result.header)} | ${result.unstyledFrames ? `${result.unstyledMs} ms (${result.unstyledFrames} frames)` : 'never'} | ${ms(result.styled)} |`,
      );
    }
  }
} finally {
  server.close();
}

const bytes = (text) => Buffer.byteLength(text).toLocaleString('en');
const report = [
  '# Benchmark: a linked stylesheet in a declarative shadow root',
  '',
  `The English guide's snippet, its stylesheet (${bytes(css)} B) served ${delay} ms late. The snippet is ${bytes(snippet)} B with its CSS inline, ${bytes(linked)} B with it linked. Times in ms from navigation start, read by a requestAnimationFrame loop in the page (\`bench/linked-stylesheet.mjs\`), one load each; ${new Date().toISOString()}.`,
  '',
  '| Engine | Stylesheet | Page header first shown | Guide shown unstyled | Guide first shown styled |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '',
].join('\n');
console.log(report);
const file = newResultsFile('linked-stylesheet');
writeFileSync(file, report);
console.log(`Written: ${file}`);
