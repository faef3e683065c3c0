import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { pinnedScripts } from './scripts/lib/embed-snippet.mjs';
import { firefoxPath, selectedEngines, startWebKitDriver } from './scripts/lib/engines.mjs';

/** Ends the run with a plain "N passed, N failed" line that CI logs can read. */
function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A test file that failed to load has no results but must still count as a failure.
        else if (!session.passed) failed++;
      }
      console.log(`\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    },
  };
}

/**
 * React ships CommonJS only, which the dev server cannot serve as ES modules.
 * Bundle it once with esbuild (as an app's bundler would) and point the bare
 * imports of the React wrapper test at that bundle.
 */
function reactAsModules() {
  const modules = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
  let bundle;
  return {
    name: 'react-as-modules',
    resolveImport({ source }) {
      return source in modules ? `/__react__/${source}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith('/__react__/')) return undefined;
      if (context.path === '/__react__/bundle.js') {
        bundle ??= build({
          stdin: {
            contents: Object.entries(modules)
              .map(([source, name]) => `export { default as ${name} } from '${source}';`)
              .join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"production"' },
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const source = context.path.slice('/__react__/'.length, -'.js'.length);
      return {
        body: `import { ${modules[source]} } from '/__react__/bundle.js'; export default ${modules[source]};`,
        type: 'js',
      };
    },
  };
}

/**
 * `executeServerCommand('emulate-media-features', { media, features })` from a test:
 * emulates CSS media (e.g. `print`) and features (`forced-colors`,
 * `prefers-color-scheme`, `prefers-reduced-motion`) through the DevTools
 * protocol. The built-in emulateMedia command cannot emulate forced colors
 * in Chrome. Each call replaces the previous emulation; `{}` resets it.
 */
function emulateMediaCommand() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // Kept open per page: emulation ends with the DevTools session that set it.
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions
        .get(page)
        .send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('dom-counters')` from a test: forces a full garbage
 * collection, then returns Chromium's live DOM counters for the page's renderer
 * (`{ documents, nodes, jsEventListeners }`), to find leaked nodes and listeners.
 */
function domCountersCommand() {
  const sessions = new WeakMap();
  return {
    name: 'dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { documents, nodes, jsEventListeners };
    },
  };
}

/**
 * `/test-fixtures/embed.html?base=&file=` answers the README's embed markup.
 * Serves the CDN build (dist/cdn/) again, byte for byte (the dev server's own
 * transforms would change the bytes its integrity hashes cover), under:
 * - /test-fixtures/cdn/: unchanged;
 * - /test-fixtures/cdn-without-locales/: every language file answers 404;
 * - /test-fixtures/cdn-tampered/: every language file changed, as an attacker
 *   on the CDN would: it first sets `window.__tampered`;
 * - /test-fixtures/cdn-tampered-text/: the same for the section text chunks;
 * - /test-fixtures/cdn-tampered-core/: the same for the core chunk;
 * - /test-fixtures/cdn-recorded/: unchanged, but for a recorder at the top of
 *   embed.html (see EMBED_RECORDER).
 */
/**
 * Put before embed.html's Content-Security-Policy, which governs only what
 * follows it: records CSP violations, errors and console warnings from the
 * page's first script on, in `window.__log` (as test/lib/frames.ts does).
 */
const EMBED_RECORDER = `<script>
  window.__log = [];
  addEventListener('securitypolicyviolation', (event) => __log.push('csp: ' + event.effectiveDirective + ' ' + event.blockedURI));
  addEventListener('error', (event) => __log.push('error: ' + event.message));
  addEventListener('unhandledrejection', (event) => __log.push('rejection: ' + event.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { __log.push(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
</script>
`;

function cdnFixtures(context, next) {
  // The README's embed (import map and script tag) for ?base= and ?file=, as the README generates it.
  if (context.path === '/test-fixtures/embed.html') {
    const { base, file } = context.query;
    const { files } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    if (!files[file]) {
      context.status = 404;
      return undefined;
    }
    context.type = 'text/html';
    context.body = pinnedScripts(base, file);
    return undefined;
  }
  const match =
    /^\/test-fixtures\/(cdn|cdn-without-locales|cdn-tampered|cdn-tampered-text|cdn-tampered-core|cdn-recorded)\/([\w.-]+(?:\/[\w.-]+)?)$/.exec(
      context.path,
    );
  if (!match) return next();
  const [, variant, file] = match;
  const language = file.startsWith('locales/');
  if (variant === 'cdn-without-locales' && language) {
    context.status = 404;
    return undefined;
  }
  const path = `dist/cdn/${file}`;
  if (!existsSync(path)) {
    context.status = 404;
    return undefined;
  }
  let body = readFileSync(path);
  const core = /^chunks\/core-/.test(file);
  const text = file.startsWith('chunks/') && !core;
  if (
    (variant === 'cdn-tampered' && language) ||
    (variant === 'cdn-tampered-text' && text) ||
    (variant === 'cdn-tampered-core' && core)
  ) {
    body = Buffer.concat([Buffer.from('window.__tampered = (window.__tampered ?? 0) + 1;\n'), body]);
  }
  if (variant === 'cdn-recorded' && file === 'embed.html') {
    body = Buffer.from(
      body.toString('utf8').replace('<meta http-equiv="Content-Security-Policy"', (meta) => EMBED_RECORDER + meta),
    );
  }
  context.type = { json: 'application/json', html: 'text/html' }[file.split('.').pop()] ?? 'text/javascript';
  context.body = body;
  return undefined;
}

/**
 * WebKitGTK through WebKitWebDriver, which it starts (under Xvfb) for the run.
 * The driver allows one session at a time, so test files run one after
 * another in a single window.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', capabilities: {}, logLevel: 'error' });
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
    this.options.capabilities = this.driverProcess.capabilities;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.stop();
  }
}

const LAUNCHERS = {
  // Each test page in a window of its own: two pages run at once, and a page in a background
  // tab is hidden, so it gets no rendering steps (ResizeObserver, animation frames).
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  // puppeteer-core drives Firefox over WebDriver BiDi; passing it in makes the
  // launcher use it as given instead of looking for Chrome. One page at a time:
  // with two, key presses sometimes reach the other window, and a background
  // tab gets no animation frames.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
      concurrency: 1,
    }),
  webkit: () => new WebKitLauncher(),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [cdnFixtures],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    reactAsModules(),
    emulateMediaCommand(),
    domCountersCommand(),
  ],
  browsers: selectedEngines().map((engine) => LAUNCHERS[engine]()),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // A test file's whole run; the default (2 minutes) cut files off on a busy 2-core machine
  // (the guide's files in every language). Single tests keep the 10 s limit above.
  testsFinishTimeout: 300000,
  // Lit's dev-mode notice comes once per test file and engine (69 lines); tests read the console themselves.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), totalsReporter()],
};
