import { VERSION } from '../version.js';
import { definitionsReady } from './hydration.js';
import { POLICY_NAMES, trustedTypesBlocked } from './trusted-types.js';
import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless the tag is already taken.
 *
 * CMS plugins and clinic pages often load the same script twice (two plugins,
 * `?ver=` query strings, npm build plus CDN file). `customElements.define`
 * throws on the second call, so the first registration wins and the second
 * copy says so once, naming both versions. The hydration build registers
 * after the first paint (see hydration.ts).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  // Module scope must not assume a DOM (server-side rendering, plain Node imports).
  if (typeof customElements === 'undefined') return;
  if (definitionsReady) void definitionsReady.then(() => register(tag, ctor));
  else register(tag, ctor);
}

function register(tag: string, ctor: CustomElementConstructor): void {
  if (trustedTypesBlocked()) {
    // Lit could not create a Trusted Types policy, so rendering would throw:
    // leave the elements undefined and the host's fallback content visible.
    warnOnce(
      `this page enforces Trusted Types but its Content-Security-Policy allows none of the policy names ${POLICY_NAMES.map((name) => `"${name}"`).join(' or ')}; the elements are not shown. Add "trusted-types ${POLICY_NAMES.join(' ')}" to the policy.`,
    );
    return;
  }
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  warnOnce(
    existing.version === VERSION
      ? `version ${VERSION} was loaded twice on this page (from two URLs, or from npm and the CDN); the first copy is used. Load it once to save a download.`
      : `version ${VERSION} was loaded, but version ${existing.version ?? 'unknown'} is already registered on this page; the elements of the first one loaded are used.`,
  );
}
