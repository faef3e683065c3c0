// The release rules of docs/versioning.md that a script can check.

/** `VERSION`, `CONTENT_VERSION` and `CONTENT_REVIEWED` as written in src/version.ts. */
export function readVersions(source) {
  const read = (name) => new RegExp(`export const ${name} = '([^']+)'`).exec(source)?.[1];
  return {
    version: read('VERSION'),
    contentVersion: read('CONTENT_VERSION'),
    contentReviewed: read('CONTENT_REVIEWED'),
  };
}

/** The changelog's release sections, newest first: `{ version, date, body }`. */
export function releaseSections(changelog) {
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\S+))?[^\n]*$/gm)];
  return headings
    .map((match, index) => ({
      version: match[1],
      date: match[2],
      body: changelog.slice(match.index + match[0].length, headings[index + 1]?.index ?? changelog.length),
    }))
    .filter((section) => section.version !== 'Unreleased');
}

/** What stops `packageVersion` from being released; empty when nothing does. */
export function releaseProblems({ changelog, packageVersion, versions }) {
  const problems = [];
  if (versions.version !== packageVersion) {
    problems.push(`src/version.ts has VERSION ${versions.version}, package.json ${packageVersion}`);
  }
  const [release, previous] = releaseSections(changelog);
  if (!release || release.version !== packageVersion) {
    problems.push(`CHANGELOG.md has no "## [${packageVersion}] - YYYY-MM-DD" section as its newest release`);
    return problems;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(release.date ?? '')) {
    problems.push(`CHANGELOG.md: the ${packageVersion} section has no date (YYYY-MM-DD)`);
  }
  const contentLine = `Content ${versions.contentVersion}, reviewed ${versions.contentReviewed}.`;
  const firstLine = release.body.trim().split('\n')[0];
  if (firstLine !== contentLine) {
    problems.push(
      `CHANGELOG.md: the ${packageVersion} section must start with "${contentLine}" (found "${firstLine}")`,
    );
  }
  const previousContent = previous && /^Content (\S+),/.exec(previous.body.trim())?.[1];
  if (previousContent && previousContent !== versions.contentVersion && !/^### Content$/m.test(release.body)) {
    problems.push(
      `CHANGELOG.md: content ${previousContent} -> ${versions.contentVersion} needs a "### Content" subsection saying what changed`,
    );
  }
  return problems;
}

/** Files a published package must hold, and paths it must not. */
export function packageFileProblems(files) {
  const required = [
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/custom-elements.json',
    'dist/web-types.json',
    'dist/types/react.d.ts',
    'dist/cdn/integrity.json',
    'dist/cdn/embed.html',
    'dist/ssr/index.json',
  ];
  const missing = required.filter((file) => !files.includes(file));
  const unwanted = files.filter((file) => /^(src|test|scripts|stories|locales)\/|\.map$|\.tsbuildinfo$/.test(file));
  return [
    ...missing.map((file) => `the package lacks ${file}`),
    ...unwanted.slice(0, 5).map((file) => `the package should not ship ${file}`),
  ];
}
