/**
 * Whether Lit's hydration support was installed before our LitElement was
 * defined (`hydrate.ts`, the `.hydrate` CDN file). Without it, `DnElement`
 * takes over a server-rendered shadow root by rendering it afresh.
 */
export let litHydration = false;

export function markLitHydration(): void {
  litHydration = true;
}
