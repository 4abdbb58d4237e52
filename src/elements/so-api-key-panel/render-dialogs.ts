import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AccountApiError } from '../../client/errors.js';
import { formatDate } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { errorMessage } from '../../internal/parts/states.js';
import { addDays, dateInputValue, NAME_MAX, type CreateErrors, type CreateForm, type ExpiryChoice } from './create-form.js';
import { durationText } from './grace-periods.js';
import { renderRotationSteps } from './render-key.js';

/** Why the dialog's last attempt failed, announced; nothing when it did not. */
export function renderDialogError(localize: LocalizeController, error: AccountApiError | undefined): TemplateResult | typeof nothing {
  return error ? html`<p class="dialog-error" role="alert">${errorMessage(localize, error)}</p>` : nothing;
}

/** A grace period as a choice: "Immediately", "After 24 hours". */
export function gracePeriodLabel(localize: LocalizeController, seconds: number): string {
  return seconds === 0 ? localize.term('apiKeyPanel.graceNow') : localize.term('apiKeyPanel.graceAfter', durationText(localize, seconds));
}

export interface RotateBodyView {
  localize: LocalizeController;
  gracePeriods: readonly number[];
  gracePeriod: number;
  environmentVariable: string;
  error: AccountApiError | undefined;
  onGraceChange: (seconds: number) => void;
}

/** The rotate dialog's body: the consequence (which follows the chosen grace period), the choice, the steps. */
export function renderRotateBody(view: RotateBodyView): TemplateResult {
  const { localize, gracePeriod } = view;
  const consequence =
    gracePeriod > 0
      ? localize.term('apiKeyPanel.rotateLater', durationText(localize, gracePeriod))
      : localize.term('apiKeyPanel.rotateNow');
  return html`<p class="consequence">${consequence}</p>
    ${view.gracePeriods.length > 1
      ? html`<fieldset class="choices">
          <legend>${localize.term('apiKeyPanel.graceLegend')}</legend>
          ${view.gracePeriods.map(
            (seconds) => html`<label class="choice">
              <input
                type="radio"
                name="grace-period"
                .value=${String(seconds)}
                .checked=${live(seconds === gracePeriod)}
                @change=${() => view.onGraceChange(seconds)}
              />
              ${gracePeriodLabel(localize, seconds)}
            </label>`,
          )}
        </fieldset>`
      : nothing}
    <p class="steps-intro">${localize.term('apiKeyPanel.rotateSteps')}</p>
    ${renderRotationSteps(localize, view.environmentVariable)} ${renderDialogError(localize, view.error)}`;
}

/** The revoke dialog's body. */
export function renderRevokeBody(localize: LocalizeController, error: AccountApiError | undefined): TemplateResult {
  return html`<p>${localize.term('apiKeyPanel.revokeBody')}</p>
    ${renderDialogError(localize, error)}`;
}

export interface CreateBodyView {
  localize: LocalizeController;
  form: CreateForm;
  errors: CreateErrors;
  /** When the dialog opened: relative expiries count from here. */
  anchor: Date;
  availableScopes: readonly string[];
  error: AccountApiError | undefined;
  onChange: (patch: Partial<CreateForm>) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

function fieldError(view: CreateBodyView, field: keyof CreateErrors, id: string): TemplateResult | typeof nothing {
  const key = view.errors[field];
  if (!key) return nothing;
  const text = key === 'apiKeyPanel.nameTooLong' ? view.localize.term(key, NAME_MAX) : view.localize.term(key);
  return html`<p id=${id} class="field-error">${text}</p>`;
}

/** The create dialog's form: name, expiry, and scopes when the host offers some. */
export function renderCreateBody(view: CreateBodyView): TemplateResult {
  const { localize, form, errors } = view;
  const expiryChoice = (choice: ExpiryChoice, label: string) => html`<label class="choice">
    <input type="radio" name="expiry" .value=${choice} .checked=${live(form.expiry === choice)} @change=${() => view.onChange({ expiry: choice })} />
    ${label}
  </label>`;
  const inDays = (days: number) => localize.term('apiKeyPanel.expiryDays', days, formatDate(localize.lang, addDays(view.anchor, days)));
  return html`<div class="form" @keydown=${view.onKeydown}>
    <div class="field">
      <label for="key-name">${localize.term('apiKeyPanel.nameLabel')}</label>
      <input
        id="key-name"
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-required="true"
        aria-invalid=${errors.name ? 'true' : 'false'}
        aria-describedby=${errors.name ? 'key-name-error key-name-hint' : 'key-name-hint'}
        .value=${live(form.name)}
        @input=${(event: Event) => view.onChange({ name: (event.target as HTMLInputElement).value })}
      />
      ${fieldError(view, 'name', 'key-name-error')}
      <p id="key-name-hint" class="hint">${localize.term('apiKeyPanel.nameHint', NAME_MAX)}</p>
    </div>
    <fieldset class="choices">
      <legend>${localize.term('apiKeyPanel.expiryLegend')}</legend>
      ${expiryChoice('never', localize.term('apiKeyPanel.expiryNever'))} ${expiryChoice('30', inDays(30))}
      ${expiryChoice('90', inDays(90))} ${expiryChoice('date', localize.term('apiKeyPanel.expiryDate'))}
      ${form.expiry === 'date'
        ? html`<div class="field nested">
            <label for="key-expiry">${localize.term('apiKeyPanel.expiryDateLabel')}</label>
            <input
              id="key-expiry"
              type="date"
              min=${dateInputValue(addDays(view.anchor, 1))}
              aria-required="true"
              aria-invalid=${errors.expiresAt ? 'true' : 'false'}
              aria-describedby=${errors.expiresAt ? 'key-expiry-error' : nothing}
              .value=${live(form.date)}
              @input=${(event: Event) => view.onChange({ date: (event.target as HTMLInputElement).value })}
            />
            ${fieldError(view, 'expiresAt', 'key-expiry-error')}
          </div>`
        : nothing}
    </fieldset>
    ${view.availableScopes.length > 0 ? renderScopes(view) : nothing} ${renderDialogError(localize, view.error)}
  </div>`;
}

function renderScopes(view: CreateBodyView): TemplateResult {
  const { localize, form } = view;
  const toggle = (scope: string, on: boolean) =>
    view.onChange({ scopes: on ? [...form.scopes, scope] : form.scopes.filter((chosen) => chosen !== scope) });
  return html`<fieldset class="choices" aria-describedby="key-scopes-hint">
    <legend>${localize.term('apiKeyPanel.scopesLegend')}</legend>
    <p id="key-scopes-hint" class="hint">${localize.term('apiKeyPanel.scopesHint')}</p>
    ${view.availableScopes.map(
      (scope) => html`<label class="choice">
        <input
          type="checkbox"
          .value=${scope}
          .checked=${live(form.scopes.includes(scope))}
          @change=${(event: Event) => toggle(scope, (event.target as HTMLInputElement).checked)}
        />
        <code>${scope}</code>
      </label>`,
    )}
    ${fieldError(view, 'scopes', 'key-scopes-error')}
  </fieldset>`;
}
