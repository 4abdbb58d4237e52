import { css } from 'lit';

export const styles = css`
  :host {
    --_sessions-background: var(--so-sessions-background, var(--_color-surface));
    --_sessions-radius: var(--so-sessions-radius, var(--_radius-large));
    --_sessions-badge: var(--so-sessions-badge, var(--_color-success));
  }

  .sessions {
    display: grid;
    gap: var(--_space-4);
  }

  .header {
    display: grid;
    gap: var(--_space-1);
  }

  .heading {
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  p {
    margin: 0;
  }

  .description {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .list {
    display: grid;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_sessions-radius);
    background: var(--_sessions-background);
    list-style: none;
  }

  .session {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
    padding: var(--_space-4);
  }

  .session + .session {
    border-block-start: 1px solid var(--_color-border);
  }

  .summary {
    display: flex;
    flex: 1 1 12rem;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
  }

  .device {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }

  .badge {
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_sessions-badge);
    border-radius: var(--_radius-small);
    color: var(--_color-text);
    font-size: var(--_font-size-small);
  }

  .facts {
    display: flex;
    flex: 2 1 16rem;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .facts div {
    display: flex;
    gap: var(--_space-1);
  }

  .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
    color: var(--_color-text);
  }

  .danger-outline {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  .dialog-error {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-strong);
  }
`;
