import { css } from 'lit';

/** Buttons and text inputs, shared so every element's controls look and behave alike. */
export const controlStyles = css`
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-block-size: 2.25rem;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3);
    border: 1px solid var(--_color-control-border);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--_color-surface-raised);
  }
  /* aria-disabled: still focusable, so its reason can be heard, but inert (the element ignores clicks) */
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.primary {
    border-color: var(--_color-brand);
    background: var(--_color-brand);
    color: var(--_color-on-brand);
  }
  button.danger {
    border-color: var(--_color-danger);
    background: var(--_color-danger);
    color: var(--_color-on-danger);
  }
  button.primary:hover:not(:disabled),
  button.danger:hover:not(:disabled) {
    filter: brightness(1.1);
  }
  input,
  select,
  textarea {
    min-block-size: 2.25rem;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border: 1px solid var(--_color-control-border);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_color-danger);
  }
`;
