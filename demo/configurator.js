// The configurator: options → live preview → the code to paste. The sections,
// languages and file hashes come from the library and its build, never from a
// list written here. `?lang=`, `?theme=` and `?section=` preselect; `?cdn=`
// and `?embed=` set where the pasted code loads its files from.
import {
  cdnBase,
  clinicLine,
  elementAttributes,
  iframeSnippet,
  pinnedScripts,
  reactSnippet,
  renderCommand,
  scriptSnippet,
  shortcode,
  textGroupsOf,
} from './snippets.js';

const files = new URL(document.querySelector('meta[name="dn-files"]').content, location.href);
const integrityList = await (await fetch(new URL('integrity.json', files))).json();
const library = await import(new URL(integrityList.entry, files).href);
const { SECTIONS, VERSION } = library;

const form = document.getElementById('options');
const field = (name) => form.elements.namedItem(name);
const query = new URLSearchParams(location.search);

// Sections in reading order, then the whole guide (the default).
const sectionSelect = field('section');
for (const { tag, title } of [{ tag: 'dn-guide', title: () => 'The whole guide' }, ...SECTIONS]) {
  sectionSelect.append(new Option(`${title()} (${tag})`, tag));
}
// Languages: English and every language the build has files for (one per text group), each named in itself.
const languages = [
  'en',
  ...new Set(
    Object.keys(integrityList.files)
      .map((name) => /^locales\/([\w-]+?)\.\w+-[\w-]{8}\.min\.js$/.exec(name)?.[1])
      .filter(Boolean)
      .sort(),
  ),
];
for (const lang of languages) {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  field('lang').append(new Option(`${name} (${lang})`, lang));
}

/** Sets a select to `value` if it is one of its options; says so (on the page and once in the console) if not. */
function preselect(select, value, what) {
  if (value === null) return;
  const tag = what === 'section' && !value.startsWith('dn-') ? `dn-${value}` : value;
  if ([...select.options].some((option) => option.value === tag)) {
    select.value = tag;
    return;
  }
  const message = `The link asked for ${what} "${value}", which is not one of the choices; showing "${select.selectedOptions[0].text}".`;
  console.warn(`Configurator: ${message}`);
  const notice = document.getElementById('link-notice');
  notice.hidden = false;
  notice.append(`${message} `);
}
preselect(sectionSelect, query.get('section'), 'section');
preselect(field('lang'), query.get('lang'), 'lang');
preselect(field('theme'), query.get('theme'), 'theme');
field('cdn').value = query.get('cdn') ?? cdnBase(VERSION);
// npm CDNs serve HTML as plain text, so the iframe points at the embed page beside this configurator's files.
field('embedPage').value = query.get('embed') ?? new URL('embed.html', files).href;

function options() {
  return {
    tag: sectionSelect.value,
    groups: textGroupsOf(SECTIONS, [sectionSelect.value]),
    lang: field('lang').value,
    theme: field('theme').value,
    variant: field('variant').value,
    headingLevel: Number(field('headingLevel').value),
    collapsible: field('collapsible').checked,
    toc: field('toc').checked,
    emergencyNumber: field('emergencyNumber').value,
    clinicName: field('clinicName').value,
    phone: field('phone').value,
    bookingUrl: field('bookingUrl').value,
    bookingText: field('bookingText').value,
  };
}

/** The preview: the element built with the DOM (never from HTML text), as the snippet describes it. */
function renderPreview(chosen) {
  const element = document.createElement(chosen.tag);
  for (const [name, value] of elementAttributes(chosen)) element.setAttribute(name, value === true ? '' : value);
  const line = clinicLine(chosen);
  if (line) {
    // The clinic's line is built from the same function as the snippet, parsed as inert markup.
    const parsed = new DOMParser().parseFromString(line, 'text/html').body.firstElementChild;
    element.append(document.importNode(parsed, true));
  }
  document.getElementById('preview').replaceChildren(element);
}

