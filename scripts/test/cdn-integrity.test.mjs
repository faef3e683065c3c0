// The release check: integrity.json must describe the CDN files exactly (needs a build).
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { integrityOf, staleIntegrity } from '../cdn-integrity.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('CDN integrity check', () => {
  let dir;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dn-cdn-'));
    cpSync('dist/cdn', dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on the build as made', () => {
    assert.deepEqual(staleIntegrity(dir, pkg), []);
  });

  it('names a language file changed after the hashes were written', () => {
    const { files } = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
    const spanish = Object.keys(files).find((file) => file.startsWith('locales/es.'));
    appendFileSync(join(dir, spanish), '\nwindow.__tampered = 1;');
    assert.deepEqual(staleIntegrity(dir, pkg), [
      `${spanish}: hash does not match the file`,
      'embed.html: does not pin the files as they are',
    ]);
  });

  it('names an embed.html that pins old hashes, even with integrity.json rewritten since', () => {
    const { files } = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
    const spanish = Object.keys(files).find((file) => file.startsWith('locales/es.'));
    appendFileSync(join(dir, spanish), '\n// a fix');
    writeFileSync(join(dir, 'integrity.json'), JSON.stringify(integrityOf(dir, pkg)));
    assert.deepEqual(staleIntegrity(dir, pkg), ['embed.html: does not pin the files as they are']);
  });

  it('names a file missing from the list, one listed but gone, and another version', () => {
    writeFileSync(join(dir, 'extra.js'), 'export {};');
    rmSync(join(dir, 'dry-needling-widgets.hydrate.min.js'));
    assert.deepEqual(staleIntegrity(dir, { ...pkg, version: '9.9.9' }), [
      `version: "${pkg.version}", not "9.9.9"`,
      'extra.js: not listed',
      'dry-needling-widgets.hydrate.min.js: listed, but there is no such file',
      // Not compared to embed.html, whose import map would have to pin the missing file.
    ]);
  });
});
