import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';

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
 * Serves the CDN build a second time under /test-fixtures/cdn-without-locales/,
 * with every language file answering 404, to test a failed language download.
 */
function cdnWithoutLocales(context, next) {
  const prefix = '/test-fixtures/cdn-without-locales/';
  if (context.path.startsWith(prefix)) {
    if (context.path.includes('/locales/')) {
      context.status = 404;
      return undefined;
    }
    context.path = `/dist/cdn/${context.path.slice(prefix.length)}`;
  }
  return next();
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [cdnWithoutLocales],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), totalsReporter()],
};
