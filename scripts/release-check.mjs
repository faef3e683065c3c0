// `npm run release:check` (CI, and prepublishOnly): the rules of
// docs/versioning.md, then `npm publish --dry-run` on the built package and a
// check of the files it would ship. Needs a build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { packageFileProblems, readVersions, releaseProblems } from './lib/release.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versions = readVersions(readFileSync('src/version.ts', 'utf8'));
const problems = releaseProblems({
  changelog: readFileSync('CHANGELOG.md', 'utf8'),
  packageVersion: pkg.version,
  versions,
});

// --ignore-scripts: prepublishOnly would rebuild; this checks the build just made.
const result = JSON.parse(
  execFileSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
// npm 10 prints the package's entry alone, npm 11 keyed by its name.
const dryRun = result[pkg.name] ?? result;
problems.push(...packageFileProblems(dryRun.files.map((file) => file.path)));

if (problems.length) {
  console.error(`Not ready to release ${pkg.name}@${pkg.version}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Release ${pkg.version} ready: content ${versions.contentVersion}, reviewed ${versions.contentReviewed}; ` +
    `npm publish --dry-run: ${dryRun.files.length} files, ${dryRun.size} bytes packed.`,
);
