import { css } from 'lit';

export const styles = css`
  .passkeys,
  .add {
    display: grid;
    gap: var(--_space-4);
  }

  .add {
    gap: var(--_space-1);
  }

  p {
    margin: 0;
  }

  .authenticator {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .list {
    display: grid;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    list-style: none;
  }

  .passkey {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
  }

  .passkey + .passkey {
    border-block-start: 1px solid var(--_color-border);
  }

  .summary,
  .rename-form,
  .add-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }

  .name {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }

  .row-actions {
    display: flex;
    gap: var(--_space-2);
    margin-inline-start: auto;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
  }

  label {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .add-row input,
  .rename-form input {
    flex: 1 1 12rem;
  }

  .field-error {
    flex-basis: 100%;
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
  }

  .unsupported {
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface-raised);
  }
`;
