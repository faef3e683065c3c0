// Launches the system Chromium through playwright-core (no downloaded browser).
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}
