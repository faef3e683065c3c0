/**
 * Start of `hydrate.ts`: elements already in the page upgrade while they are
 * being defined, so the definitions must be deferred before then: here. The
 * wait lives in its own module, which the CDN entry (`index.ts`) does not
 * import, so that the CDN's hydration file can wait with it before it loads
 * that entry (see hydrate-after-paint.ts).
 */
import { afterFirstPaint } from './first-paint.js';
import { deferDefinitions } from './hydration.js';

// Server rendering in Node.js imports this too: no frames there, nothing to wait for.
if (typeof requestAnimationFrame === 'function') deferDefinitions(afterFirstPaint());
