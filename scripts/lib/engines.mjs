// The three browser engines the tests run in, all from the system's packages
// (no tool downloads a browser): Chromium, Firefox (over WebDriver BiDi) and
// WebKitGTK, Safari's engine (over WebDriver, under a virtual X display).
// Used by the test runner and the screenshot script.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';

const ENGINES = ['chromium', 'firefox', 'webkit'];

const INSTALL = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver xvfb',
};

/** The engines to test: all three, or the comma-separated list in DN_ENGINES. */
export function selectedEngines() {
  const raw = process.env.DN_ENGINES;
  if (!raw) return ENGINES;
  const list = raw
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((name) => !ENGINES.includes(name));
  if (unknown.length > 0 || list.length === 0) {
    fail('tests', `DN_ENGINES="${raw}" names no known engine. Use a comma-separated list of ${ENGINES.join(', ')}.`);
  }
  return list;
}

function fail(engine, problem) {
  const install = INSTALL[engine] ? `Install it (Debian/Ubuntu: sudo apt-get install ${INSTALL[engine]}), ` : '';
  console.error(
    `\n${problem}\n${install}or run fewer engines, e.g. DN_ENGINES=chromium npm run test:browser\n` +
      `(CI installs and runs all three: .ci/run).\n`,
  );
  process.exit(1);
}

// Hand-written on purpose: chrome-launcher finds only Chrome, and puppeteer's
// finder only browsers it downloaded; Debian's firefox-esr and WebKitGTK sit at
// these package paths (or wherever the environment variable points).
function findExecutable(engine, variable, candidates) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(engine, `${variable} is set to "${fromEnv}", but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  fail(engine, `No ${engine} found (looked in ${candidates.join(', ')}; set ${variable} to point elsewhere).`);
}

export function firefoxPath() {
  return findExecutable('firefox', 'FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

function webkitDriverPath() {
  return findExecutable('webkit', 'WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']);
}

/** WebKitGTK's MiniBrowser, which WebKitWebDriver starts in automation mode. */
function miniBrowserPath() {
  const candidates = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib)) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        candidates.push(`${lib}/${dir}/${api}/MiniBrowser`, `${lib}/${api}/MiniBrowser`);
      }
    }
  }
  return findExecutable('webkit', 'WEBKIT_BROWSER_PATH', [...new Set(candidates)]);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, name) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not listen on port ${port} within 10 s`);
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves to ":N". */
function startXvfb(screen) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${screen}x24`, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.once('error', () => fail('webkit', 'WebKitGTK needs an X display, and Xvfb could not be started.'));
    let output = '';
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({ display: `:${output.trim()}`, process: xvfb });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
}

/**
 * Starts WebKitWebDriver on a free port, under its own Xvfb when there is no
 * DISPLAY (WebKitGTK has no headless mode). `screen` is the virtual screen's
 * size (a window cannot grow past it). `stop()` ends both.
 */
export async function startWebKitDriver({ screen = '1280x1024' } = {}) {
  const driverPath = webkitDriverPath();
  let xvfb;
  let display = process.env.DISPLAY;
  if (!display) {
    xvfb = await startXvfb(screen);
    display = xvfb.display;
  }
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  await waitForPort(port, driver, 'WebKitWebDriver');
  return {
    port,
    capabilities: {
      'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
    },
    stop() {
      driver.kill();
      xvfb?.process.kill();
    },
  };
}

/**
 * A WebDriver session in WebKitGTK (puppeteer does not drive it), on a driver
 * from startWebKitDriver(). `call(method, path, body)` sends a command to the
 * session (`path` after /session/<id>); `run(fn, ...args)` runs the async
 * function `fn` in the page and resolves to its value; `close()` ends the
 * session and the driver.
 */
export async function openWebKitSession(driver) {
  const base = `http://127.0.0.1:${driver.port}`;
  const send = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  let sessionId;
  try {
    ({ sessionId } = await send('POST', '/session', { capabilities: { alwaysMatch: driver.capabilities } }));
  } catch (error) {
    driver.stop();
    throw error;
  }
  const call = (method, path, body) => send(method, `/session/${sessionId}${path}`, body);
  const run = (fn, ...args) =>
    call('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1]; (${fn}).apply(null, [...arguments].slice(0, -1)).then(done, (e) => done({ error: String(e) }));`,
      args,
    });
  return {
    call,
    run,
    async close() {
      await call('DELETE', '').catch(() => {});
      driver.stop();
    },
  };
}
