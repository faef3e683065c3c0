// `npm run handout`: the printed leaflet in every language, on A4 and US Letter.
// Reads each PDF back with poppler's pdfinfo and pdftotext (Debian: poppler-utils):
// at most four pages of the right size, real text (the guide's title, the clinic's
// name and phone, the emergency number), and the whole "Get help now" box on one
// page. The PDFs stay in test-results/handout/ to look at.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startPrinter } from '../../scripts/lib/handout.mjs';
import { getHelpNow } from '../../dist/content/aftercare.js';
import { guideTitle } from '../../dist/content/guide.js';
import { getHelpTitle } from '../../dist/components/aftercare/get-help.js';
import { allLocales, sourceLocale } from '../../dist/generated/locale-codes.js';
import { localeDirection } from '../../dist/internal/locale-tags.js';
import { renderWithMessages } from '../../dist/internal/localize.js';

const MAX_PAGES = 4;
const OUT = 'test-results/handout';
// Markup in the name must print as text.
const CLINIC = { clinicName: 'Riverside <b>Physio</b>', phone: '+1 555-0100', emergencyNumber: '112' };
/** Page sizes in PostScript points, as pdfinfo prints them (Chromium rounds to 1/100 pt). */
const PAPERS = { a4: [595, 842], letter: [612, 792] };

for (const tool of ['pdfinfo', 'pdftotext']) {
  if (spawnSync(tool, ['-v']).error) {
    throw new Error(`${tool} is missing: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils).`);
  }
}

/** What the guide says in `locale`, from the same messages the elements use. */
async function expectedText(locale) {
  const messages =
    locale === sourceLocale ? undefined : (await import(`../../dist/generated/locales/${locale}.js`)).templates;
  return renderWithMessages(messages, () => ({
    title: guideTitle(),
    getHelp: [
      getHelpTitle(),
      ...getHelpNow(CLINIC.emergencyNumber).flatMap(({ action, signs }) => [action, ...signs.map(({ text }) => text)]),
    ],
  }));
}

/**
 * Text as compared: pdftotext writes Arabic in visual order around numbers and
 * Latin words, wraps it in bidi controls, moves harakat, swaps the two letters
 * of each lam-alef ligature and puts spaces inside words; so bidi controls,
 * harakat and spaces go, and the order of lam and alef letters within a run of
 * them does not count.
 */
const squeezed = (text) =>
  text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\p{scx=Arabic}&&\p{Mn}]/gv, '')
    // Before the spaces go: a run must not reach into the next word (a word ending in lam before one starting with alef).
    .replace(/[لاأإآ]+/g, (run) => [...run].sort().join(''))
    .replace(/\s/g, '');

/** Runs of one script, numbers and symbols: each is in one direction, so it survives the reordering. */
const runs = (text) => squeezed(text).match(/\p{N}+|\p{sc=Arabic}+|\p{L}+|[^\p{L}\p{N}\p{P}]/gu);

/**
 * Whether `page` holds `text`: as written for left-to-right languages; for
 * Arabic, whose extracted lines are in visual order, run by run.
 */
function holds(page, text, locale) {
  const onPage = squeezed(page);
  if (localeDirection(locale) === 'ltr') return onPage.includes(squeezed(text));
  return runs(text).every((run) => onPage.includes(run));
}

const pdfPages = (file) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
const pdfSize = (file) =>
  /^Page size:\s+([\d.]+) x ([\d.]+)/m
    .exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))
    .slice(1)
    .map((points) => Math.round(Number(points)));
const pageTexts = (file) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);

