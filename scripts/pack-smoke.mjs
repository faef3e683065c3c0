// `npm run test:package`: the package as a user gets it. Packs it, installs the
// tarball into a fresh project, and checks it the ways people use it:
// - Node import of every export (module scope touches no DOM);
// - the command line renders a snippet, and the prerendered snippets are there;
// - a TypeScript consumer type-checks (tags, properties, React wrappers);
// - publint and "Are the Types Wrong?" report no errors;
// - bundling one element with rollup keeps only that element (and proves the
//   `sideEffects` list keeps its registration);
// - in Chromium: the CDN file pinned with its integrity hash renders every
//   element, a tampered hash blocks it, and the one-element bundle registers
//   only its element.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { launchChromium } from './lib/browser.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { TAGS } from './lib/tags.mjs';

const ROOT = resolve('.');
const BIN = join(ROOT, 'node_modules', '.bin');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

let passed = 0;
let failed = 0;
async function check(name, run) {
  try {
    const detail = await run();
    passed++;
    console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failed++;
    console.log(
      `FAIL ${name}\n     ${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`.trimEnd(),
    );
  }
}
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

const work = mkdtempSync(join(tmpdir(), 'dn-pack-'));
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
  const tarball = join(work, packed.filename);
  console.log(
    `Packed ${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.files.length} files`,
  );

  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      tarball,
      `react@${readVersion('react')}`,
      `@types/react@${readVersion('@types/react')}`,
    ],
    app,
  );
  const installed = join(app, 'node_modules', pkg.name);

  await check('every export imports in Node without a DOM', () => {
    // The element patterns (`./dn-*.js`, `./dn-*.class.js`) for every element; other patterns are data files.
    const specifiers = Object.keys(pkg.exports)
      .filter((key) => !key.endsWith('.json'))
      .flatMap((key) => (key.startsWith('./dn-*') ? TAGS.map((tag) => key.replace('dn-*', tag)) : [key]))
      .filter((key) => !key.includes('*'))
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
    const script = `for (const s of ${JSON.stringify(specifiers)}) await import(s); console.log('ok');`;
    run('node', ['--input-type=module', '-e', script], app);
    return `${specifiers.length} specifiers`;
  });

  await check('a TypeScript consumer type-checks', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { DnGuide, type TranslationStatus } from '${pkg.name}';
import '${pkg.name}/dn-safety-notice.js';
import { DnSideEffects as SideEffectsClass } from '${pkg.name}/dn-side-effects.class.js';
customElements.define('clinic-side-effects', SideEffectsClass);
import { DnSideEffects } from '${pkg.name}/react';
const guide = document.createElement('dn-guide');
const typed: DnGuide = guide;
typed.toc = true;
typed.headingLevel = 3;
typed.lastReviewed = '2026-01-01';
const status: TranslationStatus = typed.translationStatus;
guide.addEventListener('dn-locale-error', (event) => console.log(event.detail.locale, status.review));
guide.addEventListener('dn-toggle', (event) => console.log(event.detail.open));
const notice = document.querySelector('dn-safety-notice');
notice?.focusHeading();
export const wrapper = DnSideEffects;
`,
    );
    for (const moduleResolution of ['bundler', 'node16']) {
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: moduleResolution === 'node16' ? 'node16' : 'ESNext',
            moduleResolution,
            lib: ['ES2022', 'DOM'],
            strict: true,
            noEmit: true,
            allowSyntheticDefaultImports: true,
            skipLibCheck: false,
          },
          files: ['consumer.ts'],
        }),
      );
      run(join(BIN, 'tsc'), ['-p', 'tsconfig.json'], app);
    }
    return 'moduleResolution bundler and node16';
  });

  await check('publint finds no problem', () => {
    const out = run(join(BIN, 'publint'), ['run', installed, '--level', 'warning', '--strict']);
    return out.trim().split('\n').pop();
  });

  await check('Are the Types Wrong? finds no problem (ESM-only package)', () => {
    run(join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']);
  });

  await check('npx dry-needling-widgets render prints a snippet; every prerendered snippet is in the package', () => {
    const html = run('npx', ['--no-install', pkg.name, 'render', 'dn-session', '--lang', 'es'], app);
    if (
      !html.startsWith('<dn-session lang="es"') ||
      !html.includes('shadowrootmode="open"') ||
      !html.includes('sesión')
    ) {
      throw new Error(`unexpected output: ${html.slice(0, 120)}`);
    }
    const { files } = JSON.parse(readFileSync(join(installed, 'dist/ssr/index.json'), 'utf8'));
    const missing = files.filter((file) => !existsSync(join(installed, 'dist/ssr', file)));
    const expected =
      TAGS.length * JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales.length + TAGS.length;
    if (files.length !== expected || missing.length)
      throw new Error(`${files.length} listed (expected ${expected}), missing: ${missing.join(', ') || 'none'}`);
    return `${files.length} snippets`;
  });

  await check('bundling one element keeps only that element', async () => {
    writeFileSync(join(app, 'one.js'), `import '${pkg.name}/dn-safety-notice.js';\n`);
    const bundle = await rollup({
      input: join(app, 'one.js'),
      plugins: [nodeResolve({ rootDir: app, exportConditions: ['browser', 'production'] }), terser()],
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
    const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
    writeFileSync(join(app, 'one.bundle.js'), entry.code);
    if (!entry.code.includes('"dn-safety-notice"')) throw new Error('dn-safety-notice registration was dropped');
    const others = TAGS.filter((tag) => tag !== 'dn-safety-notice' && entry.code.includes(`"${tag}"`));
    if (others.length) throw new Error(`bundle also contains ${others.join(', ')}`);
    return `${gzipSync(entry.code, { level: 9 }).length} bytes min+gzip`;
  });

  const integrity = JSON.parse(readFileSync(join(installed, 'dist/cdn/integrity.json'), 'utf8'));
  const cdnPath = `/node_modules/${pkg.name}/dist/cdn/${integrity.entry}`;
  const page = (hash, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">` +
    `<script type="module" src="${cdnPath}" integrity="${hash}" crossorigin="anonymous"></script></head><body>${body}</body></html>`;
  const allTags = TAGS.map((tag) => `<${tag}></${tag}>`).join('');
  writeFileSync(join(app, 'cdn.html'), page(integrity.files[integrity.entry].integrity, allTags));
  writeFileSync(join(app, 'tampered.html'), page(`sha384-${Buffer.alloc(48).toString('base64')}`, allTags));
  writeFileSync(
    join(app, 'one.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="one.bundle.js"></script></head><body><dn-safety-notice></dn-safety-notice></body></html>`,
  );

  const server = await serveStatic(app);
  const browser = await launchChromium();
  const open = async (path) => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.url}/${path}`);
    await tab.waitForTimeout(300);
    return { tab, errors };
  };
  const shadowTextLengths = (tab) =>
    tab.evaluate(
      (tags) => tags.map((tag) => document.querySelector(tag)?.shadowRoot?.textContent.trim().length ?? 0),
      TAGS,
    );
  try {
    await check('the CDN file, pinned by its integrity hash, renders every element', async () => {
      const { tab, errors } = await open('cdn.html');
      const lengths = await shadowTextLengths(tab);
      const empty = TAGS.filter((_, i) => lengths[i] < 100);
      if (empty.length || errors.length) throw new Error(`no text in ${empty.join(', ')} ${errors.join('; ')}`);
      return `${integrity.files[integrity.entry].integrity.slice(0, 20)}…`;
    });
    await check('a tampered integrity hash blocks the CDN file', async () => {
      const { tab } = await open('tampered.html');
      const defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
      if (defined.length) throw new Error(`defined anyway: ${defined.join(', ')}`);
    });
    await check('the one-element bundle registers only dn-safety-notice and renders it', async () => {
      const { tab, errors } = await open('one.html');
      const defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
      const [, , , , , , noticeText] = await shadowTextLengths(tab);
      if (defined.join() !== 'dn-safety-notice' || noticeText < 100 || errors.length) {
        throw new Error(`defined: ${defined.join(', ')}; text length ${noticeText}; ${errors.join('; ')}`);
      }
    });
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function readVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

console.log(`\npackage: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
