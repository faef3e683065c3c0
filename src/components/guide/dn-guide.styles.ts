import { css } from 'lit';

export const dnGuideStyles = css`
  .toc {
    margin-block-end: 1.5em;
  }

  .toc-title {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  .section {
    margin-block-start: 2em;
  }

  /* The guide shows one "last reviewed" line for the whole page. */
  .section::part(reviewed) {
    display: none;
  }

  /* Sections sit on the guide's own surface, without a box of their own. */
  .section::part(base) {
    padding: 0;
    background: none;
  }

  .toc a {
    display: inline-block;
    min-block-size: 24px;
  }

  .disclaimer {
    font-style: italic;
  }
`;
