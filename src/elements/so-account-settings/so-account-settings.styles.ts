import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--so-account-settings-gap, var(--_space-6));
    --_indicator: var(--so-account-settings-indicator, var(--_color-brand));
    min-inline-size: 0;
  }
  .settings {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
  }
  /* Wraps rather than scrolls, so every tab stays in sight at 320 px. */
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    border-block-end: 1px solid var(--_color-border);
  }
  .tab {
    min-block-size: 2.75rem;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border: none;
    border-block-end: 3px solid transparent;
    margin-block-end: -1px;
    background: none;
    color: var(--_color-text-muted);
    font: inherit;
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_color-text);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_indicator);
    color: var(--_color-text);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  .panel {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .panel[hidden] {
    display: none;
  }
  .panel:focus-visible {
    outline-offset: 4px;
  }
`;
