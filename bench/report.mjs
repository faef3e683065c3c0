// Medians, A/B ratios, target checks and their text: the console summary and
// the Markdown results file.
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
  { key: 'cls', label: 'CLS', format: (v) => v.toFixed(3), spread: true, ratio: false },
  { key: 'bytes', label: 'Transferred (KB)', format: (v) => (v / 1024).toFixed(1), spread: false, ratio: true },
  { key: 'requests', label: 'Requests', format: (v) => v.toFixed(0), spread: false, ratio: true },
  { key: 'heap', label: 'JS heap after GC (MB)', format: (v) => (v / 1048576).toFixed(2), spread: false, ratio: true },
];

/**
 * Per-variant medians (and quartiles) of one scenario's loads ({ A, B } lists
 * of load metrics, with C under `--with-styles`, and `paths`, the files each
 * variant requests), the A/B (and A/C) ratios and the target checks.
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
  const C = loads.C ? variant(loads.C) : null;
  const ratio = (key, against = B) => A.stats[key].median / against.stats[key].median;
  const checks = [
    {
      label: `LCP A/B ≤ ${scenario.lcpTarget.toFixed(2)}`,
      value: ratio('lcp').toFixed(2),
      pass: ratio('lcp') <= scenario.lcpTarget,
    },
    {
      label: `text ready A/B ≤ ${scenario.textTarget.toFixed(2)}`,
      value: ratio('textReady').toFixed(2),
      pass: ratio('textReady') <= scenario.textTarget,
    },
    {
      label: 'CLS = 0 in every A load',
      value: `${A.shiftedLoads}/${A.loads} loads shifted`,
      pass: A.shiftedLoads === 0,
    },
  ];
  return { name, A, B, C, ratio, checks, paths: loads.paths };
}

function cell(variant, metric) {
  const { median: m, q1, q3 } = variant.stats[metric.key];
  return metric.spread ? `${metric.format(m)} (${metric.format(q1)}–${metric.format(q3)})` : metric.format(m);
}

function ratioCell(summary, metric, against = summary.B) {
  if (!metric.ratio) return '–';
  const value = summary.ratio(metric.key, against);
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

/** Plain-text tables for the terminal. */
export function consoleReport(summaries) {
  const lines = [];
  const row = (cells, widths) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  for (const summary of summaries) {
    const { C } = summary;
    const widths = C ? [24, 22, 22, 6, 22, 6] : [24, 22, 22, 6];
    lines.push('', `${summary.name}  (medians, quartiles in brackets)`);
    lines.push(
      row(['metric', 'A components', 'B static HTML', 'A/B', ...(C ? ['C static, own CSS', 'A/C'] : [])], widths),
    );
    for (const metric of METRICS) {
      const withC = C ? [cell(C, metric), ratioCell(summary, metric, C)] : [];
      lines.push(
        row(
          [metric.label, cell(summary.A, metric), cell(summary.B, metric), ratioCell(summary, metric), ...withC],
          widths,
        ),
      );
    }
    lines.push(
      row(['LCP element', summary.A.lcpElement, summary.B.lcpElement, '', ...(C ? [C.lcpElement, ''] : [])], widths),
    );
    lines.push(
      `A loads with a layout shift: ${summary.A.shiftedLoads}/${summary.A.loads}, largest CLS ${summary.A.maxCls.toFixed(3)}` +
        (summary.A.firstShift === null
          ? ''
          : ` (first at ${summary.A.firstShift.toFixed(0)} ms, median; moved: ${summary.A.shifted.join(', ')})`),
    );
    for (const check of summary.checks) lines.push(`  ${check.pass ? 'PASS' : 'FAIL'}  ${check.label}: ${check.value}`);
  }
  return lines.join('\n');
}

/** The results file. `setup` holds the machine and run settings, as [label, value] rows. */
export function markdownReport({ title, setup, summaries, method }) {
  const lines = [`# ${title}`, '', '## Machine and settings', '', '| | |', '| --- | --- |'];
  for (const [label, value] of setup) lines.push(`| ${label} | ${value} |`);
  lines.push('', '## Targets', '', '| Scenario | ' + summaries[0].checks.map((c) => c.label).join(' | ') + ' |');
  lines.push('| --- |' + ' --- |'.repeat(summaries[0].checks.length));
  for (const summary of summaries) {
    lines.push(`| ${summary.name} | ${summary.checks.map((c) => `${c.pass ? '✅' : '❌'} ${c.value}`).join(' | ')} |`);
  }
  lines.push(
    '',
    '## Results',
    '',
    'Medians over the measured loads, quartiles in brackets; times in ms from navigation start.',
  );
  for (const summary of summaries) {
    const { A, B, C } = summary;
    // A row: the label, then per variant its cell and (but for A) the ratio cell, empty by default.
    const tableRow = (label, value, ratio = () => '') =>
      `| ${label} | ${value(A, 'A')} | ${value(B, 'B')} | ${ratio(B)} |${C ? ` ${value(C, 'C')} | ${ratio(C)} |` : ''}`;
    lines.push(
      '',
      `### ${summary.name}`,
      '',
      `| Metric | A: components | B: static HTML | A/B |${C ? " C: static HTML, the elements' CSS | A/C |" : ''}`,
      `| --- | --- | --- | --- |${C ? ' --- | --- |' : ''}`,
    );
    for (const metric of METRICS) {
      lines.push(
        tableRow(
          metric.label,
          (variant) => cell(variant, metric),
          (against) => ratioCell(summary, metric, against),
        ),
      );
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
