// The built files the static checks read: our own modules (the npm build) and
// the CDN files (which also contain Lit).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Our own compiled browser modules in dist/: without the CDN bundle, without
 * dist/server/ (Node.js only: it builds the tag name of a validated element
 * with `unsafeStatic`) and without dist/configurator/ (a page for clinic web
 * teams, not part of the widgets: it fetches the build's hash list and copies
 * code to the clipboard).
 */
export function builtModules() {
  const notWidgets = ['cdn', 'server', 'configurator'].map((folder) => join('dist', folder));
  return jsFiles('dist').filter((file) => !notWidgets.some((folder) => file.startsWith(folder)));
}

/** The CDN entry and language files. */
export function cdnFiles() {
  return jsFiles(join('dist', 'cdn'));
}
