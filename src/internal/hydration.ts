/**
 * With the hydration entry (`hydrate.ts`), the elements are defined only after
 * the page's first paint (`defineElement` waits for this). Server-rendered
 * content is already on screen, so nothing is gained by upgrading it earlier,
 * and doing it first would hold back the paint (measured: first paint 1.3–1.6×
 * later than the same page as static HTML, in `npm run bench`).
 */
export let definitionsReady: Promise<void> | undefined;

/** Makes `defineElement` wait for `until` (see hydrate-begin.ts). */
export function deferDefinitions(until: Promise<void>): void {
  definitionsReady = until;
}
