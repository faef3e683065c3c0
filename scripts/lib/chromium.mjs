// Finds Chrome or Chromium and the flags it needs here. Shared by the test
// runner and the browser scripts (readability, Storybook check, screenshots).
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';

export function chromiumPath() {
  // chrome-launcher skips a CHROME_PATH that points nowhere and falls back to
  // another browser; a typo there deserves an error instead.
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  // Linux (PATH and .desktop files), macOS (app bundles) and Windows (Program Files, registry paths).
  const found = Launcher.getFirstInstallation();
  if (found) return found;
  fail('No Chrome or Chromium found.');
}

function fail(problem) {
  console.error(
    `\n${problem}\nThe tests run in a real headless Chromium. Install one (Debian/Ubuntu: sudo apt-get install chromium)\n` +
      `or point CHROME_PATH at an installed Chrome/Chromium binary, e.g. CHROME_PATH=/path/to/chrome npm test\n`,
  );
  process.exit(1);
}

// --no-sandbox: Chromium refuses to start as root (CI and containers) without it.
// The rest keeps Chromium from calling home, which fails on closed networks.
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
