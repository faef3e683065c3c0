// `npm run bench`: how much later patients see the text when it comes from the
// web components (A: the README's CDN snippet) than from the same text as static
// HTML (B), in headless Chromium with a mobile viewport and a throttled CPU.
//
//   npm run bench -- [--pairs 15] [--warmup 2] [--cpu 4] [--scenarios en-1,en-guide,es-guide,en-100]
//                    [--without importmap,preload,inline-loader,scripts,json-ld]
//
// --without leaves parts out of page A (bench/pages.mjs REMOVABLE_PARTS), to
// measure what each part costs; its results file names them.
//
// Per scenario: one render of A to generate B, checked to show the same words,
// then warm-up pairs, then measured pairs, alternating A B A B, each load in a
// fresh browser context. Prints medians and A/B ratios (with confidence
// intervals) judged against the issue's targets and writes
// bench/results/<date>-<scenario set>[-cpu-N][-<run>].md (a new file for each
// run) and bench/results/latest.md. Exits 0
// when targets are missed (it is a report), 1 when a load fails or B does not
// match A.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { collectMetrics, instrument, snapshot } from './in-page.mjs';
import { REMOVABLE_PARTS, SCENARIOS, SSR_ONLY_PARTS, cdnFileKey, pageA, pageB } from './pages.mjs';
import { consoleReport, markdownReport, newResultsFile, summarize } from './report.mjs';
import { startServer } from './server.mjs';

// A phone-sized viewport (the pages set width=device-width). Not `isMobile`: Chromium's
// mobile emulation reports a viewport change early in each load, which flags the
// layout shifts of the next 500 ms as "recent input", so CLS would leave them out.
// Scale factor 1 keeps raster work (not CPU-throttled) small.
const CONTEXT = { viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 };
// Time after text ready and two frames for the last paint's LCP and layout-shift entries to arrive.
const SETTLE_MS = 250;
const LOAD_TIMEOUT_MS = 30_000;
const TIMED_OUT = Symbol('timed out');
// A missing or half-written build is read again every 10 s, this many times in all (a rebuild takes ~30 s).
const BUILD_READS = 4;
const DEFAULT_SCENARIOS = Object.keys(SCENARIOS);

// Paths (dist/, bench/results/) are relative to the repository root.
process.chdir(new URL('..', import.meta.url).pathname);

const { values: options } = parseArgs({
  options: {
    pairs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    cpu: { type: 'string', default: '4' },
    scenarios: { type: 'string', default: DEFAULT_SCENARIOS.join(',') },
    without: { type: 'string', default: '' },
  },
});
const pairs = Number(options.pairs);
const warmup = Number(options.warmup);
const cpu = Number(options.cpu);
const names = options.scenarios.split(',').filter(Boolean);
const unknown = names.filter((name) => !SCENARIOS[name]);
const without = options.without.split(',').filter(Boolean);
const unknownParts = without.filter((part) => !REMOVABLE_PARTS[part]);
// Without scripts, elements rendered on the client never render; only server-rendered pages have an inline loader.
const ssrOnly = without.filter((part) => SSR_ONLY_PARTS.includes(part));
const clientRendered = ssrOnly.length ? names.filter((name) => SCENARIOS[name].embed !== 'ssr') : [];
if (
  !Number.isInteger(pairs) ||
  pairs < 1 ||
  !Number.isInteger(warmup) ||
  warmup < 0 ||
  !(cpu >= 1) ||
  unknown.length ||
  !names.length ||
  unknownParts.length ||
  clientRendered.length
) {
  console.error(
    `Usage: npm run bench -- [--pairs N≥1] [--warmup N≥0] [--cpu RATE≥1] [--scenarios ${Object.keys(SCENARIOS).join(',')}]` +
      ` [--without ${Object.keys(REMOVABLE_PARTS).join(',')}]` +
      (unknown.length ? `\nUnknown scenario: ${unknown.join(', ')}` : '') +
      (unknownParts.length ? `\nUnknown part: ${unknownParts.join(', ')}` : '') +
      (clientRendered.length
        ? `\n--without ${ssrOnly.join(',')} needs server-rendered scenarios (-ssr); these render on the client: ${clientRendered.join(', ')}`
        : ''),
  );
  process.exit(2);
}

