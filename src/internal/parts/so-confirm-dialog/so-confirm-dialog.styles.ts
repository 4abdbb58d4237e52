import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  dialog {
    box-sizing: border-box;
    inline-size: min(var(--so-confirm-dialog-width, 30rem), calc(100vi - 2 * var(--_space-4)));
    max-block-size: calc(100dvb - 2 * var(--_space-4));
    margin: auto;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    overflow: auto;
  }

  dialog::backdrop {
    background: var(--so-confirm-dialog-backdrop, var(--_color-backdrop));
  }

  .panel {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-6);
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    line-height: 1.3;
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
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }

  button.danger {
    border-color: var(--so-confirm-dialog-danger, var(--_color-danger));
    background: var(--so-confirm-dialog-danger, var(--_color-danger));
  }
`;
