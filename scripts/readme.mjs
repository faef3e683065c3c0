// Keeps the generated parts of README.md in step with the build (run after
// `npm run build`): the two embed snippets, from dist/cdn/integrity.json and
// dist/ssr/, the iframe embed's snippet and policy, and the design-token
// table, from the `@cssprop` JSDoc in dist/custom-elements.json.
// `--fix` rewrites them; without it, it fails when README.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { TAGS } from './lib/tags.mjs';
import {
  cdnEntry,
  elementWithFallback,
  importMap,
  loaderCspHash,
  pinnedScripts,
  prerendered,
  serverRenderedEmbed,
} from './lib/embed-snippet.mjs';
import { EMBED, embedPolicy } from './lib/embed-page.mjs';
import { replaceBlock } from './lib/readme-block.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN_BASE = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`;
// A server that serves the package's dist/cdn/ folder with HTML as HTML (jsDelivr sends .html as text/plain).
const EMBED_BASE = `https://widgets.example/${pkg.name}@${pkg.version}/dist/cdn/`;

function embedSnippet() {
  return [
    '```html',
    pinnedScripts(CDN_BASE, cdnEntry().entry, '.', undefined, { groups: 'all' }),
    '',
    elementWithFallback(),
    '```',
  ].join('\n');
}

function ssrSnippet() {
  return ['```html', serverRenderedEmbed(CDN_BASE, prerendered('en', 'dn-guide'), { abbreviate: true }), '```'].join(
    '\n',
  );
}

/**
 * The strict policy for the snippets above: the CDN's origin, the hash of their import map and
 * that of the server-rendered snippet's inline loader.
 */
function cspPolicy() {
  const policy = `default-src 'self'; script-src 'self' https://cdn.jsdelivr.net ${importMap(CDN_BASE).cspHash} ${loaderCspHash(CDN_BASE)}; style-src 'self'`;
  return ['```http', `Content-Security-Policy: ${policy}`, '```'].join('\n');
}

/**
 * The frame's height in the snippet: the guide's at 768 px in the README's
 * height table (written by `npm run embed:heights`), a tenth more, in hundreds.
 */
function snippetHeight(text) {
  const row = /^\| `dn-guide` \| \d+ \| (\d+) \|/m.exec(text);
  if (!row) throw new Error('README.md has no height of dn-guide at 768 px: run `npm run embed:heights -- --fix`.');
  return Math.ceil((Number(row[1]) * 1.1) / 100) * 100;
}

/** The iframe, and the optional resizer for hosts that allow one script. */
function iframeSnippet(text) {
  const { files } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  return [
    '```html',
    '<iframe',
    `  src="${EMBED_BASE}${EMBED.page}?element=dn-guide&lang=en&theme=auto"`,
    '  title="Patient guide: dry needling"',
    `  height="${snippetHeight(text)}"`,
    '  loading="lazy"',
    '  style="width: 100%; border: 0"',
    '></iframe>',
    '',
    '<!-- Optional, where the site allows a script: the frame then takes the height of its content. -->',
    '<script',
    `  src="${EMBED_BASE}${EMBED.resizer}"`,
    `  integrity="${files[EMBED.resizer].integrity}"`,
    '  crossorigin="anonymous"',
    '  defer',
    '></script>',
    '```',
  ].join('\n');
}

/** The Content-Security-Policy of the iframe embed's page (a <meta> element in it). */
function iframePolicy() {
  const data = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  return ['```http', `Content-Security-Policy: ${embedPolicy(data)}`, '```'].join('\n');
}

function tokenTable() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const tokens = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) tokens.set(property.name, property);
    }
  }
  const rows = [...tokens.values()].map(
    ({ name, default: value, description }) => `| \`${name}\` | \`${value ?? ''}\` | ${description ?? ''} |`,
  );
  return ['| Custom property | Default | What it sets |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The elements table: each element's tag and summary, from the manifest (sections: from the registry). */
function elementTable() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const order = (tag) => (tag === 'dn-guide' ? Infinity : TAGS.indexOf(tag));
  const rows = elements
    .sort((a, b) => order(a.tagName) - order(b.tagName))
    .map(({ tagName, summary }) => `| \`<${tagName}>\` | ${summary} |`);
  return ['| Tag | Shows |', '| --- | --- |', ...rows].join('\n');
}

const BLOCKS = {
  'ssr-snippet': ssrSnippet,
  'embed-snippet': embedSnippet,
  'csp-policy': cspPolicy,
  'iframe-snippet': iframeSnippet,
  'iframe-policy': iframePolicy,
  'design-tokens': tokenTable,
  elements: elementTable,
};

const readme = readFileSync('README.md', 'utf8');
let updated = readme;
for (const [name, generate] of Object.entries(BLOCKS)) {
  const start = `<!-- ${name}:start (generated by scripts/readme.mjs) -->`;
  const end = `<!-- ${name}:end -->`;
  const next = replaceBlock(updated, start, end, generate(updated));
  if (next === undefined) {
    console.error(`README.md has no ${start} … ${end} block.`);
    process.exit(1);
  }
  updated = next;
}

if (process.argv.includes('--fix')) {
  writeFileSync('README.md', updated);
  console.log('README.md: generated blocks updated.');
} else if (updated !== readme) {
  console.error(
    'README.md is out of date with this build (embed snippets or token table): run `npm run readme:update`.',
  );
  process.exit(1);
} else {
  console.log('README.md: embed snippets and token table match the build.');
}