/** A failure that ends the run with exit code 1 (a missed target does not). */
class BenchError extends Error {}

/**
 * Copies the build into the server's memory: dist/cdn/integrity.json, every
 * file it lists, and page A of each scenario (with its prerendered snippets from
 * dist/ssr), so that a rebuild during the run cannot mix two builds. A file that
 * does not match its hash means a build is being written: read it all again.
 * Returns the CDN files the pages load, by integrity.json key, for the results.
 */
async function snapshotBuild(server) {
  for (let attempt = 1; ; attempt++) {
    try {
      const manifest = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
      const contents = Object.entries(manifest.files).map(([name, { integrity }]) => {
        const content = readFileSync(`dist/cdn/${name}`);
        const actual = `sha384-${createHash('sha384').update(content).digest('base64')}`;
        if (actual !== integrity) throw new Error(`${name} does not match its hash in integrity.json`);
        return [`/dist/cdn/${name}`, content];
      });
      const used = {};
      for (const name of names) {
        const key = cdnFileKey(SCENARIOS[name]);
        const entry = manifest[key];
        if (!manifest.files[entry]) throw new Error(`integrity.json names no "${key}" file`);
        used[key] = { entry, ...manifest.files[entry] };
        contents.push([`/bench/${name}-a.html`, pageA(SCENARIOS[name], used[key], without)]);
      }
      for (const [path, content] of contents) server.addFile(path, content);
      return used;
    } catch (error) {
      const problem = error.code === 'ENOENT' ? `${error.path} is missing` : error.message;
      if (attempt === BUILD_READS) throw new BenchError(`dist: ${problem}. Run \`npm run build\` first.`);
      console.log(`dist: ${problem} (being rebuilt?); reading it again in 10 s.`);
      await sleep(10_000);
    }
  }
}

/** Which source the build came from, so that results can be compared across commits. */
function sourceCommit() {
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    // Not bench/results/: every run rewrites latest.md, which changes nothing that is measured.
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results')
      ? ' with uncommitted changes'
      : '';
    return `git ${git('rev-parse', '--short', 'HEAD')}${dirty}`;
  } catch {
    return 'not a git checkout';
  }
}

/**
 * One cold load of `path` in a fresh context: metrics from the page, JS heap
 * after a forced GC, and the requests and bytes the server sent for it.
 * `expected` is the text the page ends with (see instrument()); `then`, if
 * given, runs in the page instead of collectMetrics, given `thenArgument` (the
 * reference renders use snapshot()).
 */
