import { hadHydrateSupport, previousHydrateSupport } from './hydrate-begin.js';

// See hydrate-begin.ts: give the page its own value back.
const page = globalThis as typeof globalThis & { litElementHydrateSupport?: unknown };
if (hadHydrateSupport) page.litElementHydrateSupport = previousHydrateSupport;
else delete page.litElementHydrateSupport;
