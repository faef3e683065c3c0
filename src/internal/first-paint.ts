/**
 * Resolves once a frame has been painted, or soon where nothing paints (a
 * hidden tab; a frame off screen in WebKit). The README's inline loader waits
 * the same way (`loaderCode` in demo/snippets.js).
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 200);
  });
}
