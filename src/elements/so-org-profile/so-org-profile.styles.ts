import { css } from 'lit';

export const styles = css`
  :host {
    --_logo-size: var(--so-org-profile-logo-size, 3.5rem);
    --_upgrade-accent: var(--so-org-profile-upgrade-accent, var(--_color-brand));
  }

  .org-profile {
    display: grid;
    gap: var(--_space-4);
  }

  p {
    margin: 0;
  }

  .input-row {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    max-inline-size: 28rem;
  }

  .input-row input:not(.picker) {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  input[readonly] {
    background: var(--_color-surface-raised);
  }

  .field-error {
    font-weight: var(--_font-weight-strong);
  }

  .group {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
  }

  legend {
    padding-inline: var(--_space-1);
  }

  .logo-row,
  .brand-preview {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }

  .brand-preview {
    align-items: start;
  }

  .logo-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .logo {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: var(--_logo-size);
    block-size: var(--_logo-size);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    object-fit: contain;
    background: var(--_color-surface);
  }

  /* The brand colour is data, not a token: the element sets it and the text that reads on it. */
  .initials {
    background: var(--_brand-surface, var(--_color-surface-raised));
    color: var(--_brand-text, var(--_color-text));
    font-size: calc(var(--_logo-size) * 0.38);
    font-weight: var(--_font-weight-strong);
  }

  .picker {
    flex: none;
    inline-size: 3rem;
    block-size: 2.25rem;
    padding: var(--_space-1);
    cursor: pointer;
  }

  .picker:disabled {
    cursor: not-allowed;
  }

  .sample {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding-inline: var(--_space-3);
    border-radius: var(--_radius-medium);
    background: var(--_brand-surface);
    color: var(--_brand-text);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .contrast {
    display: grid;
    gap: var(--_space-1);
    flex: 1 1 16rem;
  }

  .ratios {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    font-size: var(--_font-size-small);
  }

  .warning {
    padding-inline-start: var(--_space-2);
    border-inline-start: 3px solid var(--_color-warning);
    font-size: var(--_font-size-small);
  }

  .admin-email {
    color: var(--_color-text-muted);
  }

  .values {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
  }

  .values div {
    display: grid;
    gap: var(--_space-1);
  }

  .values dt {
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .values dd {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
    overflow-wrap: anywhere;
  }

  .swatch {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_brand-surface);
  }

  .read-only-reason {
    color: var(--_color-text-muted);
  }

  .upgrade {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    padding: var(--_space-4);
    border: 1px solid var(--_upgrade-accent);
    border-radius: var(--_radius-medium);
  }

  .callout-title {
    font-weight: var(--_font-weight-strong);
  }

  .unsaved {
    margin-inline-end: auto;
  }

  /* High-contrast modes replace backgrounds: the sample and swatch keep a visible edge. */
  @media (forced-colors: active) {
    .sample,
    .swatch {
      border: 1px solid CanvasText;
    }
  }
`;