describe('the printed handout', () => {
  let printer;
  before(async () => {
    mkdirSync(OUT, { recursive: true });
    printer = await startPrinter();
  });
  after(() => printer?.close());

  for (const locale of allLocales) {
    for (const paper of Object.keys(PAPERS)) {
      it(`${locale} on ${paper}: at most ${MAX_PAGES} pages, real text, "Get help now" on one page`, async (t) => {
        const { pdf, warnings, blocked } = await printer.print({ lang: locale, paper, ...CLINIC });
        const file = `${OUT}/handout-${locale}-${paper}.pdf`;
        writeFileSync(file, pdf);
        assert.deepEqual(blocked, [], 'no request leaves the local server');
        assert.deepEqual(warnings, [], 'the elements warned about nothing');
        assert.deepEqual(pdfSize(file), PAPERS[paper], 'page size');
        const pages = pdfPages(file);
        t.diagnostic(`${pages} pages`);
        assert.ok(pages <= MAX_PAGES, `${pages} pages (at most ${MAX_PAGES}): see ${file}`);

        const texts = pageTexts(file);
        assert.equal(texts.length, pages);
        const all = texts.join('\n');
        const { title, getHelp } = await expectedText(locale);
        for (const text of [title, CLINIC.emergencyNumber]) {
          assert.ok(holds(all, text, locale), `"${text}" is in the PDF's text`);
        }
        for (const text of [CLINIC.clinicName, CLINIC.phone]) {
          assert.ok(holds(texts[0], text, locale), `"${text}" is at the top of the first page`);
        }
        // The box ends with the clinic's contact slot.
        const [heading, ...lines] = [...getHelp, `${CLINIC.clinicName}: ${CLINIC.phone}`];
        const page = texts.findIndex((text) => holds(text, heading, locale));
        assert.ok(page >= 0, `"${heading}" is in the PDF's text`);
        for (const line of lines) {
          assert.ok(holds(texts[page], line, locale), `"${line}" is on page ${page + 1}, with "${heading}"`);
        }
      });
    }
  }
});

describe('npm run handout', () => {
  const handout = (...args) => spawnSync(process.execPath, ['scripts/handout.mjs', ...args], { encoding: 'utf8' });

  const refused = [
    ['an unknown language', ['--lang', 'xx'], /"xx" is not a language of the guide/],
    ['no language', ['--paper', 'a4'], /--lang is missing/],
    ['a missing value', ['--lang'], /--lang/],
    ['a missing value before the next option', ['--lang', 'es', '--phone', '--paper', 'a4'], /--phone/],
    ['an empty value', ['--lang', 'es', '--clinic-name', ' '], /--clinic-name needs a value/],
    ['an unknown paper size', ['--lang', 'es', '--paper', 'a5'], /--paper must be a4 or letter, not "a5"/],
    ['an emergency number that is not digits', ['--lang', 'es', '--emergency-number', '91l'], /--emergency-number/],
    ['an unknown option', ['--lang', 'es', '--colour', 'red'], /--colour/],
  ];
  for (const [what, args, message] of refused) {
    it(`refuses ${what} with status 2 and says why`, () => {
      const { status, stdout, stderr } = handout(...args);
      assert.equal(status, 2, stderr);
      assert.match(stderr, message);
      assert.match(stderr, /Usage: npm run handout/);
      assert.equal(stdout, '');
    });
  }

  it('never echoes terminal escapes back', () => {
    const { status, stderr } = handout('--lang', '\x1b[2Jxx');
    assert.equal(status, 2);
    assert.ok(!stderr.includes('\x1b'), JSON.stringify(stderr));
  });

  it('prints a regional tag in its language, and says so', () => {
    const out = `${OUT}/handout-cli-es-MX.pdf`;
    const { status, stdout, stderr } = handout('--lang', 'es-MX', '--paper', 'letter', '--out', out);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /--lang es-MX: printing es/);
    assert.match(stdout, /handout-cli-es-MX\.pdf \(es, US Letter\)/);
    assert.deepEqual(pdfSize(out), PAPERS.letter);
    assert.ok(squeezed(pageTexts(out).join('')).includes(squeezed('Punción seca: una guía para pacientes')));
  });
});
