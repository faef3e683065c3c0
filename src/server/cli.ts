#!/usr/bin/env node
/**
 * `npx dry-needling-widgets render <tag> [options]`: prints an element as
 * server-rendered HTML (declarative shadow DOM), for pages and CMS plugins
 * that should show the text without JavaScript.
 */
import { parseArgs } from 'node:util';
import { clip, printable } from '../internal/warn.js';
import { TAGS } from '../internal/tags.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: dry-needling-widgets render <tag> [options]

Prints <tag> as ready HTML with its shadow root (declarative shadow DOM).
Tags: ${TAGS.join(', ')}

Options:
  --lang <tag>            language, e.g. es, pt-BR, zh-Hant (default en)
  --heading-level <2-6>   level of the top heading (default 2)
  --theme <light|dark|auto>
  --variant <full|compact>
  --collapsible           show as a disclosure; add --open to start expanded
  --last-reviewed <YYYY-MM-DD>
  --translation-reviewed  hide the line about an unreviewed machine translation
  --emergency-number <digits>
                          dn-aftercare, dn-guide: the number to call, e.g. 911, 112, 999
  --toc                   dn-guide: table of contents
  --sections <list>       dn-guide: sections to show, e.g. "explainer,safety-notice"
  --no-structured-data    dn-guide: leave out the schema.org JSON-LD
  --help, --version`;

function fail(message: string): never {
  // Control characters from the command line (terminal escapes) are never echoed back.
  process.stderr.write(`dry-needling-widgets: ${printable(message)}\n\n${USAGE}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      'heading-level': { type: 'string' },
      theme: { type: 'string' },
      variant: { type: 'string' },
      collapsible: { type: 'boolean' },
      open: { type: 'boolean' },
      'last-reviewed': { type: 'string' },
      'translation-reviewed': { type: 'boolean' },
      'emergency-number': { type: 'string' },
      toc: { type: 'boolean' },
      sections: { type: 'string' },
      'no-structured-data': { type: 'boolean' },
      help: { type: 'boolean' },
      version: { type: 'boolean' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
} else if (values.version) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const [command, tag, ...extra] = positionals;
  if (command !== 'render') fail(command ? `unknown command "${clip(command)}".` : 'no command given.');
  if (!tag) fail('no tag given.');
  if (extra.length) fail(`unexpected arguments: ${clip(extra.join(' '))}.`);
  // Loaded only to render, so `--help` works without the optional @lit-labs/ssr.
  let renderToString;
  try {
    ({ renderToString } = await import('./render.js'));
  } catch (error) {
    process.stderr.write(`dry-needling-widgets: ${(error as Error).message}\n`);
    process.exit(1);
  }
  try {
    const html = await renderToString(tag, {
      lang: values.lang,
      headingLevel: values['heading-level'],
      theme: values.theme,
      variant: values.variant,
      collapsible: values.collapsible,
      open: values.open,
      lastReviewed: values['last-reviewed'],
      translationReviewed: values['translation-reviewed'],
      emergencyNumber: values['emergency-number'],
      toc: values.toc,
      sections: values.sections,
      structuredData: values['no-structured-data'] ? false : undefined,
    });
    process.stdout.write(`${html}\n`);
  } catch (error) {
    fail((error as Error).message);
  }
}
