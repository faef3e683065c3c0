/**
 * With the hydration entry (`hydrate.ts`), the elements are defined only after
 * the page's first paint (`defineElement` waits for this). Server-rendered
 * content is already on screen, so nothing is gained by upgrading it earlier,
 * and doing it first would hold back the paint (measured: first paint 1.3–1.6×
 * later than the same page as static HTML, in `npm run bench`).
 */
export let definitionsReady: Promise<void> | undefined;

/** Resolves once a frame has been painted, or soon in a hidden tab (which paints nothing). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 200);
  });
}

export function deferDefinitions(): void {
  // Server rendering in Node.js imports this too: no frames there, nothing to wait for.
  if (typeof requestAnimationFrame === 'function') definitionsReady = afterFirstPaint();
}
