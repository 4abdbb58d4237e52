import { css } from 'lit';
import { headingText } from './heading.js';

/**
 * A modal panel on the native `<dialog>`: the box, its backdrop, the panel's heading and its
 * actions row. A dialog sets `--_dialog-width` (and may set `--_dialog-backdrop`) from its own knobs.
 */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(var(--_dialog-width, 30rem), calc(100vi - 2 * var(--_space-4)));
    max-block-size: calc(100dvb - 2 * var(--_space-4));
    margin: auto;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    overflow: auto;
  }
  dialog::backdrop {
    background: var(--_dialog-backdrop, var(--_color-backdrop));
  }
  .panel {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-6);
  }
  .heading {
    ${headingText}
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-2);
  }
`;
