import { css } from 'lit';

/** The "Get help now" box: a heading, a thick edge and a full border, so it stands out without colour too. */
export const dnAftercareStyles = css`
  .get-help {
    --_urgent: var(--dn-color-urgent, #b42318);
    border: 0.125em solid var(--_urgent);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    padding: 0.75em 1em;
    margin-block: var(--_space-l);
  }

  /* Without light-dark() the light colour stays (see dn-element.styles.ts). */
  @supports (color: light-dark(#000, #fff)) {
    .get-help {
      --_urgent: var(--dn-color-urgent, light-dark(#b42318, #ff7b72));
    }
  }

  .get-help-heading {
    margin-block-start: 0;
  }

  .get-help-action {
    font-weight: 700;
    margin-block-end: 0.35em;
  }

  .get-help > :last-child,
  .get-help .contact:empty {
    margin-block-end: 0;
  }

  .clinic-aftercare {
    margin-block-start: var(--_space-m);
  }

  @media (forced-colors: active) {
    .get-help {
      --_urgent: CanvasText;
    }
  }

  @media print {
    .get-help {
      background: none;
      break-inside: avoid;
    }
  }
`;
