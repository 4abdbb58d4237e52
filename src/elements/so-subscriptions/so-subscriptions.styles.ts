import { css } from 'lit';

export const styles = css`
  :host {
    --_subscriptions-background: var(--so-subscriptions-background, var(--_color-surface));
    --_subscriptions-radius: var(--so-subscriptions-radius, var(--_radius-large));
    --_subscriptions-danger: var(--so-subscriptions-danger, var(--_color-danger));
  }

  .subscriptions {
    display: grid;
    gap: var(--_space-4);
  }

  p {
    margin: 0;
  }

  .read-only {
    padding: var(--_space-3);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface-raised);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .list {
    display: grid;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_subscriptions-radius);
    background: var(--_subscriptions-background);
    list-style: none;
  }

  .subscription {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    padding: var(--_space-4);
  }

  .subscription + .subscription {
    border-block-start: 1px solid var(--_color-border);
  }

  .summary {
    display: grid;
    flex: 2 1 14rem;
    gap: var(--_space-1);
    min-inline-size: 0;
  }

  .name {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
    scroll-margin-block: var(--_space-6);
  }

  /* Focused by script (after a cancellation, or from the danger zone's link): show where focus landed. */
  .name:focus {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: var(--_radius-small);
  }

  .status {
    display: flex;
    flex: 1 1 12rem;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_font-size-small);
  }

  .badge {
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_color-success);
    border-radius: var(--_radius-small);
    color: var(--_color-text);
  }

  [data-phase='ending'] .badge,
  .badge[data-status='past_due'] {
    border-color: var(--_color-warning);
  }

  [data-phase='ended'] .badge {
    border-color: var(--_color-border);
    color: var(--_color-text-muted);
  }

  .renewal {
    color: var(--_color-text-muted);
  }

  .danger-outline {
    border-color: var(--_subscriptions-danger);
    color: var(--_subscriptions-danger);
  }

  /* The dialog's body: slotted into the dialog, styled from here because it lives in this shadow root. */
  .timing {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .timing legend {
    margin-block-end: var(--_space-2);
    padding: 0;
    font-weight: var(--_font-weight-strong);
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: baseline;
    gap: 0 var(--_space-2);
  }

  .option input {
    margin: 0;
    accent-color: var(--_color-brand);
  }

  .option label {
    font-weight: var(--_font-weight-strong);
  }

  .option .hint {
    grid-column: 2;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .dialog-error {
    margin-block-start: var(--_space-3);
    padding-inline-start: var(--_space-2);
    border-inline-start: 3px solid var(--_subscriptions-danger);
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
`;
