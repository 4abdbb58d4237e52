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

  p {
    margin: 0;
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
    flex: 2 1 16rem;
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
