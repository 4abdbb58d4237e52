import { css } from 'lit';

export const styles = css`
  :host {
    --_switch-on: var(--so-notification-settings-on, var(--_color-brand));
    --_switch-off: var(--so-notification-settings-off, var(--_color-border));
  }

  .settings,
  .form {
    display: grid;
    gap: var(--_space-4);
  }

  p {
    margin: 0;
  }

  .category-description,
  .unsaved {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  th,
  td {
    padding-block: var(--_space-3);
    padding-inline: var(--_space-2);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: middle;
  }

  thead th:not(:first-child),
  td {
    inline-size: 5rem;
    text-align: center;
  }

  th[scope='row'] {
    font-weight: normal;
  }

  .category {
    display: block;
    font-weight: var(--_font-weight-strong);
  }

  .category-description {
    display: block;
  }

  input[role='switch'] {
    appearance: none;
    position: relative;
    inline-size: 2.5rem;
    block-size: 1.5rem;
    margin: 0;
    border-radius: 0.75rem;
    background: var(--_switch-off);
    cursor: pointer;
    transition: background-color 0.15s;
  }

  input[role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 0.1875rem;
    inset-inline-start: 0.1875rem;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border-radius: 50%;
    background: var(--_color-surface);
    transition: inset-inline-start 0.15s;
  }

  input[role='switch']:checked {
    background: var(--_switch-on);
  }

  input[role='switch']:checked::before {
    inset-inline-start: 1.1875rem;
  }

  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* High-contrast modes drop backgrounds: the knob's position must still show the state. */
  @media (forced-colors: active) {
    input[role='switch'] {
      border: 1px solid CanvasText;
    }
    input[role='switch']::before {
      background: CanvasText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    input[role='switch'],
    input[role='switch']::before {
      transition: none;
    }
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-2);
  }

  .unsaved {
    margin-inline-end: auto;
  }
`;
