// Prints the patient leaflet (handout/index.html) to PDF in the system
// Chromium, from the built files only. Shared by `npm run handout` and its test.
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The leaflet's query string; the page reads every value as text. */
function handoutQuery({ lang, clinicName, phone, emergencyNumber, paper }) {
  const query = new URLSearchParams({ lang, paper });
  if (clinicName) query.set('clinic-name', clinicName);
  if (phone) query.set('phone', phone);
  if (emergencyNumber) query.set('emergency-number', emergencyNumber);
  return query;
}

/**
 * Starts a local server for the repository and one Chromium; `print(options)`
 * resolves to `{ pdf, warnings, blocked }`: the PDF's bytes, what the page
 * logged, and the URLs it asked for elsewhere (refused). Call `close()` when done.
 */
export async function startPrinter() {
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();

  async function print(options) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    const errors = [];
    const blocked = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    // The page's CSP already refuses other origins; this also keeps Chromium itself offline.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.url}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    try {
      await page.goto(`${server.url}/handout/?${handoutQuery(options)}`);
      const ready = await page
        .waitForFunction(() => document.documentElement.dataset.ready ?? document.documentElement.dataset.error, null, {
          timeout: 30_000,
        })
        .then((handle) => handle.jsonValue())
        .catch(() => `the page did not get ready (${errors.join('; ') || 'no error reported'})`);
      if (ready !== 'true') throw new Error(`Cannot print the handout: ${ready}.`);
      if (errors.length) throw new Error(`Cannot print the handout: ${errors.join('; ')}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true });
      return { pdf, warnings, blocked };
    } finally {
      await context.close();
    }
  }

  return {
    print,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
