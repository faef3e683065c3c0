import { css } from 'lit';

export const dnSafetyNoticeStyles = css`
  /* Inset text: one thick edge, for what every reader should notice. */
  .notice {
    max-inline-size: var(--_measure);
    border-inline-start: 0.5em solid var(--_warning);
    background: var(--_surface-raised);
    padding: 0.75em 1em;
    margin-block-end: 0.75em;
  }

  .notice p:last-child {
    margin-block-end: 0;
  }

  .disclaimer {
    font-style: italic;
  }

  @media print {
    .notice {
      background: none;
    }
  }
`;
