import { css } from 'lit';

/** Aftercare's own rules; the "Get help now" box is an urgent callout (dn-element.styles.ts). */
export const dnAftercareStyles = css`
  .get-help-action {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  .clinic-aftercare {
    margin-block-start: var(--_space-m);
  }
`;
