// `npm run test:package`: the package as a user gets it. Packs it, installs the
// tarball into a fresh project, and checks it the ways people use it:
// - Node import of every export (module scope touches no DOM);
// - the command line renders a snippet, and the prerendered snippets are there;
// - a browser-only install stays lean: no server renderer, and the server
//   entry says what to install;
// - a TypeScript consumer type-checks (tags, properties, React wrappers), and
//   so do React, Preact, Solid and Vue consumers of the generated framework
//   types (test/consumers/), whose wrong attribute values must fail;
// - the editor data (VS Code, JetBrains) lists attribute values, custom
//   properties and parts;
// - publint and "Are the Types Wrong?" report no errors;
// - bundling one element with rollup keeps only that element (and proves the
//   `sideEffects` list keeps its registration);
// - in Chromium: the CDN file pinned with its integrity hash renders every
//   element, a tampered hash blocks it, and the one-element bundle registers
//   only its element.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { launchChromium } from './lib/browser.mjs';
import { loadsForEnglishRender } from './lib/chunks.mjs';
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

  const newProject = (name) => {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
    return dir;
  };
  const install = (dir, ...packages) =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...packages], dir);

  await check('a browser-only install is lean, and the server entry says what it needs', () => {
    const lean = newProject('lean');
    install(lean);
    const installedPackages = run('npm', ['ls', '--all', '--parseable'], lean).trim().split('\n').length - 1;
    if (existsSync(join(lean, 'node_modules/@lit-labs/ssr'))) throw new Error('@lit-labs/ssr was installed');
    const script = `import('${pkg.name}/server').then(() => console.log('loaded'), (error) => console.log(error.message))`;
    const message = run('node', ['--input-type=module', '-e', script], lean);
    if (!message.includes('npm install @lit-labs/ssr')) throw new Error(`server entry said: ${message.trim()}`);
    return `${installedPackages} packages installed`;
  });

  const app = newProject('app');
  install(
    app,
    ...['react', '@types/react', 'preact', 'solid-js', 'vue', '@lit-labs/ssr'].map(
      (name) => `${name}@${readVersion(name)}`,
    ),
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
// @ts-expect-error 7 is not a heading level.
typed.headingLevel = 7;
// @ts-expect-error 'purple' is not a theme.
typed.theme = 'purple';
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

  // Each consumer uses every kind of attribute right once and holds
  // `@ts-expect-error` (Vue: `@vue-expect-error`) lines for wrong values,
  // misspelled attributes and wrong event details: a type the generator got
  // too loose leaves a directive unused, which fails the compile too.
  cpSync(join(ROOT, 'test/consumers'), join(app, 'consumers'), { recursive: true });
  const compilerOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
  };
  const frameworks = [
    // One TSX file for both: only the types each loads differ (the file the loop writes for `types`).
    { name: 'React 19 TSX', files: ['consumers/react-jsx.tsx'], types: 'react', options: { jsx: 'react-jsx' } },
    {
      name: 'Preact TSX',
      files: ['consumers/react-jsx.tsx'],
      types: 'preact',
      options: { jsx: 'react-jsx', jsxImportSource: 'preact' },
    },
    { name: 'Solid TSX', files: ['consumers/solid.tsx'], options: { jsx: 'preserve', jsxImportSource: 'solid-js' } },
    {
      name: 'Vue 3 (vue-tsc)',
      files: ['consumers/vue/App.vue'],
      options: { jsx: 'preserve' },
      vue: { checkUnknownProps: true },
      compiler: 'vue-tsc',
    },
  ];
  for (const { name, files, types, options, vue, compiler = 'tsc' } of frameworks) {
    await check(`${name}: right values type-check, wrong ones fail`, () => {
      const config = join(app, `tsconfig.${compiler}-${types ?? files[0].replace(/\W/g, '-')}.json`);
      const typesFile = `consumers/types-${types}.ts`;
      if (types) writeFileSync(join(app, typesFile), `import type {} from '${pkg.name}/types/${types}';\n`);
      writeFileSync(
        config,
        JSON.stringify({
          compilerOptions: { ...compilerOptions, ...options },
          ...(vue ? { include: files, vueCompilerOptions: vue } : { files: types ? [...files, typesFile] : files }),
        }),
      );
      run(join(BIN, compiler), ['-p', config], app);
      const expected = readFileSync(join(ROOT, 'test', files[0]), 'utf8').match(/@(ts|vue)-expect-error/g).length;
      return `${expected} wrong uses rejected`;
    });
  }

  await check('editor data lists attribute values, custom properties and parts', () => {
    const html = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
    const css = JSON.parse(readFileSync(join(installed, 'dist/vscode.css-custom-data.json'), 'utf8'));
    const webTypes = JSON.parse(
      readFileSync(join(installed, JSON.parse(readFileSync(join(installed, 'package.json')))['web-types']), 'utf8'),
    );
    const guide = html.tags.find((tag) => tag.name === 'dn-guide');
    const values = (name) => guide.attributes.find((attribute) => attribute.name === name)?.values?.map((v) => v.name);
    const problems = [];
    if (html.tags.length !== TAGS.length) problems.push(`${html.tags.length} VS Code tags`);
    if (values('theme')?.join() !== 'light,dark,auto') problems.push(`theme values ${values('theme')}`);
    if (values('heading-level')?.join() !== '2,3,4,5,6')
      problems.push(`heading-level values ${values('heading-level')}`);
    if (!css.properties?.some((property) => property.name === '--dn-color-accent'))
      problems.push('no --dn-color-accent');
    if (!css.pseudoElements?.some((part) => part.name === '::part(heading)')) problems.push('no ::part(heading)');
    const webGuide = webTypes.contributions.html.elements.find((element) => element.name === 'dn-guide');
    if (!webGuide?.attributes.some((attribute) => attribute.name === 'variant')) problems.push('no web-types variant');
    if (problems.length) throw new Error(problems.join('; '));
    return `${html.tags.length} tags, ${css.properties.length} custom properties, ${css.pseudoElements.length} parts`;
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
    const { output } = await bundle.generate({
      format: 'es',
      entryFileNames: 'one.bundle.js',
      chunkFileNames: 'one-[name]-[hash].js',
    });
    // The entry and the chunks it loads rendering in English (not one per language, nor the snippet takeover).
    for (const chunk of output) writeFileSync(join(app, chunk.fileName), chunk.code);
    const code = output.filter((chunk) => loadsForEnglishRender(chunk.facadeModuleId)).map((chunk) => chunk.code);
    if (!code[0].includes('"dn-safety-notice"')) throw new Error('dn-safety-notice registration was dropped');
    const others = TAGS.filter((tag) => tag !== 'dn-safety-notice' && code.some((text) => text.includes(`"${tag}"`)));
    if (others.length) throw new Error(`bundle also contains ${others.join(', ')}`);
    const bytes = code.reduce((total, text) => total + gzipSync(text, { level: 9 }).length, 0);
    return `${bytes} bytes min+gzip in ${code.length} files, its text included`;
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
