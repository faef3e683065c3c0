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

  /* A section's numbered references into the guide's one list of sources. */
  .references {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .references a {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    text-align: center;
  }

  @media print {
    /* Touch-target sizes mean nothing on paper. */
    .toc a,
    .references a {
      display: inline;
      min-inline-size: 0;
      min-block-size: 0;
    }
  }
`;
