import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

/**
 * Registers a custom element unless the tag is already taken.
 *
 * CMS plugins and clinic pages often load the same script twice (two plugins,
 * `?ver=` query strings, npm build plus CDN file). `customElements.define`
 * throws on the second call, so the first registration wins and a copy of a
 * different version says so once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  // Module scope must not assume a DOM (server-side rendering, plain Node imports).
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing.version !== VERSION) {
    warnOnce(
      `version ${VERSION} was loaded, but version ${existing.version ?? 'unknown'} is already registered on this page; the elements of the first one loaded are used.`,
    );
  }
}
