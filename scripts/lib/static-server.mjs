// A minimal static file server on localhost for the browser scripts.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by file extension. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The decoded path of a request URL, or undefined when it holds a malformed escape. */
export function requestPath(url) {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/**
 * The file a decoded URL path names inside `base` (an absolute, resolved
 * folder), or undefined when the path leads outside it. Inside means the root
 * itself or below `root/`: `root-private/` only starts the same.
 */
export function fileInRoot(base, path) {
  const file = normalize(join(base, path));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

/**
 * Serves `root` on a free localhost port; resolves to { url, close }.
 * `pages` (optional) maps a path to `{ body, headers }` served instead of a
 * file, e.g. a test page with its own Content-Security-Policy header.
 */
export function serveStatic(root, { pages = new Map() } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = requestPath(request.url);
    if (path === undefined) {
      response.writeHead(400).end('Bad request');
      return;
    }
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'], ...page.headers });
      response.end(page.body);
      return;
    }
    let file = fileInRoot(base, path);
    if (!file) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
