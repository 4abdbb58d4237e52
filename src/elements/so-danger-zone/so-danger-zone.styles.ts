import { css } from 'lit';

export const styles = css`
  :host {
    --_zone-color: var(--so-danger-zone-color, var(--_color-danger));
    --_zone-background: var(--so-danger-zone-background, var(--_color-surface));
    --_zone-radius: var(--so-danger-zone-radius, var(--_radius-large));
    --_zone-padding: var(--so-danger-zone-padding, var(--_space-4));
  }

  .zone {
    display: grid;
    gap: var(--_space-4);
  }

  p {
    margin: 0;
  }

  .notice {
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-inline-start: 3px solid var(--_color-success);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-raised);
  }

  .actions {
    display: grid;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_zone-color);
    border-radius: var(--_zone-radius);
    background: var(--_zone-background);
    list-style: none;
  }

  .action {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    padding: var(--_zone-padding);
  }
  .action + .action {
    border-block-start: 1px solid var(--_color-border);
  }

  .text {
    display: grid;
    flex: 1 1 20rem;
    gap: var(--_space-1);
  }

  .title {
    font-weight: var(--_font-weight-strong);
  }

  .description,
  .breaks {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .note {
    color: var(--_color-text);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  button.danger {
    flex: none;
    border-color: var(--_zone-color);
    background: var(--_zone-color);
  }

  /* Dialog bodies: slotted into the dialog, styled from here because they live in this shadow root. */
  so-confirm-dialog ul {
    margin-block: var(--_space-1) 0;
    padding-inline-start: var(--_space-6);
  }
  so-confirm-dialog p + p,
  so-confirm-dialog .irreversible {
    margin-block-start: var(--_space-2);
  }
  .irreversible {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .blockers {
    margin-block-start: var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_zone-color);
    border-radius: var(--_radius-medium);
    color: var(--_color-text);
  }
  .blockers a {
    color: var(--_color-brand);
  }
  .dialog-note,
  .dialog-error {
    margin-block-start: var(--_space-3);
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .dialog-error {
    padding-inline-start: var(--_space-2);
    border-inline-start: 3px solid var(--_zone-color);
  }
`;
