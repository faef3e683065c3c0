import { css } from 'lit';

export const dnVsAcupunctureStyles = css`
  /* The table's layout follows its own width, not the viewport: clinics place it in sidebars. */
  .comparison {
    container: dn-comparison / inline-size;
  }

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
    /* Words stay whole: breaking them mid-word (overflow-wrap: anywhere) left one-letter columns and broke Arabic letter joining. */
    overflow-wrap: normal;
  }

  thead th {
    background: var(--_surface-raised);
  }

  tbody th {
    font-weight: 700;
  }

  /*
   * Narrow: one block per row, the row's header on top and each cell under its
   * column's name, so no column gets too narrow for a whole word.
   */
  @container dn-comparison (max-width: 34em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }

    /* Each cell's label (its ::before, which screen readers read too) takes the column headers' place. */
    thead {
      display: none;
    }

    tbody tr {
      border: 1px solid var(--_border);
      margin-block-end: 0.75em;
    }

    th,
    td {
      border: none;
    }

    tbody th {
      background: var(--_surface-raised);
    }

    td::before {
      content: attr(data-label);
      display: block;
      font-weight: 700;
    }
  }

  @media print {
    thead th,
    tbody th {
      background: none;
    }

    /* A row cut in two leaves its header on one page and its cells on the next. */
    tr {
      break-inside: avoid;
    }
  }
`;