const NOTES = {
  script:
    'Paste it where the text should appear. It loads the library from the CDN, pinned to this exact version and its integrity hashes.',
  prerendered:
    "Paste it where the text should appear: the text shows even before the script runs, or without it. From the package's prerendered files; other options need the command instead. A Content-Security-Policy must allow its two inline scripts by their hashes (see the README).",
  ssr: 'These options are not prerendered: run this command in your project (Node.js 20 or later) to print the same element as ready HTML that shows without JavaScript; then load the hydration script (see the README).',
  wordpress:
    'Install the plugin, then paste this shortcode into a page. Set your clinic name, phone, booking link and emergency number once, in Settings → Dry needling.',
  react: 'After npm install dry-needling-widgets.',
  iframe:
    'For site builders that allow no scripts. The embed page must be on a server that sends it as a web page (your site or any static host, not an npm CDN). Set the height from the table in the README, or add the resizer script where your site allows one.',
};

/**
 * The prerendered snippet the package ships for these options (dist/ssr/<lang>/<tag>.html: each
 * element in each language with its default options, the guide with its table of contents),
 * or undefined when the options differ from those.
 */
function prerenderedPath(chosen) {
  const expected = [['lang', chosen.lang], ...(chosen.tag === 'dn-guide' ? [['toc', true]] : [])];
  return JSON.stringify(elementAttributes(chosen)) === JSON.stringify(expected)
    ? new URL(`../ssr/${chosen.lang}/${chosen.tag}.html`, files)
    : undefined;
}

/** The import map and the hydration file's loader, then the prerendered snippet with the clinic's line inside, as the WordPress plugin prints it. */
async function serverRenderedSnippet(chosen, path) {
  const html = (await (await fetch(path)).text()).trim();
  const closing = `</${chosen.tag}>`;
  const line = clinicLine(chosen);
  const body = line ? `${html.slice(0, -closing.length)}${line}${closing}` : html;
  const base = field('cdn').value.replace(/\/?$/, '/');
  // As the README's server-rendered snippet: no preload, the loader imports the library after the first paint.
  return `${pinnedScripts(base, integrityList, integrityList.hydrateEntry)}\n\n${body}`;
}

function snippet(kind, chosen) {
  switch (kind) {
    case 'ssr':
      return renderCommand(chosen);
    case 'wordpress':
      return shortcode(chosen);
    case 'react':
      return reactSnippet(chosen);
    case 'iframe':
      return iframeSnippet(field('embedPage').value, chosen);
    default:
      return scriptSnippet(field('cdn').value.replace(/\/?$/, '/'), integrityList, chosen);
  }
}

function update() {
  const chosen = options();
  for (const element of form.querySelectorAll('[data-for]')) element.hidden = element.dataset.for !== chosen.tag;
  renderPreview(chosen);
  const kind = document.querySelector('input[name="kind"]:checked').value;
  const code = document.getElementById('snippet');
  const path = kind === 'ssr' ? prerenderedPath(chosen) : undefined;
  document.getElementById('kind-note').textContent = path ? NOTES.prerendered : NOTES[kind];
  code.value = snippet(kind, chosen);
  document.getElementById('copy-status').textContent = '';
  if (path) {
    const asked = ++ssrRequest;
    code.value = '';
    serverRenderedSnippet(chosen, path).then(
      (html) => asked === ssrRequest && (code.value = html),
      () => asked === ssrRequest && (code.value = renderCommand(chosen)),
    );
  }
}
// Only the latest choice's snippet is shown when several fetches overlap.
let ssrRequest = 0;

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const radio of document.querySelectorAll('input[name="kind"]')) radio.addEventListener('change', update);

document.getElementById('copy').addEventListener('click', async () => {
  const text = document.getElementById('snippet').value;
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard access (an insecure page, or a browser that asks): select it for Ctrl+C instead.
    document.getElementById('snippet').select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
});

update();
document.documentElement.dataset.ready = '';
