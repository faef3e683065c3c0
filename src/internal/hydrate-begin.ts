/**
 * Start of `hydrate.ts`, which installs Lit's hydration support before our
 * LitElement is defined. Elements already in the page upgrade while the
 * elements are being defined, so the flag telling `DnElement` that Lit will
 * hydrate must be set before then: here.
 *
 * The support works through one page-wide global, read by every LitElement
 * class defined after it is set, including a host app's own Lit copy, which
 * would then render with our copy of lit-html. This module remembers the
 * page's value; `hydrate-end.ts` puts it back once our LitElement exists.
 */
import { markLitHydration } from './hydration.js';

type HydrateGlobal = typeof globalThis & { litElementHydrateSupport?: unknown };

export const previousHydrateSupport = (globalThis as HydrateGlobal).litElementHydrateSupport;
export const hadHydrateSupport = 'litElementHydrateSupport' in globalThis;

markLitHydration();
