// The recommended embed snippet, in one place: the README shows it (with the
// jsDelivr URL) and the hostile-host tests and the benchmark load exactly this
// markup (with a local URL).
import { readFileSync } from 'node:fs';

/** Entry file name and its integrity hash, from the build's dist/cdn/integrity.json. */
export function cdnEntry(root = '.') {
  const { entry, files } = JSON.parse(readFileSync(`${root}/dist/cdn/integrity.json`, 'utf8'));
  return { entry, integrity: files[entry].integrity };
}

/** The `<script>` tag loading the CDN file from `src`, pinned to its hash. */
export function scriptTag(src, integrity) {
  return [
    '<script',
    '  type="module"',
    `  src="${src}"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join('\n');
}

/**
 * An element with fallback content: its light-DOM children show only while it
 * is not defined (script blocked, failed or not yet loaded); once it renders,
 * its shadow root (which has no default slot) takes their place.
 */
export const FALLBACK_TEXT =
  'Our patient guide to dry needling could not be shown here. Ask our team for a printed copy.';

export function elementWithFallback(tag = 'dn-guide', attributes = 'toc heading-level="2"') {
  return [`<${tag}${attributes ? ` ${attributes}` : ''}>`, `  <p>${FALLBACK_TEXT}</p>`, `</${tag}>`].join('\n');
}
