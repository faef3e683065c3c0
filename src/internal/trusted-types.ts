/**
 * Trusted Types for the CDN file, which carries its own copy of Lit.
 *
 * Lit creates one Trusted Types policy, named `lit-html`, when its module
 * loads. On a page that enforces Trusted Types that throws if the host's
 * `trusted-types` allow-list lacks the name, or if another Lit copy on the
 * page already took it (without `'allow-duplicates'`). The exception would
 * stop the whole file, leaving empty elements. The CDN build (rollup.config.mjs)
 * routes Lit's call through `createLitPolicy`, which tries the usual name,
 * then our own, and otherwise lets the file load without a policy:
 * `defineElement` then registers nothing, so the host's fallback content stays
 * visible, and says once which directive the host needs.
 */

/** Policy names tried in order; a host's CSP must allow one of them. */
export const POLICY_NAMES = ['lit-html', 'dry-needling-widgets'] as const;

/** The part of the Trusted Types API used here (TypeScript's DOM types do not include it yet). */
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML: (html: string) => string }): unknown;
}

let blocked = false;

export function createLitPolicy(factory: PolicyFactory): unknown {
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
