import { css } from 'lit';

export const styles = css`
  .panel {
    display: grid;
    gap: var(--so-api-key-panel-gap, var(--_space-4));
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-3);
  }

  .titles {
    flex: 1 1 20rem;
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
  }

  .heading:focus,
  .key-name:focus {
    outline: none;
  }

  .heading:focus-visible,
  .key-name:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .description {
    margin-block: var(--_space-1) 0;
    margin-inline: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .notice {
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface-raised);
    font-size: var(--_font-size-small);
  }

  .list {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .key {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--so-api-key-panel-card-border, var(--_color-border));
    border-radius: var(--_radius-large);
    background: var(--so-api-key-panel-card-background, var(--_color-surface));
  }

  .key.revoked,
  .key.expired {
    color: var(--_color-text-muted);
  }

  .key-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }

  .key-name {
    margin: 0;
    font-size: var(--_font-size-medium);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }

  .badge {
    padding-block: 0;
    padding-inline: var(--_space-2);
    border: 1px solid currentColor;
    border-radius: var(--_radius-small);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .badge.expiring {
    color: var(--so-api-key-panel-expiring, var(--_color-warning));
  }

  .badge.expired,
  .badge.revoked {
    color: var(--so-api-key-panel-ended, var(--_color-danger));
  }

  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .details > div {
    display: contents;
  }

  .details dt {
    color: var(--_color-text-muted);
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  code {
    font-family: var(--_font-family-mono);
    font-size: 0.95em;
  }

  .scopes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .scope {
    padding-inline: var(--_space-1);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-raised);
  }

  .key-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  button.revoke {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .app-id {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }

  .app-id-label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .app-id-value {
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-raised);
    user-select: all;
  }

  .app-id-status {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .app-id-status.copied {
    color: var(--_color-success);
  }

  .app-id-status.failed {
    color: var(--_color-danger);
  }

  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-2);
  }

  .empty p {
    margin: 0;
  }

  .guidance {
    font-size: var(--_font-size-small);
  }

  .guidance summary {
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
  }

  .steps {
    margin-block: var(--_space-2) 0;
    padding-inline-start: var(--_space-6);
  }

  .steps li + li {
    margin-block-start: var(--_space-1);
  }

  /* Dialog bodies: slotted into the confirm dialogs, styled here where they live. */
  .consequence {
    font-weight: var(--_font-weight-strong);
  }

  .steps-intro {
    margin-block-end: 0;
  }

  .form {
    display: grid;
    gap: var(--_space-4);
  }

  .field {
    display: grid;
    gap: var(--_space-1);
  }

  .field label {
    font-weight: var(--_font-weight-strong);
  }

  .field.nested {
    margin-block-start: var(--_space-2);
    padding-inline-start: var(--_space-6);
  }

  .choices {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    border: none;
  }

  .choices legend {
    margin-block-end: var(--_space-1);
    padding: 0;
    font-weight: var(--_font-weight-strong);
  }

  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }

  .choice input {
    min-block-size: auto;
    margin: 0;
    accent-color: var(--_color-brand);
  }

  .hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .field-error,
  .dialog-error {
    margin: 0;
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }

  .dialog-error {
    margin-block-start: var(--_space-3);
    font-weight: var(--_font-weight-strong);
  }
`;