async function load(browser, server, path, { expected = null, rate = cpu, then, thenArgument } = {}) {
  const context = await browser.newContext(CONTEXT);
  const errors = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(instrument, expected);
    await cdp.send('Performance.enable');
    server.takeCounters();
    await page.goto(server.url + path, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const evaluation = then
      ? page.evaluate(then, thenArgument)
      : page.evaluate(collectMetrics, { settle: SETTLE_MS, timeout: LOAD_TIMEOUT_MS });
    // Bounded: a page that never finishes rendering fails the run instead of stalling it. (Its
    // evaluation is then rejected when the context closes: handled here, not left unhandled.)
    evaluation.catch(() => {});
    const result = await Promise.race([evaluation, sleep(2 * LOAD_TIMEOUT_MS, TIMED_OUT, { ref: false })]);
    if (result === TIMED_OUT) throw new Error(`the page did not finish rendering in ${(2 * LOAD_TIMEOUT_MS) / 1000} s`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const mainThread = 1000 * metrics.find(({ name }) => name === 'TaskDuration').value;
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // Sorted: the preloaded files arrive in parallel, in any order.
    const { requests, bytes, paths } = server.takeCounters();
    if (errors.length) throw new Error('the page reported errors');
    return { ...result, mainThread, heap: usedSize, requests, bytes, paths: [...paths].sort().join(' ') };
  } catch (error) {
    // With the page's own errors: a failed integrity check, say, would otherwise show as a mere timeout.
    throw new BenchError(`${path}: ${error.message}${errors.map((text) => `\n  page: ${text}`).join('')}`);
  } finally {
    await context.close();
  }
}

/**
 * Renders page A once (unthrottled) and writes B from it; fails unless B,
 * loaded on its own, shows exactly A's words. Returns, per variant, the page
 * and what each measured load of it must end with.
 */
async function prepare(browser, server, name) {
  const urls = { A: `/bench/${name}-a.html`, B: `/bench/${name}-b.html` };
  const a = await load(browser, server, urls.A, {
    rate: 1,
    then: snapshot,
    thenArgument: !without.includes('scripts'),
  });
  if (a.roots === 0 || a.chars === 0) throw new BenchError(`${name}: page A rendered no text in shadow roots.`);
  server.addFile(urls.B, pageB(SCENARIOS[name], a.html, a.styles));
  const b = await load(browser, server, urls.B, { rate: 1, then: snapshot, thenArgument: false });
  const at = a.words.findIndex((word, i) => word !== b.words[i]);
  if (at !== -1 || a.words.length !== b.words.length) {
    const where = at === -1 ? a.words.length : at;
    const around = (words) => words.slice(Math.max(0, where - 5), where + 5).join(' ');
    throw new BenchError(
      `${name}: page B does not show the same words as page A (${a.words.length} vs ${b.words.length} words); ` +
        `first difference at word ${where}:\n  A: …${around(a.words)}…\n  B: …${around(b.words)}…`,
    );
  }
  const end = ({ roots, chars, bodyChars, paths }) => ({ expected: { roots, chars }, bodyChars, paths });
  return { words: a.words.length, A: { url: urls.A, ...end(a) }, B: { url: urls.B, ...end(b) } };
}

/** Checks that a measured load ended as the reference render did and recorded every paint metric. */
function verify(name, variant, metrics, { expected, bodyChars, paths }) {
  const problems = [];
  if (metrics.roots !== expected.roots || metrics.chars !== expected.chars || metrics.bodyChars !== bodyChars) {
    problems.push(
      `ended with ${metrics.roots} shadow roots, ${metrics.chars} + ${metrics.bodyChars} characters, ` +
        `not ${expected.roots}, ${expected.chars} + ${bodyChars}`,
    );
  }
  if (metrics.paths !== paths) problems.push(`requested ${metrics.paths}, not ${paths}`);
  for (const key of ['textReady', 'fcp', 'lcp']) if (metrics[key] === null) problems.push(`recorded no ${key}`);
  if (problems.length) throw new BenchError(`${name} ${variant}: the load ${problems.join('; ')}.`);
}

async function measure(browser, server, name, reference) {
  const loads = { A: [], B: [] };
  process.stdout.write(`${name}: ${reference.words} words; ${warmup} warm-up + ${pairs} measured pairs `);
  for (let pair = 0; pair < warmup + pairs; pair++) {
    for (const variant of ['A', 'B']) {
      const { url, expected } = reference[variant];
      const metrics = await load(browser, server, url, { expected });
      verify(name, variant, metrics, reference[variant]);
      if (pair >= warmup) loads[variant].push(metrics);
    }
    process.stdout.write(pair < warmup ? 'w' : '.');
  }
  process.stdout.write('\n');
  return { ...loads, paths: { A: reference.A.paths, B: reference.B.paths } };
}

const started = Date.now();
// Other work on the machine shows up as noise: the results note the load average.
const loadAtStart = os.loadavg()[0];
const server = await startServer('.');
const browser = await launchChromium();
const chromiumVersion = browser.version();
const summaries = [];
let cdnFiles;
let failure;
try {
  cdnFiles = await snapshotBuild(server);
  for (const name of names) {
    const reference = await prepare(browser, server, name);
    summaries.push(summarize(name, SCENARIOS[name], await measure(browser, server, name, reference)));
  }
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  failure = error;
} finally {
  await browser.close();
  await server.close();
}
if (failure) {
  console.error(`\nBenchmark failed: ${failure.message}`);
  process.exit(1);
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(consoleReport(summaries));

const cpus = os.cpus();
const setup = [
  ['Date', new Date().toISOString()],
  [
    'Build',
    `${Object.values(cdnFiles)
      .map(({ entry, bytes, gzipBytes }) => `dist/cdn/${entry} (${bytes} bytes, ${gzipBytes} gzip)`)
      .join(', ')}; ${sourceCommit()}`,
  ],
  ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
  ['CPU', `${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length}`],
  ['Memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
  ['Chromium', `${chromiumVersion}, headless (system binary)`],
  ['Node', process.version],
  ['CPU throttling', cpu > 1 ? `${cpu}× (CDP Emulation.setCPUThrottlingRate)` : 'none'],
  [
    'Page A',
    without.length
      ? `without ${without.map((part) => REMOVABLE_PARTS[part]).join('; ')} (--without ${without.join(',')})`
      : 'as the README shows',
  ],
  [
    'Viewport',
    `${CONTEXT.viewport.width}×${CONTEXT.viewport.height}, device scale factor ${CONTEXT.deviceScaleFactor} (no mobile emulation, see bench/run.mjs)`,
  ],
  [
    'Loads',
    `${warmup} warm-up + ${pairs} measured pairs per scenario, A B alternating, each in a fresh browser context`,
  ],
  ['Network', 'local HTTP/1.1 server on 127.0.0.1, gzip level 9, Cache-Control: no-store, no network throttling'],
  ['Run time', `${seconds} s`],
  ['Load average (1 min)', `${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end`],
];
const method = [
  "A: a clinic page (title, content, footer) embedding the elements as the README shows, the script tag in `<head>` (as the README says) pointed at the local copy of the CDN file, with its `integrity` hash and `crossorigin`. Plain scenarios use the README's `embed-snippet` block: the CDN file and each element with its fallback paragraph, rendered on the client. `-ssr` scenarios use its `ssr-snippet` block: the hydration build and the prerendered snippets (declarative shadow DOM) from `dist/ssr/`.",
  "B: the same page with the text A shows as static HTML (serialized from A's shadow roots once per run) and no script, styled by the elements' own stylesheets (read from A's shadow roots, each scoped to its element's box with `@scope`), so it looks like A. The run fails unless B shows exactly A's visible words.",
  'A/B: the median of the per-pair ratios (the two loads of a pair run one after the other, so a slow spell of the machine slows both), with a distribution-free 95% confidence interval for that median (order statistics, binomial). A target is met when the whole interval is within it, missed when wholly outside, unsettled otherwise.',
  "Text ready: the first moment, once the parser is done, that every shadow root holds its final text (a MutationObserver on each shadow root, from an init script, compares the text length with the reference render's; CSS and JSON-LD not counted). For B (no shadow roots) and server-rendered A this is the end of parsing, before deferred scripts run.",
  `FCP: the \`first-contentful-paint\` paint entry. LCP: the last \`largest-contentful-paint\` entry (buffered PerformanceObserver), read after \`load\`, text ready, two frames and ${SETTLE_MS} ms. Chromium names no LCP element inside a shadow root; its size shows which one it is.`,
  "Main-thread time: how long the page's main thread was busy with tasks from navigation to the end of the measurement (CDP `Performance.getMetrics`, `TaskDuration`; with the CPU slowed, in slowed time). Parsing, style, layout, paint and script alike: the work the page costs the phone, however it is spread over time.",
  'CLS: the sum of `layout-shift` entry values without recent input over the same time; "loads with a layout shift" counts loads with any entry (the target check uses it).',
  'Transferred: bytes the server sent for the load (headers and gzip bodies, HTML page included), and its request count. JS heap: `Runtime.getHeapUsage` used size after `HeapProfiler.collectGarbage`.',
];
const set = names.join(',') === DEFAULT_SCENARIOS.join(',') ? 'default' : names.join('_');
const markdown = markdownReport({
  title: `Benchmark: components (A) vs static HTML (B), scenarios ${names.join(', ')}`,
  setup,
  summaries,
  method,
});
mkdirSync('bench/results', { recursive: true });
const file = newResultsFile(
  `${set}${without.length ? `-without-${without.join('-')}` : ''}${cpu === 4 ? '' : `-cpu-${cpu}`}`,
);
writeFileSync(file, markdown);
writeFileSync('bench/results/latest.md', markdown);
console.log(`\n${seconds} s. Written: ${file}, bench/results/latest.md`);
