// The iframe embed's page, dist/cdn/embed.html: one element, chosen by the
// page address's parameters (src/embed/embed.ts), for site builders that allow
// an <iframe> but no script. Every file it loads sits beside it and is pinned
// by its hash; its Content-Security-Policy allows those files, the import map
// and the inline styles by their hashes, and nothing else.
import { readFileSync } from 'node:fs';
import { cspHash, FALLBACK_TEXT, pinnedScripts, importMap, scriptTag } from './embed-snippet.mjs';

/** The embed's files in dist/cdn/ (rollup.config.mjs writes the scripts; scripts/cdn-integrity.mjs the page). */
export const EMBED = { page: 'embed.html', script: 'embed.min.js', resizer: 'embed-resizer.js' };

/** The page's styles, inlined (a stylesheet would be one request more, for 30 lines). */
const STYLES = () => readFileSync(new URL('../../src/embed/embed.css', import.meta.url), 'utf8').trim();

/** The page's policy: its own files (`'self'`), the import map and the styles by their hashes. */
export function embedPolicy(data, styles = STYLES()) {
  return [
    "default-src 'none'",
    `script-src 'self' ${importMap('./', undefined, data).cspHash}`,
    `style-src ${cspHash(`\n${styles}\n`)}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types dry-needling-widgets',
  ].join('; ');
}

/** embed.html for the CDN files described by `data` (integrity.json's shape). */
export function embedPage(data) {
  const styles = STYLES();
  const { entry, files } = data;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${embedPolicy(data, styles)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dry needling: patient information</title>
<base target="_blank">
<style>
${styles}
</style>
${pinnedScripts('./', entry, undefined, data)}
${scriptTag(`./${EMBED.script}`, files[EMBED.script].integrity)}
</head>
<body>
<p class="fallback">${FALLBACK_TEXT}</p>
</body>
</html>
`;
}
