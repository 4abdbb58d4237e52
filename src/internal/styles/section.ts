import { css } from 'lit';
import { headingText } from './heading.js';

/** A settings section's header (heading and description) and its rows' label: value facts. */
export const sectionStyles = css`
  .header {
    display: grid;
    gap: var(--_space-1);
  }
  .heading {
    ${headingText}
  }
  /* focused by script when the control that had focus is gone; it is not a control itself */
  .heading:focus {
    outline: none;
  }
  .description {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .facts {
    display: flex;
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
`;
