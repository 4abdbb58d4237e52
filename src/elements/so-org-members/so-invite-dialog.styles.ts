import { css } from 'lit';

export const styles = css`
  :host {
    --_dialog-width: var(--so-org-members-dialog-width, 40rem);
  }

  .field {
    display: grid;
    gap: var(--_space-1);
  }

  label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  textarea,
  select {
    inline-size: 100%;
  }

  textarea {
    resize: vertical;
    font-family: var(--_font-family-mono);
    font-size: var(--_font-size-small);
  }

  .hint,
  .role-description,
  .summary,
  .failure {
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .hint {
    color: var(--_color-text-muted);
  }

  .summary:empty {
    display: none;
  }

  .over-limit,
  .failure {
    color: var(--_color-danger);
  }

  .table-scroll {
    max-block-size: 16rem;
    overflow: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }

  caption {
    padding: var(--_space-2);
    font-weight: var(--_font-weight-strong);
    text-align: start;
  }

  th,
  td {
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-block-start: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }

  th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_color-surface-raised);
  }

  td.email {
    overflow-wrap: anywhere;
  }

  tr.problem td:last-child {
    color: var(--_color-danger);
  }

  tr.ready td:last-child {
    color: var(--_color-success);
  }

  #results-summary:focus {
    outline: none;
  }
`;
