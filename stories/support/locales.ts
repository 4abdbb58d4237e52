import { html, type TemplateResult } from 'lit';

/**
 * A story decorator: Arabic, right to left, chosen by an ancestor's `lang` and `dir` as a host
 * page would set them. The stories module registers the catalogue: `registerTranslation('ar', ar)`.
 */
export const arabic = (story: () => unknown): TemplateResult => html`<div lang="ar" dir="rtl">${story()}</div>`;

/**
 * A story decorator: the pseudo-locale (accented and about 40 % longer), to show truncation and
 * any text that bypasses the catalogue. The module registers it: `registerTranslation('en-XA', pseudoLocale())`.
 */
export const pseudo = (story: () => unknown): TemplateResult => html`<div lang="en-XA">${story()}</div>`;
