// `npm run handout -- --lang es [options]`: the patient leaflet as a PDF, for
// clinics to print (see handout/index.html). Needs `npm run build` first.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const PAPERS = ['a4', 'letter'];

if (!existsSync(new URL('../dist/cdn/integrity.json', import.meta.url))) {
  process.stderr.write('handout: the build is missing: run `npm run build` first.\n');
  process.exit(1);
}
// Languages, their matching and the emergency-number rule, as the elements have them.
const { DIALLED } = await import('../dist/internal/emergency-number.js');
const { allLocales } = await import('../dist/generated/locale-codes.js');
const { matchLocale } = await import('../dist/internal/locale-tags.js');
const { printable } = await import('../dist/internal/warn.js');

const USAGE = `Usage: npm run handout -- --lang <language> [options]

Writes the patient leaflet (the guide with "Get help now" and its sources) as a PDF.

  --lang <tag>                 ${allLocales.join(', ')} (regional tags such as es-MX work)
  --clinic-name <text>         printed at the top and in "Get help now"
  --phone <text>               the clinic's phone, printed at the top and in "Get help now"
  --emergency-number <digits>  e.g. 911, 112, 999; without it: "your local emergency number"
  --paper <a4|letter>          default a4
  --out <file.pdf>             default handout-<lang>.pdf
  --help`;

function fail(message) {
  // Nothing typed on the command line is echoed back with its control characters (terminal escapes).
  process.stderr.write(`handout: ${printable(message)}\n\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      lang: { type: 'string' },
      'clinic-name': { type: 'string' },
      phone: { type: 'string' },
      'emergency-number': { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

for (const [name, value] of Object.entries(values)) {
  if (typeof value === 'string' && !value.trim()) fail(`--${name} needs a value.`);
}
if (!values.lang) fail('--lang is missing.');
const { locale, supported } = matchLocale(values.lang);
if (!supported) fail(`"${values.lang}" is not a language of the guide.`);
if (locale !== values.lang) process.stderr.write(`handout: --lang ${printable(values.lang)}: printing ${locale}.\n`);
const paper = values.paper.toLowerCase();
if (!PAPERS.includes(paper)) fail(`--paper must be ${PAPERS.join(' or ')}, not "${values.paper}".`);
const emergencyNumber = values['emergency-number']?.trim();
if (emergencyNumber !== undefined && !DIALLED.test(emergencyNumber)) {
  fail(`--emergency-number must be 2 to 8 digits as dialled (911, 112, 999), not "${emergencyNumber}".`);
}
// npm runs scripts in the package's folder; --out is relative to where the command was typed.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? `handout-${locale}.pdf`);
// Loaded once the options are good: a mistyped option gets its answer without starting a browser.
const { startPrinter } = await import('./lib/handout.mjs');
const printer = await startPrinter();
try {
  const { pdf, warnings, blocked } = await printer.print({
    lang: locale,
    clinicName: values['clinic-name']?.trim(),
    phone: values.phone?.trim(),
    emergencyNumber,
    paper,
  });
  for (const warning of warnings) process.stderr.write(`handout: the page warned: ${warning}\n`);
  for (const url of blocked) process.stderr.write(`handout: refused a request to ${url}\n`);
  writeFileSync(out, pdf);
  process.stdout.write(`${out} (${locale}, ${paper === 'a4' ? 'A4' : 'US Letter'})\n`);
} catch (error) {
  process.stderr.write(`handout: ${error.message}\n`);
  process.exitCode = 1;
} finally {
  await printer.close();
}
