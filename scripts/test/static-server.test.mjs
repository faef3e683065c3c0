// The static file servers of the scripts and tests, and of the benchmark (which
// shares the path checks): each serves its root folder and nothing outside
// it, however the path is encoded, and survives a malformed one.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '../../bench/server.mjs';
import { serveStatic } from '../lib/static-server.mjs';

/** GET `path` exactly as written (no normalisation by a client library). */
function get(url, path) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    })
      .on('error', reject)
      .end();
  });
}

const SERVERS = {
  'scripts/lib/static-server.mjs': serveStatic,
  'bench/server.mjs': startServer,
};

for (const [name, start] of Object.entries(SERVERS))
  describe(`static file server: ${name}`, () => {
    let folder;
    let server;

    before(async () => {
      // site/ is served; site-private/ sits beside it, with a name that starts the same.
      folder = mkdtempSync(join(tmpdir(), 'dn-static-'));
      mkdirSync(join(folder, 'site'));
      mkdirSync(join(folder, 'site-private'));
      writeFileSync(join(folder, 'site', 'index.html'), 'public page');
      writeFileSync(join(folder, 'site-private', 'secret.txt'), 'secret');
      writeFileSync(join(folder, 'outside.txt'), 'outside');
      server = await start(join(folder, 'site'));
    });

    after(async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('serves files in its root', async () => {
      assert.deepEqual(await get(server.url, '/index.html'), { status: 200, body: 'public page' });
    });

    for (const path of [
      '/..%2Fsite-private%2Fsecret.txt',
      '/..%2fsite-private%2fsecret.txt',
      '/%2E%2E%2Fsite-private%2Fsecret.txt',
      '/../site-private/secret.txt',
      '/..%5Csite-private%5Csecret.txt',
      '/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      '/..%2Foutside.txt',
      '/%2e%2e/outside.txt',
    ]) {
      it(`refuses ${path}`, async () => {
        const { status, body } = await get(server.url, path);
        assert.ok([403, 404].includes(status), `status ${status}`);
        assert.doesNotMatch(body, /secret|outside|root:/);
      });
    }

    it('answers a malformed escape with an error status, not a crash', async () => {
      assert.ok([400, 404].includes((await get(server.url, '/%E0%A4%A')).status));
      assert.equal((await get(server.url, '/index.html')).status, 200);
    });
  });
