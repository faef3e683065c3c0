import { css } from 'lit';

export const dnVsAcupunctureStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-end: 0.75em;
  }

  caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: 0.5em;
  }

  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
    /* Lets long words break (with hyphens where the language allows) so the table fits 320px screens. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  thead th {
    background: var(--_surface-raised);
  }

  tbody th {
    font-weight: 700;
  }

  @media print {
    thead th {
      background: none;
    }
  }
`;
