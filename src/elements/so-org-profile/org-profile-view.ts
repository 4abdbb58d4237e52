import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { styleProperties } from '../../internal/directives/style-properties.js';
import type { Organization } from '../../client/types.js';
import { formatNumber } from '../../internal/format.js';
import type { MessageKey } from '../../internal/localize/en.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { isSafeUrl } from '../../internal/safe-url.js';
import { contrastReport, floorRatio, normalizeHex, WHITE } from './contrast.js';
import { initials } from '../../internal/parts/avatar.js';
import type { OrgField } from './org-draft.js';

/** One text field of the form, with its label, hint and error wired up for assistive technology. */
export interface TextFieldOptions {
  field: OrgField;
  label: string;
  value: string;
  hint?: string;
  /** The problem to show beside the field; it also marks the field invalid. */
  error?: string;
  /** Ids of more text that describes the field, e.g. the contrast report. */
  describedBy?: string;
  readonly: boolean;
  type?: 'text' | 'url';
  autocomplete?: string;
  /** A control before the input, on its line (the colour picker). */
  leading?: unknown;
  onInput: (value: string) => void;
  onChange: () => void;
}

/** A labelled text input; `<input id>` is the field's name, so the first invalid one can be focused. */
export function renderTextField(options: TextFieldOptions): TemplateResult {
  const { field, hint, error } = options;
  const describedBy = [hint && `${field}-hint`, error && `${field}-error`, options.describedBy].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${field}>${options.label}</label>
    <div class="input-row">
      ${options.leading ?? nothing}
      <input
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        part="input"
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck="false"
        .value=${live(options.value)}
        ?readonly=${options.readonly}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
        @change=${options.onChange}
      />
    </div>
    ${hint ? html`<p id=${`${field}-hint`} class="hint">${hint}</p>` : nothing}
    ${error ? html`<p id=${`${field}-error`} class="field-error" part="field-error">${error}</p>` : nothing}
  </div>`;
}

/** The colours of a surface in the brand colour: the colour itself and the text that reads better on it. */
function brandSurface(color: string | undefined) {
  const hex = color ? normalizeHex(color) : null;
  return hex ? styleProperties({ '--_brand-surface': hex, '--_brand-text': contrastReport(hex).text }) : nothing;
}

/**
 * The logo when its URL is safe and loads; else the name's initials on the brand colour.
 * `onError` tells the element the image failed, so the initials take its place.
 */
export function renderLogo(localize: LocalizeController, name: string, url: string, color: string | undefined, broken: boolean, onError: () => void) {
  if (url && isSafeUrl(url) && !broken) {
    return html`<img class="logo" part="logo" src=${url} alt=${localize.term('orgProfile.logoAlt', name)} @error=${onError} />`;
  }
  return html`<span class="logo initials" part="logo initials" role="img" aria-label=${localize.term('orgProfile.initialsLabel', name)} style=${brandSurface(color)}
    >${initials(name)}</span
  >`;
}

/**
 * The brand colour on a sample button, the contrast of white and of black text on it, and a
 * warning when white text (what brand buttons usually carry) is under 4.5:1. Nothing for text
 * that is not a colour: the field's error says so.
 */
export function renderBrandPreview(localize: LocalizeController, color: string, id: string): TemplateResult | typeof nothing {
  if (color.trim() === '') return html`<p id=${id} class="hint" part="contrast">${localize.term('orgProfile.noColor')}</p>`;
  const hex = normalizeHex(color);
  if (!hex) return nothing;
  const report = contrastReport(hex);
  const ratio = (value: number) => formatNumber(localize.lang, floorRatio(value), { maximumFractionDigits: 2 });
  return html`<div class="brand-preview">
    <span class="sample" part="brand-sample" style=${brandSurface(hex)}>${localize.term('orgProfile.sample')}</span>
    <div id=${id} class="contrast" part="contrast">
      <p class="ratios">
        <span>${localize.term('orgProfile.contrastWhite', ratio(report.onWhite))}</span>
        <span>${localize.term('orgProfile.contrastBlack', ratio(report.onBlack))}</span>
      </p>
      <p class="hint">${localize.term(report.text === WHITE ? 'orgProfile.sampleUsesWhite' : 'orgProfile.sampleUsesBlack')}</p>
      ${report.lowWhiteContrast
        ? html`<p class="warning" part="contrast-warning">${localize.term('orgProfile.lowWhiteContrast', ratio(report.onWhite))}</p>`
        : nothing}
    </div>
  </div>`;
}

/** The admin account, which no one changes here, and why. */
export function renderAdmin(localize: LocalizeController, admin: Organization['adminAccount']): TemplateResult | typeof nothing {
  if (!admin) return nothing;
  return html`<div class="field admin" part="admin" role="group" aria-labelledby="admin-label" aria-describedby="admin-reason">
    <span id="admin-label" class="label">${localize.term('orgProfile.admin')}</span>
    <p class="admin-account"><span class="admin-name">${admin.name}</span> <span class="admin-email">${admin.email}</span></p>
    <p id="admin-reason" class="hint">${localize.term('orgProfile.adminReason')}</p>
  </div>`;
}

/** Every value as text, for a viewer who may not change them, with the reason first. */
export function renderReadOnly(
  localize: LocalizeController,
  organization: Organization,
  reason: MessageKey,
  logo: { broken: boolean; onError: () => void },
): TemplateResult {
  const color = organization.brandColor ? normalizeHex(organization.brandColor) : null;
  return html`<p class="read-only-reason" part="read-only-reason">${localize.term(reason)}</p>
    <dl class="values" part="values">
      <div>
        <dt>${localize.term('orgProfile.name')}</dt>
        <dd>${organization.name}</dd>
      </div>
      <div>
        <dt>${localize.term('orgProfile.slug')}</dt>
        <dd>${organization.slug}</dd>
      </div>
      <div>
        <dt>${localize.term('orgProfile.logo')}</dt>
        <dd>${renderLogo(localize, organization.name, organization.logoUrl ?? '', organization.brandColor, logo.broken, logo.onError)}</dd>
      </div>
      <div>
        <dt>${localize.term('orgProfile.brandColor')}</dt>
        <dd>
          ${color
            ? html`<span class="swatch" aria-hidden="true" style=${brandSurface(color)}></span><span>${color}</span>`
            : localize.term('orgProfile.noColor')}
        </dd>
      </div>
    </dl>
    ${renderAdmin(localize, organization.adminAccount)}`;
}

/** The plan does not include organizations: what that means, and a way to upgrade. */
export function renderUpgrade(localize: LocalizeController, planName: string, onUpgrade: () => void): TemplateResult {
  return html`<div class="upgrade" part="upgrade">
    <p class="callout-title">${localize.term('orgProfile.upgradeTitle')}</p>
    <p>${localize.term('orgProfile.upgradeBody', planName)}</p>
    <slot name="upgrade">
      <button type="button" class="primary" part="upgrade-button" @click=${onUpgrade}>${localize.term('orgProfile.upgrade')}</button>
    </slot>
  </div>`;
}
