// The code a clinic pastes, built from the options it chose: shared by the
// configurator (in the browser) and by Node scripts (the README's embed
// snippets, the benchmark), so every place prints the same markup.
// Plain functions: no DOM, no Node APIs.

/** The CDN folder of a published version (jsDelivr mirrors npm). */
export const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/dry-needling-widgets@${version}/dist/cdn/`;

/** Elements with a `contact` slot (the clinic's details in the "Get help now" box or the safety notice). */
export const CONTACT_TAGS = ['dn-aftercare', 'dn-guide', 'dn-safety-notice'];
/** Elements that name the emergency number. */
export const EMERGENCY_NUMBER_TAGS = ['dn-aftercare', 'dn-guide'];

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

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
 * The text of the inline module that imports the hydration file from `src`
 * once the page has painted its first frame, or after 200 ms in a tab or
 * frame that paints nothing (hidden, or off screen in WebKit), as the
 * hydration file itself waits (src/internal/first-paint.ts). Not a script tag
 * with `src`: the browser fetches such a file while it is still parsing the
 * page (its preload scanner finds the tag early), and fetching anything, even
 * 250 bytes, before the first frame made the server-rendered guide's text
 * ready and largest paint later than static HTML's in `npm run bench`
 * (`--without inline-loader`). The import map pins the file by its hash; a
 * strict CSP allows this text by its own.
 */
export const loaderCode = (src) =>
  `let loading; const load = () => (loading ??= import(${JSON.stringify(src)}).catch((error) => console.warn("dry-needling-widgets: the script could not be loaded, so the server-rendered content stays as printed (" + error + ")"))); requestAnimationFrame(() => setTimeout(load)); setTimeout(load, 200);`;

/**
 * The import map's JSON that pins every file the two entry files load (their
 * core and text chunks, the language files), and the hydration file that an
 * inline module imports (`loaderCode`), to its hash, for the CDN folder at
 * `base` (ending in "/"), from dist/cdn/integrity.json. An `integrity`
 * attribute covers only the file it sits on; browsers check these on every
 * module they load, `import()` included. Both entries share this one map, so
 * a page's Content-Security-Policy needs one hash for it, whichever it loads.
 */
export function importMapJson(base, { files, loads, hydrateEntry }) {
  const loaded = [...new Set([hydrateEntry, ...Object.values(loads).flat()])].sort();
  const integrity = Object.fromEntries(loaded.map((name) => [`${base}${name}`, files[name].integrity]));
  return JSON.stringify({ integrity }, null, 2);
}

/**
 * The text groups (see `SectionDescriptor.group`) whose files a page with the
 * elements `tags` needs: those of its sections, every group for `dn-guide`.
 * `sections` is the library's `SECTIONS`.
 */
export const textGroupsOf = (sections, tags) => [
  ...new Set(sections.filter(({ tag }) => tags.includes('dn-guide') || tags.includes(tag)).map(({ group }) => group)),
];

/**
 * `<link rel="modulepreload">` tags, each pinned by its hash, for what the
 * entry `file` will load: its core, and for an element showing the text
 * `groups` (see `SectionDescriptor.group`) in `lang`, their text chunks and
 * language files. The browser then fetches them beside the entry instead of
 * one after another.
 */
export function preloadLinks(base, { files, preload }, file, { groups = [], lang = 'en' } = {}) {
  const paths = new Set(preload[file].core);
  for (const group of groups) {
    for (const path of preload[file][group] ?? []) paths.add(path);
    const language = Object.keys(files).find((name) => name.startsWith(`locales/${lang}.${group}-`));
    if (language) paths.add(language);
  }
  return [...paths].map(
    (path) =>
      `<link rel="modulepreload" href="${base}${path}" integrity="${files[path].integrity}" crossorigin="anonymous" />`,
  );
}

/**
 * The CDN embed: the import map, the preloads for `shown` (`{ groups, lang }`
 * of the element on the page), then the script tag of `file` (the entry by
 * default), or for the hydration file the inline module that imports it.
 */
export function pinnedScripts(base, integrityList, file = integrityList.entry, shown = {}) {
  return [
    `<script type="importmap">\n${importMapJson(base, integrityList)}\n</script>`,
    ...preloadLinks(base, integrityList, file, shown),
    file === integrityList.hydrateEntry
      ? `<script type="module">${loaderCode(`${base}${file}`)}</script>`
      : scriptTag(`${base}${file}`, integrityList.files[file].integrity),
  ].join('\n');
}

/** Digits and a leading + of a phone number, for a `tel:` link; empty when none. */
const dialable = (phone) => String(phone).replace(/[^0-9+]/g, '');

/** An http(s) URL as written, or undefined for anything else (no `javascript:` links in a clinic's page). */
export function webUrl(value) {
  try {
    const url = new URL(String(value).trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The clinic's line: name, phone and booking link, as the WordPress plugin
 * prints it, in the `contact` slot where the element has one, else `footer`.
 */
export function clinicLine({ tag, clinicName = '', phone = '', bookingUrl = '', bookingText = 'Book an appointment' }) {
  const parts = [];
  if (clinicName.trim()) parts.push(`<strong>${escapeHtml(clinicName.trim())}</strong>`);
  if (phone.trim()) {
    parts.push(
      dialable(phone) ? `<a href="tel:${dialable(phone)}">${escapeHtml(phone.trim())}</a>` : escapeHtml(phone.trim()),
    );
  }
  const booking = webUrl(bookingUrl);
  if (booking) parts.push(`<a href="${escapeHtml(booking)}">${escapeHtml(bookingText.trim() || booking)}</a>`);
  if (!parts.length) return '';
  return `<p slot="${CONTACT_TAGS.includes(tag) ? 'contact' : 'footer'}">${parts.join(' · ')}</p>`;
}

/**
 * The element's attributes for `options`, leaving out defaults:
 * [name, value] pairs, value `true` for a boolean attribute.
 */
export function elementAttributes({
  tag,
  lang = 'en',
  theme = 'light',
  variant = 'full',
  headingLevel = 2,
  collapsible = false,
  toc = false,
  emergencyNumber = '',
}) {
  const attributes = [['lang', lang]];
  if (Number(headingLevel) !== 2) attributes.push(['heading-level', String(headingLevel)]);
  if (theme !== 'light') attributes.push(['theme', theme]);
  if (variant !== 'full') attributes.push(['variant', variant]);
  if (collapsible) attributes.push(['collapsible', true]);
  if (tag === 'dn-guide' && toc) attributes.push(['toc', true]);
  if (EMERGENCY_NUMBER_TAGS.includes(tag) && /^[0-9]{2,8}$/.test(emergencyNumber.trim())) {
    attributes.push(['emergency-number', emergencyNumber.trim()]);
  }
  return attributes;
}

/** The element as HTML, with the clinic's line inside. */
export function elementMarkup(options) {
  const attributes = elementAttributes(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const line = clinicLine(options);
  return `<${options.tag}${attributes}>${line ? `\n  ${line}\n` : ''}</${options.tag}>`;
}

/** Script-tag embed: the pinned CDN scripts, then the element. */
export function scriptSnippet(base, integrityList, options) {
  return `${pinnedScripts(base, integrityList, integrityList.entry, options)}\n\n${elementMarkup(options)}`;
}

/** The WordPress plugin's shortcode (the clinic's details come from the plugin's settings page). */
export function shortcode(options) {
  const section = options.tag.replace(/^dn-/, '');
  const attributes = elementAttributes(options)
    .filter(([name]) => name !== 'emergency-number')
    .map(([name, value]) => `${name.replace('-', '_')}="${value === true ? '1' : escapeHtml(value)}"`);
  if (options.tag === 'dn-guide' && !options.toc) attributes.push('toc="0"');
  return `[dry_needling section="${section}" ${attributes.join(' ')}]`;
}

/** The React wrapper (`dry-needling-widgets/react`) with the same options. */
export function reactSnippet(options) {
  const component = options.tag
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
  const props = elementAttributes(options).map(([name, value]) => {
    const prop = name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
    if (value === true) return prop;
    return name === 'heading-level' ? `${prop}={${value}}` : `${prop}="${escapeHtml(value)}"`;
  });
  const line = clinicLine(options);
  return [
    `import { ${component} } from 'dry-needling-widgets/react';`,
    '',
    'export function PatientInformation() {',
    line
      ? `  return (\n    <${component} ${props.join(' ')}>\n      ${line}\n    </${component}>\n  );`
      : `  return <${component} ${props.join(' ')} />;`,
    '}',
  ].join('\n');
}

/** The query string of the iframe embed page for `options`. */
export function embedQuery(options) {
  const query = new URLSearchParams({ element: options.tag });
  for (const [name, value] of elementAttributes(options)) {
    if (name !== 'collapsible') query.set(name, value === true ? '1' : value);
  }
  return query.toString();
}

/** The iframe embed, for site builders that allow no scripts. */
export function iframeSnippet(embedPage, options, height = 1200) {
  return `<iframe\n  src="${escapeHtml(`${embedPage}?${embedQuery(options)}`)}"\n  title="Dry needling: patient information"\n  width="100%"\n  height="${height}"\n  loading="lazy"\n></iframe>`;
}

/** The command that prints the same element as server-rendered HTML. */
export function renderCommand(options) {
  const flags = elementAttributes(options).map(([name, value]) =>
    value === true ? `--${name}` : `--${name} ${/^[\w-]+$/.test(value) ? value : `'${value.replace(/'/g, '')}'`}`,
  );
  return `npx dry-needling-widgets render ${options.tag} ${flags.join(' ')}`;
}
