// The benchmark's own static server: the repo root plus in-memory files, with
// gzip like a CDN and `no-store` so no load can reuse an earlier one's files.
// It counts requests and bytes sent, so each load's transfer is known exactly
// (headers included) without trusting the browser's resource timing.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES, fileInRoot, requestPath } from '../scripts/lib/static-server.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);
const GZIP_LEVEL = 9;

/** A response body and, for text, its gzip copy (made once for in-memory files, as CDNs do). */
function encodeBody(path, raw) {
  return { raw, gzip: COMPRESSIBLE.has(extname(path)) ? gzipSync(raw, { level: GZIP_LEVEL }) : undefined };
}

/**
 * Serves `root` on 127.0.0.1, and in-memory files given with addFile(path,
 * content) in its place (the generated pages, the snapshot of the CDN build).
 * Resolves to { url, addFile, takeCounters, close }; takeCounters()
 * returns the requests and bytes since its last call and starts counting anew.
 */
export function startServer(root) {
  const base = resolve(root);
  const added = new Map();
  let counters = { requests: 0, bytes: 0, paths: [] };

  async function lookup(path) {
    if (added.has(path)) return added.get(path);
    const file = path === undefined ? undefined : fileInRoot(base, path);
    if (!file) return undefined;
    // Fails for a missing file and for a directory alike: both are a 404.
    const raw = await readFile(file).catch(() => undefined);
    return raw && encodeBody(file, raw);
  }

  const server = createServer(async (request, response) => {
    const path = requestPath(request.url);
    const tally = counters;
    tally.requests += 1;
    tally.paths.push(path);
    // Chromium does not pipeline HTTP/1.1, so this response is the only one on its socket
    // until it finishes: the socket's byte count over it is its size on the wire.
    const { socket } = request;
    const before = socket.bytesWritten;
    response.on('finish', () => {
      tally.bytes += socket.bytesWritten - before;
    });

    const body = await lookup(path);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('Not found');
      return;
    }
    const gzip = body.gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const payload = gzip ? body.gzip : body.raw;
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': payload.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  });

  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      done({
        url: `http://127.0.0.1:${server.address().port}`,
        addFile(path, content) {
          added.set(path, encodeBody(path, Buffer.from(content)));
        },
        takeCounters() {
          const taken = counters;
          counters = { requests: 0, bytes: 0, paths: [] };
          return taken;
        },
        close: () => {
          server.closeAllConnections();
          return new Promise((closed) => server.close(closed));
        },
      });
    });
  });
}
