import { css } from 'lit';

/** The guide's own markup; its sections use the shared styles and their own. */
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

  .toc a {
    display: inline-block;
    min-block-size: 24px;
  }

  .disclaimer {
    font-style: italic;
  }

  @media print {
    /* Touch-target sizes mean nothing on paper. */
    .toc a {
      display: inline;
      min-block-size: 0;
    }
  }
`;
