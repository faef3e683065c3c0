// `npm test`: every suite in turn, one line each (what passed, how long), the
// whole output of a suite only when it fails. Each suite's full output is also
// kept in test-results/<suite>.log (CI keeps the folder). Stops at the first
// failing suite, as the && chain it replaces did.
//   node scripts/test.mjs              all suites
//   node scripts/test.mjs browser ssr  only these
//   node scripts/test.mjs --list       the suites' names
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const LOGS = 'test-results';

/** Counts from node:test's summary (spec reporter). */
const nodeTest = (output) => {
  const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  return `${count('pass')} passed${count('skipped') ? `, ${count('skipped')} skipped` : ''}`;
};
/** One count per engine from web-test-runner's progress lines (the last of each). */
const browsers = (output) => {
  const last = new Map();
  for (const [, engine, counts] of output.matchAll(/^(\w+):\s+\|.*?\| \d+\/\d+ test files \| (.+)$/gm)) {
    last.set(engine, counts.trim());
  }
  return [...last].map(([engine, counts]) => `${engine} ${counts}`).join('; ');
};
/** The last line that matches `pattern`. */
const lastLine = (pattern) => (output) =>
  output
    .split('\n')
    .filter((line) => pattern.test(line))
    .pop()
    ?.trim() ?? '';

const SUITES = [
  { name: 'build', run: 'npm run build', summary: () => 'dist/ built' },
  { name: 'lint', run: 'npm run lint', summary: () => 'ESLint and Prettier clean' },
  { name: 'types', run: 'npm run lint:types', summary: () => 'tsc clean' },
  { name: 'generated', run: 'node scripts/generate.mjs --check', summary: lastLine(/Generated files/) },
  { name: 'browser', run: 'npm run test:browser', summary: browsers },
  { name: 'screenshots', run: 'npm run screenshots', summary: lastLine(/\S/) },
  { name: 'hostile', run: 'npm run test:hostile', summary: nodeTest },
  { name: 'ssr', run: 'npm run test:ssr', summary: nodeTest },
  { name: 'handout', run: 'npm run test:handout', summary: nodeTest },
  { name: 'scripts', run: 'npm run test:scripts', summary: nodeTest },
  { name: 'package', run: 'npm run test:package', summary: lastLine(/^package: /) },
  { name: 'readability', run: 'npm run readability', summary: lastLine(/\S/) },
  { name: 'storybook', run: 'npm run test:storybook', summary: lastLine(/\S/) },
];

const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''); // eslint-disable-line no-control-regex

function runSuite({ run }) {
  return new Promise((resolve) => {
    const child = spawn(run, { shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output: stripAnsi(output) }));
  });
}

if (process.argv.includes('--list')) {
  for (const { name, run } of SUITES) console.log(`${name.padEnd(12)} ${run}`);
  process.exit(0);
}
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
if (unknown.length) {
  console.error(`Unknown suite: ${unknown.join(', ')}. Suites: ${SUITES.map((suite) => suite.name).join(', ')}.`);
  process.exit(2);
}
mkdirSync(LOGS, { recursive: true });
const started = Date.now();
for (const suite of SUITES.filter(({ name }) => !wanted.length || wanted.includes(name))) {
  const start = Date.now();
  const { code, output } = await runSuite(suite);
  writeFileSync(`${LOGS}/${suite.name}.log`, output);
  const seconds = `${Math.round((Date.now() - start) / 1000)} s`;
  if (code !== 0) {
    console.log(`\n✗ ${suite.name} failed (exit ${code}, ${seconds}); its output:\n\n${output.trimEnd()}\n`);
    console.log(`✗ ${suite.name} failed. Full log: ${LOGS}/${suite.name}.log`);
    process.exit(1);
  }
  console.log(`✓ ${suite.name.padEnd(12)} ${suite.summary(output)} (${seconds})`);
}
const total = Math.round((Date.now() - started) / 1000);
console.log(`All suites passed in ${Math.floor(total / 60)} min ${total % 60} s.`);
