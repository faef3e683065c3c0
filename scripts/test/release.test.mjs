import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { packageFileProblems, readVersions, releaseProblems } from '../lib/release.mjs';

const versions = { version: '0.2.0', contentVersion: '2.0.0', contentReviewed: '2027-01-10' };
const section = (version, date, body) => `## [${version}]${date ? ` - ${date}` : ''}\n\n${body}\n\n`;
const older = section('0.1.0', '2026-12-03', 'Content 1.0.0, reviewed 2026-11-26.\n\n### Added\n\n- All.');

describe('release rules (docs/versioning.md)', () => {
  it('accepts a dated section that names the content version and says what changed in the content', () => {
    const changelog = `# Changelog\n\n## [Unreleased]\n\n${section('0.2.0', '2027-01-12', 'Content 2.0.0, reviewed 2027-01-10.\n\n### Content\n\n- Old → new.')}${older}`;
    assert.deepEqual(releaseProblems({ changelog, packageVersion: '0.2.0', versions }), []);
  });

  it('names each rule a release breaks', () => {
    const changelog = section('0.2.0', '', 'Content 1.0.0, reviewed 2026-11-26.') + older;
    assert.deepEqual(
      releaseProblems({ changelog, packageVersion: '0.2.0', versions: { ...versions, version: '0.1.0' } }),
      [
        'src/version.ts has VERSION 0.1.0, package.json 0.2.0',
        'CHANGELOG.md: the 0.2.0 section has no date (YYYY-MM-DD)',
        'CHANGELOG.md: the 0.2.0 section must start with "Content 2.0.0, reviewed 2027-01-10." (found "Content 1.0.0, reviewed 2026-11-26.")',
        'CHANGELOG.md: content 1.0.0 -> 2.0.0 needs a "### Content" subsection saying what changed',
      ],
    );
  });

  it('refuses a version the changelog has no section for', () => {
    assert.deepEqual(releaseProblems({ changelog: `## [Unreleased]\n\n${older}`, packageVersion: '0.2.0', versions }), [
      'CHANGELOG.md has no "## [0.2.0] - YYYY-MM-DD" section as its newest release',
    ]);
  });

  it('checks the shipped file list', () => {
    const problems = packageFileProblems(['README.md', 'dist/index.js', 'src/index.ts', 'dist/index.js.map']);
    assert.ok(problems.includes('the package lacks LICENSE'));
    assert.ok(problems.includes('the package should not ship src/index.ts'));
    assert.ok(problems.includes('the package should not ship dist/index.js.map'));
  });

  it('the repository itself is ready to release its package.json version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const problems = releaseProblems({
      changelog: readFileSync('CHANGELOG.md', 'utf8'),
      packageVersion: pkg.version,
      versions: readVersions(readFileSync('src/version.ts', 'utf8')),
    });
    assert.deepEqual(problems, []);
  });
});
