// The values the `theme` and `variant` attributes allow, the default first. A
// module of its own, without Lit, so the iframe embed's parameter check
// (src/embed/embed.ts) checks against the same lists as the elements.

export const THEMES = ['light', 'dark', 'auto'] as const;

export const VARIANTS = ['full', 'compact'] as const;
