import { css } from 'lit';

export const dnChecklistStyles = css`
  .checklist {
    list-style: none;
    padding-inline-start: 0;
  }

  /* The whole line is the target (WCAG 2.5.8), and the box stays beside its first line when text wraps. */
  .checklist label {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: 24px;
    cursor: pointer;
  }

  .checklist input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  .stop {
    font-weight: 700;
  }

  @media print {
    /* The boxes are ticked with a pen: no touch target to size. */
    .checklist label {
      min-block-size: 0;
    }
  }
`;
