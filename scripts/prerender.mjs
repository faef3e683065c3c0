// Build step: every element in every language as a server-rendered snippet,
// dist/ssr/<lang>/<tag>.html, for CMS plugins that cannot run Node.js, plus
// dist/ssr/index.json: the files, and the sha256 hashes of the snippets'
// <style> blocks, which a strict Content-Security-Policy can allow by hash.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allLocales } from '../dist/generated/locale-codes.js';
import { renderToString, TAGS } from '../dist/server/render.js';
import { VERSION } from '../dist/version.js';

const files = [];
const styleHashes = new Set();
for (const lang of allLocales) {
  mkdirSync(join('dist/ssr', lang), { recursive: true });
  for (const tag of TAGS) {
    const html = await renderToString(tag, tag === 'dn-guide' ? { lang, toc: true } : { lang });
    for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      styleHashes.add(`sha256-${createHash('sha256').update(css).digest('base64')}`);
    }
    const file = `${lang}/${tag}.html`;
    writeFileSync(join('dist/ssr', file), `${html}\n`);
    files.push(file);
  }
}
writeFileSync(
  'dist/ssr/index.json',
  `${JSON.stringify({ version: VERSION, files, styleHashes: [...styleHashes].sort() }, null, 2)}\n`,
);
console.log(`Prerendered ${files.length} snippets → dist/ssr/ (${styleHashes.size} distinct style blocks)`);
