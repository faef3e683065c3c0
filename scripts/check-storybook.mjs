// Loads every story of the static Storybook build (storybook-static/) in Chromium
// and checks that it renders its element's text with no console error and no
// axe violation, also through the language and theme toolbars; and that each element's
// docs page teaches: the prose from its class's JSDoc, the HTML to paste with the
// note about the script tag, and the API tables generated from the Custom Elements
// Manifest, with defaults as values and a select for each attribute of few values.
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
/** Attributes whose control must be a select: their values are few and known. */
const SELECT_CONTROLS = ['lang', 'theme', 'variant', 'heading-level'];
/** A constant's name (`DEFAULT_HEADING_LEVEL`), which a default must not show in place of its value. */
const CONSTANT_NAME = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;
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
const elements = new Map(
  JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

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

/**
 * Runs in the page: what a docs page shows. Its text; the Usage section's
 * text (from its heading to the next one), code included; and for each row of
 * the API table its name, its default, and whether its control is a select.
 */
function readDocsPage() {
  const flat = (text) => text.replace(/\s+/g, ' ').trim();
  const usage = document.getElementById('usage');
  const section = document.createRange();
  if (usage) {
    section.setStartAfter(usage);
    const next = [...document.querySelectorAll('h2')].find(
      (heading) => usage.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (next) section.setEndBefore(next);
    else section.setEndAfter(document.body.lastChild);
  }
  const table = document.querySelector('.docblock-argstable');
  const column = [...(table?.querySelectorAll('thead th') ?? [])].findIndex((th) => th.textContent === 'Default');
  const rows = [...(table?.querySelectorAll('tbody tr') ?? [])]
    .map((row) => [...row.children])
    .filter((cells) => cells.length > column && column > 0)
    .map((cells) => ({
      name: cells[0].innerText.trim().split('\n')[0],
      default: flat(cells[column].innerText),
      select: Boolean(cells.at(-1).querySelector('select')),
    }));
  return { text: flat(document.body.innerText), usage: usage ? section.toString() : '', rows };
}

/** Markdown as a docs page shows it: code spans without their backticks, white space as single spaces. */
const asShown = (markdown) => markdown.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** What the docs page of `tag` lacks or gets wrong, given what it shows (`readDocsPage`). */
function docsProblems(tag, { text, usage, rows }) {
  const problems = [];
  const missing = DOCS_MUST_SHOW.filter((word) => !text.includes(word));
  if (missing.length) problems.push(`docs page lacks: ${missing.join(', ')}`);
  const { summary = '', description = '' } = elements.get(tag) ?? {};
  const lead = description.split(/\n\s*\n/)[0];
  if (!summary || !text.includes(asShown(summary))) problems.push('docs page lacks the summary from the JSDoc');
  if (!lead) problems.push(`the JSDoc of ${tag}'s class has no description for its docs page`);
  else if (!text.includes(asShown(lead))) problems.push('docs page lacks the description from the JSDoc');
  if (!new RegExp(`<${tag} [^>]*\\blang="[^"]+"[^>]*>[\\s\\S]*</${tag}>`).test(usage))
    problems.push(`the Usage section lacks the HTML to paste (<${tag} lang="…">…</${tag}>)`);
  if (!usage.includes('script tag')) problems.push('the Usage section lacks the note about the script tag');
  const constants = rows.filter((row) => CONSTANT_NAME.test(row.default));
  if (constants.length)
    problems.push(`defaults show constant names: ${constants.map((row) => `${row.name} ${row.default}`).join(', ')}`);
  const notSelects = SELECT_CONTROLS.filter((name) => !rows.some((row) => row.name === name && row.select));
  if (notSelects.length) problems.push(`not a select control: ${notSelects.join(', ')}`);
  return problems;
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
    // The API table and the code block render at different moments; what is still missing after the wait is reported.
    await page
      .waitForFunction(
        () => document.querySelector('.docblock-argstable tbody tr') && document.querySelector('.docblock-source pre'),
        undefined,
        { timeout: 10000 },
      )
      .catch(() => {});
    const problems = docsProblems(entry.title.split('/').pop(), await page.evaluate(readDocsPage));
    if (problems.length) failures++;
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${entry.id}${problems.map((problem) => `\n     ${problem}`).join('')}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nstorybook: ${stories.length + docs.length - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
