// Medians, A/B ratios, target checks and their text: the console summary and
// the Markdown results file (and that file's name).
import { existsSync } from 'node:fs';

/**
 * A results file in `dir` for today's run named `name`, one no earlier run
 * wrote: a second run on the same day gets `-2` (and so on), so results the
 * README cites stay as they were.
 */
export function newResultsFile(name, dir = 'bench/results') {
  const stem = `${dir}/${new Date().toISOString().slice(0, 10)}-${name}`;
  let file = `${stem}.md`;
  for (let run = 2; existsSync(file); run++) file = `${stem}-${run}.md`;
  return file;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

const median = (values) => quantile(values, 0.5);

/** The most frequent value (the LCP element, which should not change between loads). */
function mode(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

// The metrics in the tables: key, label, formatter, whether a spread and an A/B ratio make sense.
const METRICS = [
  { key: 'textReady', label: 'Text ready (ms)', format: (v) => v.toFixed(0), spread: true, ratio: true },
  { key: 'fcp', label: 'FCP (ms)', format: (v) => v.toFixed(0), spread: true, ratio: true },
  { key: 'lcp', label: 'LCP (ms)', format: (v) => v.toFixed(0), spread: true, ratio: true },
  { key: 'mainThread', label: 'Main-thread time (ms)', format: (v) => v.toFixed(0), spread: true, ratio: true },
  { key: 'cls', label: 'CLS', format: (v) => v.toFixed(3), spread: true, ratio: false },
  { key: 'bytes', label: 'Transferred (KB)', format: (v) => (v / 1024).toFixed(1), spread: false, ratio: true },
  { key: 'requests', label: 'Requests', format: (v) => v.toFixed(0), spread: false, ratio: true },
  { key: 'heap', label: 'JS heap after GC (MB)', format: (v) => (v / 1048576).toFixed(2), spread: false, ratio: true },
];

/**
 * The rank k of a distribution-free 95% confidence interval for the median of
 * n values: [k-th smallest, k-th largest] holds the median with ≥ 95% chance
 * (binomial, p = 1/2). 0 when n is too small (under 6) for one.
 */
export function medianIntervalRank(n) {
  let logP = -n * Math.LN2; // log P(X = 0), X ~ Bin(n, 1/2)
  let below = 0; // P(X ≤ k - 1)
  let k = 0;
  for (let i = 0; i < n; i++) {
    below += Math.exp(logP);
    if (below > 0.025) break;
    k = i + 1;
    logP += Math.log((n - i) / (i + 1));
  }
  return k;
}

/**
 * A/B of one metric from loads taken in alternating pairs: the median of the
 * per-pair ratios (a slow spell of the machine slows both loads of a pair, so
 * it cancels), with its 95% confidence interval when there are enough pairs.
 */
export function pairedRatio(a, b) {
  const ratios = a.map((value, i) => value / b[i]).sort((x, y) => x - y);
  const k = medianIntervalRank(ratios.length);
  return {
    value: median(ratios),
    low: k ? ratios[k - 1] : null,
    high: k ? ratios[ratios.length - k] : null,
  };
}

/**
 * Whether a ratio meets its target: 'met' when its whole confidence interval is
 * at or under it, 'missed' when wholly over, else 'unsettled' (the difference
 * is within this run's noise; more pairs may settle it).
 */
export function verdict(ratio, target) {
  if (ratio.high !== null && ratio.high <= target) return 'met';
  if (ratio.low !== null && ratio.low > target) return 'missed';
  return 'unsettled';
}

const formatRatio = (ratio) =>
  ratio.low === null
    ? ratio.value.toFixed(2)
    : `${ratio.value.toFixed(2)} (${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)})`;

/**
 * Per-variant medians (and quartiles) of one scenario's loads ({ A, B } lists
 * of load metrics in the order measured, pair by pair, and `paths`, the files
 * each variant requests), the A/B ratios and the target checks.
 */
export function summarize(name, scenario, loads) {
  const variant = (list) => ({
    loads: list.length,
    stats: Object.fromEntries(
      METRICS.map(({ key }) => {
        const values = list.map((load) => load[key]);
        return [key, { median: median(values), q1: quantile(values, 0.25), q3: quantile(values, 0.75) }];
      }),
    ),
    shiftedLoads: list.filter((load) => load.shifts > 0).length,
    maxCls: Math.max(...list.map((load) => load.cls)),
    firstShift: list.some((load) => load.firstShift !== null)
      ? median(list.filter((load) => load.firstShift !== null).map((load) => load.firstShift))
      : null,
    lcpElement: mode(list.map((load) => load.lcpElement)),
    shifted: [...new Set(list.flatMap((load) => load.shifted))],
  });
  const A = variant(loads.A);
  const B = variant(loads.B);
  const ratios = Object.fromEntries(
    METRICS.filter((metric) => metric.ratio).map(({ key }) => [
      key,
      pairedRatio(
        loads.A.map((load) => load[key]),
        loads.B.map((load) => load[key]),
      ),
    ]),
  );
  const check = (key, label, target) => {
    const result = verdict(ratios[key], target);
    return { label: `${label} A/B ≤ ${target.toFixed(2)}`, value: formatRatio(ratios[key]), result };
  };
  const checks = [
    check('lcp', 'LCP', scenario.lcpTarget),
    check('textReady', 'text ready', scenario.textTarget),
    {
      label: 'CLS = 0 in every A load',
      value: `${A.shiftedLoads}/${A.loads} loads shifted`,
      result: A.shiftedLoads === 0 ? 'met' : 'missed',
    },
  ];
  return { name, A, B, ratios, checks, paths: loads.paths };
}

function cell(variant, metric) {
  const { median: m, q1, q3 } = variant.stats[metric.key];
  return metric.spread ? `${metric.format(m)} (${metric.format(q1)}–${metric.format(q3)})` : metric.format(m);
}

function ratioCell(summary, metric) {
  const ratio = summary.ratios[metric.key];
  if (!ratio || !Number.isFinite(ratio.value)) return '–';
  return metric.spread ? formatRatio(ratio) : ratio.value.toFixed(2);
}

const MARK = { met: '✅', missed: '❌', unsettled: '❔' };

/** Plain-text tables for the terminal. */
export function consoleReport(summaries) {
  const lines = [];
  const widths = [24, 22, 22, 18];
  const row = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  for (const summary of summaries) {
    lines.push('', `${summary.name}  (medians, quartiles in brackets; A/B: median of per-pair ratios, 95% CI)`);
    lines.push(row(['metric', 'A components', 'B static HTML', 'A/B']));
    for (const metric of METRICS) {
      lines.push(row([metric.label, cell(summary.A, metric), cell(summary.B, metric), ratioCell(summary, metric)]));
    }
    lines.push(row(['LCP element', summary.A.lcpElement, summary.B.lcpElement]));
    lines.push(
      `A loads with a layout shift: ${summary.A.shiftedLoads}/${summary.A.loads}, largest CLS ${summary.A.maxCls.toFixed(3)}` +
        (summary.A.firstShift === null
          ? ''
          : ` (first at ${summary.A.firstShift.toFixed(0)} ms, median; moved: ${summary.A.shifted.join(', ')})`),
    );
    for (const check of summary.checks)
      lines.push(`  ${check.result.toUpperCase().padEnd(9)}  ${check.label}: ${check.value}`);
  }
  return lines.join('\n');
}

/** The results file. `setup` holds the machine and run settings, as [label, value] rows. */
export function markdownReport({ title, setup, summaries, method }) {
  const lines = [`# ${title}`, '', '## Machine and settings', '', '| | |', '| --- | --- |'];
  for (const [label, value] of setup) lines.push(`| ${label} | ${value} |`);
  lines.push(
    '',
    '## Targets',
    '',
    `${MARK.met} met (the whole 95% confidence interval is within the target), ${MARK.missed} missed (wholly outside it), ${MARK.unsettled} unsettled (the interval holds the target: within this run's noise).`,
    '',
    '| Scenario | ' + summaries[0].checks.map((c) => c.label).join(' | ') + ' |',
  );
  lines.push('| --- |' + ' --- |'.repeat(summaries[0].checks.length));
  for (const summary of summaries) {
    lines.push(`| ${summary.name} | ${summary.checks.map((c) => `${MARK[c.result]} ${c.value}`).join(' | ')} |`);
  }
  lines.push(
    '',
    '## Results',
    '',
    'Medians over the measured loads, quartiles in brackets; times in ms from navigation start. A/B: the median of the ratios of the loads measured in turn, pair by pair, with its 95% confidence interval in brackets.',
  );
  for (const summary of summaries) {
    const { A, B } = summary;
    const tableRow = (label, value, ratio = '') => `| ${label} | ${value(A, 'A')} | ${value(B, 'B')} | ${ratio} |`;
    lines.push(
      '',
      `### ${summary.name}`,
      '',
      '| Metric | A: components | B: static HTML | A/B |',
      '| --- | --- | --- | --- |',
    );
    for (const metric of METRICS) {
      lines.push(tableRow(metric.label, (variant) => cell(variant, metric), ratioCell(summary, metric)));
    }
    const shifts = (variant) => `${variant.shiftedLoads}/${variant.loads}, largest CLS ${variant.maxCls.toFixed(3)}`;
    lines.push(tableRow('Loads with a layout shift', shifts));
    lines.push(
      tableRow('First layout shift (ms, median of loads with one)', (variant) => variant.firstShift?.toFixed(0) ?? '–'),
    );
    const moved = (variant) => variant.shifted.map((name) => `\`${name}\``).join(' ') || '–';
    lines.push(tableRow('Elements moved by layout shifts', moved));
    lines.push(tableRow('LCP element (most loads)', (variant) => `\`${variant.lcpElement}\``));
    const files = (variant, key) =>
      summary.paths[key]
        .split(' ')
        .map((p) => `\`${p}\``)
        .join(' ');
    lines.push(tableRow('Files requested', files));
  }
  lines.push('', '## How it is measured', '', ...method.map((item) => `- ${item}`), '');
  return lines.join('\n');
}
