import { css } from 'lit';

export const styles = css`
  :host {
    --_card-background: var(--so-billing-card-background, var(--_color-surface));
    --_card-border-color: var(--so-billing-card-border-color, var(--_color-border));
    --_card-radius: var(--so-billing-card-radius, var(--_radius-large));
    --_card-padding: var(--so-billing-card-padding, var(--_space-4));
    --_alert-color: var(--so-billing-card-alert-color, var(--_color-danger));
    --_warning-color: var(--so-billing-card-warning-color, var(--_color-warning));
  }

  .card {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
  }

  p {
    margin: 0;
  }

  .section {
    display: grid;
    gap: var(--_space-1);
    align-content: start;
  }
  .section + .section {
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_card-border-color);
  }
  .section:focus-visible {
    outline-offset: 4px;
  }
  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    margin-block-end: var(--_space-1);
  }
  .heading {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .plan-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
  }
  .price {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .note {
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-inline-start: 3px solid var(--_color-brand);
    background: var(--_color-surface-raised);
    font-size: var(--_font-size-small);
  }
  .section > button {
    justify-self: start;
    margin-block-start: var(--_space-2);
  }

  .badge {
    display: inline-block;
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    line-height: 1.4;
  }
  .badge[data-status='active'] {
    color: var(--_color-success);
  }
  .badge[data-status='trialing'] {
    color: var(--_color-brand);
  }
  .badge[data-status='past_due'],
  .badge[data-expiry='expired'] {
    color: var(--_alert-color);
  }
  .badge[data-expiry='expiring'] {
    color: var(--_warning-color);
  }

  .card-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    font-weight: var(--_font-weight-strong);
  }
  .expiry {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .expiry[data-expiry='expiring'] {
    color: var(--_color-text);
  }
  .expiry[data-expiry='expired'] {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }

  .problem {
    display: grid;
    gap: var(--_space-1);
    justify-items: start;
    padding: var(--_space-3);
    border: 1px solid var(--_alert-color);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-medium);
    background: color-mix(in srgb, var(--_alert-color) 8%, var(--_card-background));
  }
  .problem-title {
    font-weight: var(--_font-weight-strong);
  }
  .problem button {
    margin-block-start: var(--_space-2);
  }

  .read-only {
    padding: var(--_space-3);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface-raised);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .portal-error {
    color: var(--_alert-color);
    font-size: var(--_font-size-small);
  }
  .portal-blocked {
    font-size: var(--_font-size-small);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }

  a {
    color: var(--_color-brand);
  }

  table.invoices {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size-small);
  }
  .invoices th,
  .invoices td {
    /* An invoice number such as ACME-202611 may break anywhere on a narrow screen: Firefox, unlike
       Chromium, does not break it at the hyphen, and the table would push the card wider. */
    overflow-wrap: anywhere;
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-block-end: 1px solid var(--_card-border-color);
    text-align: start;
  }
  .invoices th:first-child,
  .invoices td:first-child {
    padding-inline-start: 0;
  }
  .invoices th {
    color: var(--_color-text-muted);
    font-weight: var(--_font-weight-strong);
  }
  .invoices .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .invoice-status[data-status='open'],
  .invoice-status[data-status='uncollectible'] {
    color: var(--_warning-color);
    font-weight: var(--_font-weight-strong);
  }

  .no-subscription {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
  }
  .no-subscription .heading {
    color: var(--_color-text);
    font-size: var(--_font-size-large);
  }
`;
