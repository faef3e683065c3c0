/**
 * Trusted Types for the CDN file, which carries its own copy of Lit.
 *
 * Lit creates one Trusted Types policy, named `lit-html`, when its module
 * loads. On a page that enforces Trusted Types that throws if the host's
 * `trusted-types` allow-list lacks the name, or if another Lit copy on the
 * page already took it (without `'allow-duplicates'`). The exception would
 * stop the whole file, leaving empty elements. The CDN build (rollup.config.mjs)
 * routes Lit's call through `createLitPolicy`, which asks for our own name
 * first (policy names are first come, first served: taking `lit-html` would
 * break a host Lit app loaded after us), then Lit's usual name for hosts that
 * allow only that one, and otherwise lets the file load without a policy:
 * `defineElement` then registers nothing, so the host's fallback content stays
 * visible, and says once which directive the host needs.
 */

/** Policy names tried in order; a host's CSP must allow one of them (the README allows both). */
export const POLICY_NAMES = ['dry-needling-widgets', 'lit-html'] as const;

/** The part of the Trusted Types API used here (TypeScript's DOM types do not include it yet). */
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML: (html: string) => string }): unknown;
}

let blocked = false;

export function createLitPolicy(factory: PolicyFactory): unknown {
  // A second copy of this file (two plugins, `?ver=`) renders nothing: the first copy's elements
  // are registered already. Asking again for the name the first copy holds would log a violation.
  if (globalThis.customElements?.get('dn-guide')) return undefined;
  for (const name of POLICY_NAMES) {
    try {
      return factory.createPolicy(name, { createHTML: (html: string) => html });
    } catch {
      // Not on the host's allow-list, or already created by another Lit copy: try the next name.
    }
  }
  blocked = true;
  return undefined;
}

/** True when the page enforces Trusted Types and allowed none of our policy names. */
export function trustedTypesBlocked(): boolean {
  return blocked;
}
