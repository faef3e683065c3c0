// Loads every story of the static Storybook build (storybook-static/) in Chromium
// and checks that it renders its element's text with no console error and no
// axe violation, also through the language and theme toolbars; and that each element's
// docs page shows the API tables generated from the Custom Elements Manifest.
// A green `storybook build` can still ship blank stories (un-lowered
// decorators, an element that never registers); this catches that.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';

const DIR = 'storybook-static';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Text every element's docs page must show: its API, read from the manifest. */
const DOCS_MUST_SHOW = ['heading-level', 'last-reviewed', 'dn-locale-error', 'footer', '--dn-color-accent', 'heading'];
const MIN_TEXT = 200;

if (!existsSync(`${DIR}/index.json`)) {
  console.error(`${DIR}/index.json is missing: run \`npm run build-storybook\` first.`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
if (stories.length === 0) {
  console.error('The Storybook build has no stories.');
  process.exit(1);
}

/** Runs in the page: text inside the story's dn-* element, shadow roots included. */
function storyText() {
  const host = [...document.querySelectorAll('#storybook-root *')].find((node) => node.localName.startsWith('dn-'));
  if (!host?.shadowRoot) return '';
  const parts = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
    if (node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(host.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * axe's findings for the story. Storybook's accessibility addon runs axe in
 * the same page on its own schedule, and axe refuses a second concurrent run:
 * wait for the addon's run to end and try again.
 */
async function axeViolations(page) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.evaluate(async () =>
        (await window.axe.run('#storybook-root')).violations.map(
          (violation) => `axe: ${violation.id} (${violation.help})`,
        ),
      );
    } catch (error) {
      if (attempt === 10 || !String(error).includes('Axe is already running')) throw error;
      await page.waitForTimeout(300);
    }
  }
}

/** Text of one story with the given toolbar globals (e.g. `locale:es`), and the problems found. */
async function renderStory(browser, baseUrl, story, globals) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Failed requests are reported with their address below, not as the console's bare "Failed to load resource".
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    // Chromium asks for /favicon.ico on its own; that is not the story's request.
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico')
      errors.push(`${response.status()} ${url.pathname}`);
  });
  await page.goto(`${baseUrl}/iframe.html?id=${story.id}&viewMode=story&globals=${globals}`);
  let text = '';
  try {
    await page.waitForFunction(`(${storyText})().length >= ${MIN_TEXT}`, undefined, { timeout: 15000 });
    text = await page.evaluate(storyText);
  } catch {
    errors.push(`rendered fewer than ${MIN_TEXT} characters of text`);
  }
  if (text) {
    await page.addScriptTag({ path: AXE });
    errors.push(...(await axeViolations(page)));
  }
  await page.close();
  return { text, errors };
}

const server = await serveStatic(DIR);
const browser = await launchChromium();
let failures = 0;
try {
  for (const story of stories) {
    const { text, errors } = await renderStory(browser, server.url, story, 'locale:en');
    if (story.name === 'Default') {
      // The toolbars must reach the element: in Spanish it reads differently; in the dark theme it passes axe too.
      const spanish = await renderStory(browser, server.url, story, 'locale:es');
      errors.push(...spanish.errors);
      if (spanish.text && spanish.text === text)
        errors.push('the language toolbar (locale=es) did not change the text');
      const dark = await renderStory(browser, server.url, story, 'theme:dark');
      errors.push(...dark.errors.map((error) => `dark theme: ${error}`));
    }
    const ok = errors.length === 0;
    if (!ok) failures++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${story.id} (${text.length} characters)${ok ? '' : `\n     ${errors.join('\n     ')}`}`,
    );
  }
  for (const entry of docs) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`);
    let missing = DOCS_MUST_SHOW;
    try {
      await page.waitForFunction(() => document.body.innerText.includes('heading-level'), undefined, {
        timeout: 10000,
      });
      const text = await page.evaluate(() => document.body.innerText);
      missing = DOCS_MUST_SHOW.filter((word) => !text.includes(word));
    } catch {
      // Reported below as missing text.
    }
    if (missing.length) failures++;
    console.log(
      `${missing.length ? 'FAIL' : 'ok  '} ${entry.id}${missing.length ? `\n     docs page lacks: ${missing.join(', ')}` : ''}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nstorybook: ${stories.length + docs.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
