import { css } from 'lit';

export const styles = css`
  :host {
    --_dialog-width: var(--so-confirm-dialog-width, 30rem);
    --_dialog-backdrop: var(--so-confirm-dialog-backdrop, var(--_color-backdrop));
  }

  .body {
    color: var(--_color-text-muted);
  }

  .body ::slotted(*) {
    margin-block: 0;
  }

  .phrase {
    display: grid;
    gap: var(--_space-1);
  }

  .phrase label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }

  .phrase input {
    inline-size: 100%;
    font-family: var(--_font-family-mono);
  }

  .mismatch {
    margin: 0;
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }

  .actions {
    margin-block-start: var(--_space-2);
  }

  button.danger {
    border-color: var(--so-confirm-dialog-danger, var(--_color-danger));
    background: var(--so-confirm-dialog-danger, var(--_color-danger));
  }
`;
