import { css } from 'lit';

/** A settings form: its fields (label, control, hint, error beside it) and its actions row. */
export const formStyles = css`
  .form {
    display: grid;
    gap: var(--_space-4);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  label,
  .label,
  legend {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .hint,
  .unsaved {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .field-error {
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
`;
