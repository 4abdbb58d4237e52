import { css } from 'lit';

export const styles = css`
  .field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-3) var(--_space-1);
    border: 1px solid var(--so-secret-field-border, var(--_color-border));
    border-radius: var(--_radius-medium);
    background: var(--so-secret-field-background, var(--_color-surface-raised));
  }

  .value {
    flex: 1 1 12rem;
    min-inline-size: 0;
    font-family: var(--so-secret-field-font, var(--_font-family-mono));
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }

  :host(:state(revealed)) .value {
    user-select: all;
  }

  .actions {
    display: flex;
    gap: var(--_space-1);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }

  .hint,
  .status {
    margin-block: var(--_space-1) 0;
    margin-inline: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .status.success {
    color: var(--_color-success);
  }

  .status.error {
    color: var(--_color-danger);
  }
`;
