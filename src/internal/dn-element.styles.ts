import { css } from 'lit';

/**
 * Styles every element shares. Sizes are in `em` so they follow the text size
 * the host gives the element, never `rem` (clinic themes often set
 * `html { font-size: 62.5% }`). Inherited text properties are reset on the
 * inner `.base` box, because a host rule such as `* { line-height: 3 }`
 * matches the host element itself and would beat a `:host` rule.
 * Every custom property carries a literal fallback: no theme file is needed.
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
    color: var(--dn-color-text, #1f2328);
    font-family: var(--dn-font-family, inherit);
    font-size: var(--dn-font-size, 1em);
    font-style: normal;
    font-weight: 400;
    line-height: var(--dn-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
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
    margin-block: 0 0.5em;
  }

  .subheading {
    font-size: 1.15em;
    margin-block: 1.25em 0.5em;
  }

  .heading:focus-visible,
  a:focus-visible {
    outline: 0.15em solid var(--dn-color-accent, #0b5cad);
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
    color: var(--dn-color-accent, #0b5cad);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .sources,
  .reviewed {
    color: var(--dn-color-muted, #57606a);
    font-size: 0.875em;
  }

  .sources {
    margin-block-start: 1.25em;
    border-block-start: 1px solid var(--dn-color-border, #d0d7de);
    padding-block-start: 0.75em;
  }

  .sources-title {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  .sources ol {
    margin-block-end: 0.5em;
  }

  .reviewed {
    margin-block: 0.5em 0;
  }
`;
