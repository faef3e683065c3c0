import { css } from 'lit';

export const dnSafetyNoticeStyles = css`
  .notice {
    border-inline-start: 0.3em solid var(--dn-color-warning, #9a6700);
    background: var(--dn-color-surface-raised, #f6f8fa);
    padding: 0.75em 1em;
    margin-block-end: 0.75em;
  }

  .notice p:last-child {
    margin-block-end: 0;
  }

  .disclaimer {
    font-style: italic;
  }
`;
