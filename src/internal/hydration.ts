/**
 * Whether Lit's hydration support was installed before our LitElement was
 * defined (`hydrate.ts`, the `.hydrate` CDN file). Without it, `DnElement`
 * takes over a server-rendered shadow root by rendering it afresh.
 */
export let litHydration = false;

/**
 * With hydration, the elements are defined only after the page's first paint
 * (`defineElement` waits for this). Server-rendered content is already on
 * screen, so nothing is gained by hydrating it earlier, and doing it first
 * would hold back the paint (measured: first paint 1.3–1.6× later than the
 * same page as static HTML, in `npm run bench`).
 */
export let definitionsReady: Promise<void> | undefined;

/** Resolves once a frame has been painted, or soon in a hidden tab (which paints nothing). */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 200);
  });
}

export function markLitHydration(): void {
  litHydration = true;
  // Server rendering in Node.js imports this too: no frames there, nothing to wait for.
  if (typeof requestAnimationFrame === 'function') definitionsReady = afterFirstPaint();
}
