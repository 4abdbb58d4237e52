import { css } from 'lit';

export const styles = css`
  :host(:not(:state(open))) {
    display: none;
  }

  .panel {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--so-secret-once-border, var(--_color-warning));
    border-inline-start-width: 4px;
    border-radius: var(--_radius-medium);
    background: var(--so-secret-once-background, var(--_color-surface-raised));
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-medium);
    font-weight: var(--_font-weight-strong);
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .warning {
    margin: 0;
    font-weight: var(--_font-weight-strong);
  }

  ::slotted(*) {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .secrets {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .secret-label {
    display: block;
    margin-block-end: var(--_space-1);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .actions {
    display: flex;
    justify-content: flex-end;
  }
`;
