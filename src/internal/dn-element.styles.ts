import { css } from 'lit';

/**
 * Styles every element shares.
 *
 * - Sizes are in `em`, never `rem`: clinic themes often set `html { font-size: 62.5% }`.
 *   The base size has a 16px floor so such a page cannot shrink patient text.
 * - Inherited text properties are reset on the inner `.base` box, because a host rule
 *   such as `* { line-height: 3 }` matches the host element itself and beats `:host`.
 * - Design tokens: each public `--dn-*` property is read once, into a private `--_*`
 *   one, with a literal fallback, so no theme file is ever needed.
 * - Default colours: `light-dark()` picks the light or dark one from the `color-scheme`
 *   the `theme` attribute sets. Engines without it (Safari before 17.5, Firefox before
 *   120) skip the `@supports` block and keep the light ones: every theme then reads as
 *   the light theme, never as unstyled text. (The light values are written twice; a
 *   test in test/browser-support.test.ts checks that both copies agree.)
 */
export const dnElementStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    color-scheme: light;
    --_text: var(--dn-color-text, #212b32);
    --_muted: var(--dn-color-muted, #4c6272);
    --_accent: var(--dn-color-accent, #005eb8);
    --_surface: var(--dn-color-surface, #ffffff);
    --_surface-raised: var(--dn-color-surface-raised, #f0f4f5);
    --_border: var(--dn-color-border, #aeb7bd);
    --_warning: var(--dn-color-warning, #8a5a00);
    --_urgent: var(--dn-color-urgent, #d5281b);
    --_info: var(--dn-color-info, #005eb8);
    --_on-band: var(--dn-color-on-band, #ffffff);
    --_radius: var(--dn-radius, 0.5em);
    --_space-s: var(--dn-space-s, 0.5em);
    --_space-m: var(--dn-space-m, 1em);
    --_space-l: var(--dn-space-l, 1.5em);
    --_measure: var(--dn-measure, 66ch);

    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    font-family: var(--dn-font-family, inherit);
    font-size: var(--dn-font-size, max(1em, 16px));
    font-style: normal;
    font-weight: 400;
    line-height: var(--dn-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
  }

  @supports (color: light-dark(#000, #fff)) {
    .base {
      --_text: var(--dn-color-text, light-dark(#212b32, #e8edee));
      --_muted: var(--dn-color-muted, light-dark(#4c6272, #aeb7bd));
      --_accent: var(--dn-color-accent, light-dark(#005eb8, #7cc0ff));
      --_surface: var(--dn-color-surface, light-dark(#ffffff, #10191f));
      --_surface-raised: var(--dn-color-surface-raised, light-dark(#f0f4f5, #1c2a33));
      --_border: var(--dn-color-border, light-dark(#aeb7bd, #4c6272));
      --_warning: var(--dn-color-warning, light-dark(#8a5a00, #e0a526));
      --_urgent: var(--dn-color-urgent, light-dark(#d5281b, #ff8a80));
      --_info: var(--dn-color-info, light-dark(#005eb8, #7cc0ff));
      --_on-band: var(--dn-color-on-band, light-dark(#ffffff, #10191f));
    }
  }

  /* Korean separates words with spaces; by default browsers also break between syllables inside a word. */
  .base:lang(ko) {
    word-break: keep-all;
  }

  :host([theme='dark']) .base {
    color-scheme: dark;
  }

  :host([theme='auto']) .base {
    color-scheme: light dark;
  }

  .heading,
  .subheading {
    color: inherit;
    font-family: inherit;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: normal;
    text-transform: none;
  }

  .heading {
    font-size: 1.5em;
    margin-block: 0 var(--_space-s);
  }

  .subheading {
    font-size: 1.15em;
    margin-block: var(--_space-l) var(--_space-s);
  }

  .heading:focus-visible,
  a:focus-visible,
  summary:focus-visible,
  input:focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }

  p {
    margin-block: 0 0.75em;
  }

  ul,
  ol {
    margin-block: 0 0.75em;
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-block-start: 0.35em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /*
   * A readable measure (about 70 characters a line) whatever the width the
   * host gives the element; the box and its background still fill that width.
   */
  .heading,
  .subheading,
  p,
  ul,
  ol,
  table,
  .callout,
  .sources {
    max-inline-size: var(--_measure);
  }

  .callout {
    --_edge: var(--_info);
    border: 0.125em solid var(--_edge);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-block: var(--_space-l);
  }

  /* Urgent: a thicker border all round and a filled band, so it reads as urgent without its colour. */
  .callout-urgent {
    --_edge: var(--_urgent);
    border-width: 0.25em;
  }

  /* Key points: an edge on one side only, on a raised background. */
  .callout-key {
    --_edge: var(--_accent);
    border-width: 0;
    border-inline-start-width: 0.5em;
    background: var(--_surface-raised);
  }

  .callout-band {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 1em;
    background: var(--_edge);
    color: var(--_on-band);
  }

  .callout-key .callout-band {
    background: none;
    color: inherit;
    padding-block-end: 0;
    /* Its heading's line (1.5em × line-height 1.25 = 1.875em) plus the 0.5em padding, so the icon
       is centred where it ends up even when a page paints before the heading is parsed. */
    min-block-size: 2.375em;
  }

  .callout-band > :is(.heading, .subheading) {
    margin: 0;
  }

  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: currentColor;
  }

  .callout-body {
    padding: 0.75em 1em;
  }

  .callout-body > :last-child {
    margin-block-end: 0;
  }

  /* Backgrounds do not print by default: the band prints as a heading over a rule. Paper is dear: tighter boxes. */
  @media print {
    .callout-band {
      background: none;
      color: inherit;
      border-block-end: 0.125em solid var(--_edge);
      padding-block: 0.25em;
    }

    .callout-body {
      padding-block: 0.5em;
    }

    .callout {
      break-inside: avoid;
    }
  }

  .sources,
  .reviewed,
  .translation-notice {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .sources {
    margin-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }

  .sources-title {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  .sources ol {
    margin-block-end: var(--_space-s);
  }

  /*
   * WCAG 2.5.8: links in lists are at least 24px tall targets. Aligned to the
   * top, so a wrapped citation's number sits beside its first line, not its last.
   */
  .sources a {
    display: inline-block;
    vertical-align: top;
    min-block-size: 24px;
  }

  .reviewed {
    margin-block: var(--_space-s) 0;
  }

  /* The collapsible variant: a native disclosure whose summary holds the heading. */
  .disclosure > summary {
    display: flex;
    align-items: baseline;
    gap: var(--_space-s);
    min-block-size: 24px;
    cursor: pointer;
    list-style: none;
  }

  .disclosure > summary::-webkit-details-marker {
    display: none;
  }

  .disclosure > summary::before {
    content: '';
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-block-end: 0.15em solid currentColor;
    border-inline-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 150ms ease-out;
  }

  :host(:dir(rtl)) .disclosure > summary::before,
  .base[dir='rtl'] .disclosure > summary::before {
    transform: rotate(135deg);
  }

  .disclosure[open] > summary::before {
    transform: rotate(45deg);
  }

  .disclosure > summary .heading {
    margin-block-end: 0;
  }

  .disclosure[open] > summary {
    margin-block-end: var(--_space-s);
  }

  /* High-contrast modes: the reader's system colors, whatever the theme. */
  @media (forced-colors: active) {
    .base {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_accent: LinkText;
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_border: CanvasText;
      --_warning: CanvasText;
      --_urgent: CanvasText;
      --_info: CanvasText;
      --_on-band: CanvasText;
    }

    /* The band's fill is dropped in forced colors: a rule keeps it apart from the body. */
    .callout-band {
      border-block-end: 0.125em solid CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media print {
    .base {
      background: none;
      padding: 0;
      color: #000;
    }

    /* Paper is white whatever the theme: the dark theme's light greys would fade on it. */
    :host([theme]) .base {
      color-scheme: light;
    }

    /* Shadows print as grey smudges; screen styles may give any box one. */
    *,
    *::before,
    *::after {
      box-shadow: none !important;
      text-shadow: none !important;
    }

    /* A printed handout shows every section, even collapsed ones. */
    .disclosure::details-content {
      content-visibility: visible;
      display: block;
    }

    .disclosure > summary::before {
      display: none;
    }

    /* Plain text on paper, with nothing after it (a PDF keeps the link clickable). */
    a {
      color: inherit;
      text-decoration: none;
    }

    /* Touch-target sizes (WCAG 2.5.8) only spread the citations apart on paper. */
    .sources a {
      display: inline;
      min-block-size: 0;
    }

    /* A heading stays with the text it introduces; a list item is never cut in two. */
    .heading,
    .subheading,
    .sources-title {
      break-after: avoid;
    }

    li {
      break-inside: avoid;
    }
  }
`;
