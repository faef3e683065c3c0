/** The library version; a test keeps it equal to package.json. */
export const VERSION = '0.1.0';

/**
 * Version of the medical content, apart from the code (docs/versioning.md):
 * major when the medical meaning of any text changes, minor for new text,
 * patch for wording that keeps the meaning. The CHANGELOG section of every
 * release names it (checked by scripts/release-check.mjs).
 */
export const CONTENT_VERSION = '1.0.0';

/** The date the medical content was last checked against its sources (ISO 8601). */
export const CONTENT_REVIEWED = '2026-11-26';
