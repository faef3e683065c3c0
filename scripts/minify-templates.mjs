// Build step after tsc: minifies the CSS and markup inside the `css` and
// `html` templates of dist/ (the npm build, and through it the CDN build), so
// apps bundling the package get the smaller text too.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplateLiterals } from './lib/minify-templates.mjs';

let before = 0;
let after = 0;
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath, entry.name);
  const code = readFileSync(file, 'utf8');
  const minified = minifyTemplateLiterals(code);
  before += code.length;
  after += minified.length;
  if (minified !== code) writeFileSync(file, minified);
}
console.log(`Templates minified: dist/ ${before} → ${after} characters`);
