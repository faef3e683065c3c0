// The benchmark's scenarios and their pages. A is a clinic page embedding the
// elements as the README shows; B is the same page with the text A renders
// written out as static HTML with the same CSS (made by bench/run.mjs from A).
import { elementWithFallback, prerendered, pinnedScripts, scriptTag } from '../scripts/lib/embed-snippet.mjs';
import { SECTION_TAGS } from '../scripts/lib/tags.mjs';
import { SECTIONS } from '../dist/components/sections.js';
import { textGroupsOf } from '../demo/snippets.js';

// What each page shows: the `<html lang>`, the elements, and the largest A/B
// LCP and text-ready ratios the issues accept (the guide's: the section-registry issue's).
const CONTENT = {
  1: { tags: ['dn-explainer'], lcpTarget: 1.1, textTarget: 1.3 },
  guide: { tags: ['dn-guide'], lcpTarget: 1.05, textTarget: 1.2 },
  100: {
    tags: Array.from({ length: 100 }, (_, i) => SECTION_TAGS[i % SECTION_TAGS.length]),
    lcpTarget: 1.1,
    textTarget: 1.5,
  },
};

/**
 * How page A embeds the elements, both as the README shows them (each with the
 * CDN file it needs, named by dist/cdn/integrity.json):
 * - script: the "embed-snippet" block, the CDN file's script tag and each
 *   element with its fallback paragraph; the elements render on the client.
 * - ssr: the "ssr-snippet" block, the hydration build's script tag and the
 *   prerendered snippets (declarative shadow DOM) from dist/ssr/<lang>/.
 */
const EMBEDS = {
  script: {
    cdnFile: 'entry',
    markup: (lang, tag) => (tag === 'dn-guide' ? elementWithFallback() : elementWithFallback(tag, 'heading-level="2"')),
  },
  ssr: { cdnFile: 'hydrateEntry', markup: (lang, tag) => prerendered(lang, tag) },
};

/** name → { lang, tags, lcpTarget, textTarget, embed }, e.g. `es-guide` and `es-guide-ssr`. */
export const SCENARIOS = Object.fromEntries(
  Object.keys(EMBEDS).flatMap((embed) =>
    [
      ['en', '1'],
      ['en', 'guide'],
      ['es', 'guide'],
      ['en', '100'],
    ].map(([lang, content]) => [
      `${lang}-${content}${embed === 'script' ? '' : `-${embed}`}`,
      { lang, ...CONTENT[content], embed },
    ]),
  ),
);

/** The key in dist/cdn/integrity.json of the CDN file a scenario's page A loads. */
export const cdnFileKey = (scenario) => EMBEDS[scenario.embed].cdnFile;

// The host page around the content, in the page's language: a title above and
// a footer below, so a late render visibly pushes page content down.
export const CHROME = {
  en: { title: 'Riverside Physio: dry needling', footer: 'Riverside Physio · 12 River Road · Call 555-0100 to book.' },
  es: {
    title: 'Riverside Physio: punción seca',
    footer: 'Riverside Physio · 12 River Road · Llame al 555-0100 para pedir cita.',
  },
};

const PAGE_CSS = `
body { margin: 0; font-family: system-ui, sans-serif; line-height: 1.5; color: #1f2328; background: #f2f4f6; }
header, main, footer { padding: 12px 16px; }
h1 { font-size: 1.6em; margin: 0; }`;

function page({ lang, head, body }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${CHROME[lang].title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Parts of page A that `npm run bench -- --without <part,…>` leaves out, to
 * measure what each costs. Not a way to embed: without `scripts` the elements
 * are never defined. Those in SSR_ONLY_PARTS apply to server-rendered scenarios only.
 */
export const REMOVABLE_PARTS = {
  importmap: 'the import map that pins the files the CDN entry imports',
  preload: 'the modulepreload links (script-tag scenarios: server-rendered ones have none)',
  // How the README loaded the hydration file before its inline loader: measures what the loader gains.
  'inline-loader':
    'the inline module that imports the hydration file (server-rendered scenarios): a script tag with its `src` and `integrity` loads it instead, which the browser fetches while it parses the page',
  scripts: 'the import map, the preloads and the script (tag or inline module) in <head>: nothing runs',
  'json-ld': 'the snippets\' structured data (`<script type="application/ld+json">`)',
};
export const SSR_ONLY_PARTS = ['inline-loader', 'scripts'];

/**
 * Page A. The scripts go in <head>, where the README says to load them ("once
 * per page, in <head>"), pointed at the local copy of the CDN file `entry` with
 * its integrity hash (the hydration file: by the import map, for its inline
 * loader). Reads the prerendered snippets of `ssr` scenarios.
 * `without`: names from REMOVABLE_PARTS to leave out.
 */
export function pageA({ lang, tags, embed }, { entry, integrity }, without = []) {
  let elements = tags.map((tag) => EMBEDS[embed].markup(lang, tag)).join('\n');
  // As the README's and configurator's snippets: the script-tag page preloads the text it shows
  // (and its language files), the server-rendered one nothing.
  let scripts = pinnedScripts(
    '/dist/cdn/',
    entry,
    '.',
    undefined,
    embed === 'script' ? { groups: textGroupsOf(SECTIONS, tags), lang } : {},
  );
  if (without.includes('inline-loader'))
    scripts = scripts.replace(/<script type="module">[\s\S]*?<\/script>/, scriptTag(`/dist/cdn/${entry}`, integrity));
  if (without.includes('scripts')) scripts = '';
  if (without.includes('importmap')) scripts = scripts.replace(/<script type="importmap">[\s\S]*?<\/script>\n/, '');
  if (without.includes('preload')) scripts = scripts.replace(/<link rel="modulepreload"[^>]*>\n/g, '');
  if (without.includes('json-ld'))
    elements = elements.replace(/<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/g, '');
  return page({
    lang,
    head: `<style>${PAGE_CSS}\n</style>\n${scripts}`,
    body: `<header><h1>${CHROME[lang].title}</h1></header>\n<main>\n${elements}\n</main>\n<footer><p>${CHROME[lang].footer}</p></footer>`,
  });
}

/**
 * Page B: A's rendered body (serialized by in-page.mjs snapshot()) as static
 * HTML with no script, styled by each element's own stylesheet (`styles`, by
 * tag, read from A's shadow roots) scoped to the element's box (`:host`
 * becomes `:scope`). So B looks like A and pays for the same CSS: A/B is the
 * cost of the embed itself.
 */
export function pageB({ lang }, renderedBody, styles) {
  const scoped = Object.entries(styles).map(
    ([tag, css]) =>
      `@scope (.${tag}) {\n${css.replace(/:host\(([^()]*)\)/g, ':scope$1').replace(/:host\b/g, ':scope')}\n}`,
  );
  return page({ lang, head: `<style>${PAGE_CSS}\n${scoped.join('\n')}\n</style>`, body: renderedBody });
}
