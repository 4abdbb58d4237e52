import { html, type TemplateResult } from 'lit';

/** A story decorator: the dark theme, chosen by an ancestor's `.so-theme-dark`, on a dark canvas. */
export const darkTheme = (story: () => unknown): TemplateResult =>
  html`<div class="so-theme-dark" style="color-scheme: dark; background: Canvas; padding: 1.5rem">${story()}</div>`;
