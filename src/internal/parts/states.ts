import { html, nothing, type TemplateResult } from 'lit';
import type { AccountApiError } from '../../client/errors.js';
import type { LocalizeController } from '../localize/localize-controller.js';

/** The message for an error, chosen by its code (never by its text). */
export function errorMessage(localize: LocalizeController, error: AccountApiError | undefined): string {
  if (!error) return localize.term('error.unknown');
  if (error.code === 'rate_limited') return localize.term('error.rate_limited', error.retryAfterSeconds);
  return localize.term(`error.${error.code}`);
}

/** A loading skeleton: decorative bars plus one line a screen reader hears. */
export function renderSkeleton(localize: LocalizeController, lines = 3): TemplateResult {
  return html`<div class="skeleton" part="skeleton">
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
    <span class="visually-hidden">${localize.term('state.loading')}</span>
  </div>`;
}

/** The error state: what happened, announced, and a way forward. */
export function renderErrorState(
  localize: LocalizeController,
  error: AccountApiError | undefined,
  onRetry?: () => void,
): TemplateResult {
  return html`<div class="state-error" part="error" role="alert">
    <p class="state-error-message">${errorMessage(localize, error)}</p>
    ${onRetry ? html`<button type="button" @click=${onRetry}>${localize.term('state.retry')}</button>` : null}
  </div>`;
}

/** The state of an element with no client anywhere: says so, and how to fix it. */
export function renderNoClientState(localize: LocalizeController): TemplateResult {
  return html`<div class="state-error" part="error" role="alert">
    <p class="state-error-message">${localize.term('error.noClient')}</p>
    <p class="state-error-hint">${localize.term('error.noClientHint')}</p>
  </div>`;
}

/** Why an action just failed, announced, with Dismiss; nothing when `message` is empty. */
export function renderFailure(localize: LocalizeController, message: string, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="state-error" part="failure" role="alert">
    <p class="state-error-message">${message}</p>
    <button type="button" @click=${onDismiss}>${localize.term('state.dismiss')}</button>
  </div>`;
}
