import { css } from 'lit';

/** What every element starts from: tokens applied to the host, box sizing, `[hidden]`, focus. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size-medium);
    line-height: 1.5;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

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

/** How a section's or a dialog's heading reads. */
const headingText = css`
  margin: 0;
  font-size: var(--_font-size-large);
  font-weight: var(--_font-weight-strong);
  line-height: 1.3;
`;

/** A settings section's header (heading and description) and its rows' label: value facts. */
export const sectionStyles = css`
  .header {
    display: grid;
    gap: var(--_space-1);
  }
  .heading {
    ${headingText}
  }
  /* focused by script when the control that had focus is gone; it is not a control itself */
  .heading:focus {
    outline: none;
  }
  .description {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .facts div {
    display: flex;
    gap: var(--_space-1);
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
    color: var(--_color-text);
  }
`;

/**
 * A modal panel on the native `<dialog>`: the box, its backdrop, the panel's heading and its
 * actions row. A dialog sets `--_dialog-width` (and may set `--_dialog-backdrop`) from its own knobs.
 */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(var(--_dialog-width, 30rem), calc(100vi - 2 * var(--_space-4)));
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
    background: var(--_dialog-backdrop, var(--_color-backdrop));
  }
  .panel {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-6);
  }
  .heading {
    ${headingText}
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
`;

/** The busy indicator inside a button while its action runs (dialogs' Confirm, Send). */
export const spinnerStyles = css`
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: so-spin 0.8s linear infinite;
  }
  @keyframes so-spin {
    to {
      transform: rotate(1turn);
    }
  }
  /* reduced motion: a still ring (its gap still reads as "working"), beside the busy text or state */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;

/** The loading skeleton and the error/empty state blocks that the data controller renders. */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space-2);
  }
  .skeleton-line {
    block-size: 1rem;
    border-radius: var(--_radius-small);
    background: var(--_color-skeleton);
    animation: so-pulse 1.5s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 80%;
  }
  .skeleton-line:nth-child(3n) {
    inline-size: 60%;
  }
  @keyframes so-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  .state-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius-medium);
    color: var(--_color-text);
  }
  .state-error-message {
    margin: 0;
  }
  .state-error-hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .state-empty {
    margin: 0;
    padding: var(--_space-4);
    color: var(--_color-text-muted);
    text-align: center;
  }
`;
