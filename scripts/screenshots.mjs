// Screenshots of the guide in every engine (Chromium, Firefox, WebKit), at
// 360px and 1024px, in English and Arabic, light and dark, from the built CDN
// file. Writes screenshots/<engine>/<lang>-<theme>-<width>.png and
// screenshots/heights.json, and fails when the guide's height in one engine
// differs from Chromium's by more than 20 % (a layout that broke in one engine).
//
//   npm run screenshots            all engines (DN_ENGINES=chromium,webkit for fewer)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { firefoxPath, openWebKitSession, selectedEngines, startWebKitDriver } from './lib/engines.mjs';
import { serveStatic } from './lib/static-server.mjs';

const OUT = 'screenshots';
const TOLERANCE = 0.2;
// WebKitGTK's window cannot be narrower than this: narrower pages are shown in an iframe.
const WEBKIT_MIN_WIDTH = 447;
const CONFIGS = [360, 1024].flatMap((width) =>
  ['en', 'ar'].flatMap((lang) => ['light', 'dark'].map((theme) => ({ width, lang, theme }))),
);
const name = ({ lang, theme, width }) => `${lang}-${theme}-${width}`;

const { entry } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const pages = new Map();
for (const config of CONFIGS) {
  const background = config.theme === 'dark' ? '#0d1117' : '#ffffff';
  pages.set(`/__screenshots__/${name(config)}.html`, {
    body: `<!doctype html><html lang="${config.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name(config)}</title>
<style>body { margin: 0; background: ${background}; font-family: system-ui, sans-serif; }</style></head>
<body><dn-guide toc theme="${config.theme}"></dn-guide><script type="module" src="/dist/cdn/${entry}"></script></body></html>`,
  });
}
// A page that shows another page in an iframe of a given width (for WebKit below its minimum width).
pages.set('/__screenshots__/frame.html', {
  body: `<!doctype html><html><head><meta charset="utf-8"><title>frame</title>
<style>body { margin: 0; } iframe { border: 0; display: block; }</style></head><body></body></html>`,
});

// In the page: resolves to the guide's height once it and its language have rendered.
const GUIDE_HEIGHT = async () => {
  for (let i = 0; i < 200; i++) {
    const guide = document.querySelector('dn-guide');
    if (guide?.updateComplete) {
      await guide.updateComplete;
      await document.fonts.ready;
      const heading = guide.shadowRoot.querySelector('[part~="heading"]');
      if (heading && guide.shadowRoot.querySelector('.base').lang === document.documentElement.lang) {
        return Math.round(guide.getBoundingClientRect().height);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The guide did not render.');
};

async function withPuppeteer(launchOptions, server, write) {
  const browser = await puppeteer.launch({ headless: true, ...launchOptions });
  try {
    const heights = {};
    for (const config of CONFIGS) {
      const page = await browser.newPage();
      await page.setViewport({ width: config.width, height: 800 });
      await page.goto(`${server.url}/__screenshots__/${name(config)}.html`);
      heights[name(config)] = await page.evaluate(GUIDE_HEIGHT);
      write(config, await page.screenshot({ fullPage: true }));
      await page.close();
    }
    return heights;
  } finally {
    await browser.close();
  }
}

/** WebKitGTK over plain WebDriver (no puppeteer support): a window as tall as the page, one screenshot. */
async function withWebKit(server, write) {
  const { call, run, close } = await openWebKitSession(await startWebKitDriver({ screen: '1400x16000' }));
  try {
    const heights = {};
    for (const config of CONFIGS) {
      const url = `${server.url}/__screenshots__/${name(config)}.html`;
      const framed = config.width < WEBKIT_MIN_WIDTH;
      await call('POST', '/window/rect', { width: Math.max(config.width, WEBKIT_MIN_WIDTH), height: 800 });
      let height;
      if (framed) {
        await call('POST', '/url', { url: `${server.url}/__screenshots__/frame.html` });
        height = await run(
          async (src, width, measure) => {
            const frame = document.createElement('iframe');
            frame.width = width;
            frame.height = 800;
            frame.src = src;
            document.body.append(frame);
            await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
            const guideHeight = await frame.contentWindow.eval(`(${measure})()`);
            frame.height = frame.contentDocument.documentElement.scrollHeight;
            return guideHeight;
          },
          url,
          config.width,
          String(GUIDE_HEIGHT),
        );
      } else {
        await call('POST', '/url', { url });
        height = await run(GUIDE_HEIGHT);
      }
      if (height?.error) throw new Error(height.error);
      heights[name(config)] = height;
      // The viewport is the window less its frame: grow the window until the whole page fits.
      const pageHeight = await run(async () => document.documentElement.scrollHeight);
      const chrome = await run(async () => window.outerHeight - window.innerHeight);
      await call('POST', '/window/rect', {
        width: Math.max(config.width, WEBKIT_MIN_WIDTH),
        height: Math.min(pageHeight + chrome, 16000),
      });
      write(config, Buffer.from(await call('GET', '/screenshot'), 'base64'));
    }
    return heights;
  } finally {
    await close();
  }
}

const server = await serveStatic('.', { pages });
rmSync(OUT, { recursive: true, force: true });
const results = {};
try {
  for (const engine of selectedEngines()) {
    mkdirSync(`${OUT}/${engine}`, { recursive: true });
    const write = (config, png) => writeFileSync(`${OUT}/${engine}/${name(config)}.png`, png);
    const started = Date.now();
    if (engine === 'chromium') {
      results.chromium = await withPuppeteer({ executablePath: chromiumPath(), args: chromiumArgs }, server, write);
    } else if (engine === 'firefox') {
      results.firefox = await withPuppeteer({ browser: 'firefox', executablePath: firefoxPath() }, server, write);
    } else {
      results.webkit = await withWebKit(server, write);
    }
    console.log(`${engine}: ${CONFIGS.length} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await server.close();
}
writeFileSync(`${OUT}/heights.json`, `${JSON.stringify(results, null, 2)}\n`);

// Every engine against the first one (Chromium when it runs).
const [reference, ...others] = Object.keys(results);
const problems = [];
for (const config of CONFIGS) {
  const key = name(config);
  const row = Object.keys(results).map((engine) => `${engine} ${results[engine][key]}px`);
  console.log(`  guide ${key}: ${row.join(', ')}`);
  for (const engine of others) {
    const ratio = results[engine][key] / results[reference][key];
    if (Math.abs(ratio - 1) > TOLERANCE) {
      problems.push(`${key}: ${engine} ${results[engine][key]}px vs ${reference} ${results[reference][key]}px`);
    }
  }
}
if (problems.length > 0) {
  console.error(
    `\nThe guide's height differs by more than ${TOLERANCE * 100} % between engines:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`Screenshots in ${OUT}/; the guide's height agrees within ${TOLERANCE * 100} % across engines.`);
