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

  /*
   * Touch targets (WCAG 2.5.8), aligned to the top: on the baseline, a link whose text the browser has
   * not parsed yet (a streamed server-rendered snippet can paint then) sits higher than the text and
   * makes its line taller, and the line shifts when the text arrives.
   */
  .toc a,
  .references a {
    display: inline-block;
    vertical-align: top;
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
    min-inline-size: 24px;
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
