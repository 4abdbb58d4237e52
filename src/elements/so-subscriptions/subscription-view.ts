/**
 * The templates of `<so-subscriptions>`: one subscription's row and the body of its cancel
 * confirmation. Templates only; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Subscription } from '../../client/types.js';
import { formatDate } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';

/** Where a subscription stands, as the row tells it. */
export type SubscriptionPhase = 'renewing' | 'ending' | 'ended';

export function phaseOf(subscription: Subscription): SubscriptionPhase {
  if (subscription.status === 'canceled') return 'ended';
  return subscription.cancelAtPeriodEnd ? 'ending' : 'renewing';
}

/** The id of a row's heading: the anchor a page (or the danger zone's blocker list) targets. */
export const anchorId = (id: string) => `subscription-${id}`;

/** "Renews on …", "Ends on …", "Ended on …", or nothing when a canceled subscription has no end date to tell. */
function renewalText(localize: LocalizeController, subscription: Subscription): string {
  const date = formatDate(localize.lang, subscription.renewsAt);
  if (!date) return '';
  switch (phaseOf(subscription)) {
    case 'renewing':
      return localize.term('subscriptions.renewsOn', date);
    case 'ending':
      return localize.term('subscriptions.endsOn', date);
    case 'ended':
      return subscription.cancelAtPeriodEnd ? localize.term('subscriptions.endedOn', date) : '';
  }
}

/** What a row shows besides the subscription itself. */
export interface RowOptions {
  /** The level of the row's heading. */
  headingLevel: number;
  /** Show Unsubscribe: the viewer may cancel, the client can, and the subscription still renews. */
  cancelable: boolean;
  /** A cancellation of this subscription is running. */
  busy: boolean;
  onUnsubscribe: () => void;
}

/**
 * A subscription's row. Its heading carries the anchor id and is focusable by script, so focus
 * can land on it after a cancellation or from a link; it is described by the status line.
 */
export function renderRow(localize: LocalizeController, subscription: Subscription, options: RowOptions): TemplateResult {
  const { id, name, kind, status } = subscription;
  const phase = phaseOf(subscription);
  const renewal = renewalText(localize, subscription);
  return html`<li part="subscription" class="subscription" data-subscription-id=${id} data-phase=${phase}>
    <div class="summary">
      <div
        id=${anchorId(id)}
        part="name"
        class="name"
        role="heading"
        aria-level=${options.headingLevel}
        aria-describedby="${anchorId(id)}-status"
        tabindex="-1"
      >
        ${name}
      </div>
      <dl class="facts">
        <div>
          <dt>${localize.term('subscriptions.kindLabel')}</dt>
          <dd part="kind" data-kind=${kind}>${localize.term('subscriptions.kind', kind)}</dd>
        </div>
      </dl>
    </div>
    <p id="${anchorId(id)}-status" part="status" class="status">
      <span class="badge" part="status-badge" data-status=${status}>${localize.term('subscriptions.status', status)}</span>
      ${renewal ? html`<span part="renewal" class="renewal">${renewal}</span>` : nothing}
    </p>
    ${options.cancelable
      ? html`<button
          type="button"
          part="unsubscribe-button"
          class="danger-outline"
          aria-label=${localize.term('subscriptions.unsubscribeLabel', name)}
          aria-disabled=${options.busy ? 'true' : 'false'}
          @click=${options.onUnsubscribe}
        >
          ${options.busy ? localize.term('subscriptions.unsubscribing') : localize.term('subscriptions.unsubscribe')}
        </button>`
      : nothing}
  </li>`;
}

/** What the cancel confirmation asks. */
export interface DialogBodyOptions {
  /** Offer only "At the end of the billing period". */
  periodEndOnly: boolean;
  /** The timing chosen. */
  atPeriodEnd: boolean;
  /** Why the last attempt failed; empty when none. */
  failure: string;
  onTimingChange: (atPeriodEnd: boolean) => void;
}

/** The confirmation's body: when the subscription should end (a radio group, or one sentence), and the last failure. */
export function renderDialogBody(localize: LocalizeController, subscription: Subscription, options: DialogBodyOptions): TemplateResult {
  const date = formatDate(localize.lang, subscription.renewsAt);
  const choice = options.periodEndOnly
    ? html`<p>${localize.term('subscriptions.periodEndOnly', subscription.name, date)}</p>`
    : html`<fieldset class="timing" part="timing">
        <legend>${localize.term('subscriptions.whenLegend')}</legend>
        ${renderTiming(true, options, localize.term('subscriptions.atPeriodEnd'), localize.term('subscriptions.atPeriodEndHint', date))}
        ${renderTiming(false, options, localize.term('subscriptions.now'), localize.term('subscriptions.nowHint'))}
      </fieldset>`;
  return html`${choice} ${options.failure ? html`<p class="dialog-error" role="alert">${options.failure}</p>` : nothing}`;
}

function renderTiming(atPeriodEnd: boolean, options: DialogBodyOptions, label: string, hint: string): TemplateResult {
  const id = atPeriodEnd ? 'timing-period-end' : 'timing-now';
  return html`<div class="option">
    <input
      type="radio"
      id=${id}
      name="timing"
      value=${atPeriodEnd ? 'period-end' : 'now'}
      aria-describedby="${id}-hint"
      .checked=${live(options.atPeriodEnd === atPeriodEnd)}
      @change=${() => options.onTimingChange(atPeriodEnd)}
    />
    <label for=${id}>${label}</label>
    <p id="${id}-hint" class="hint">${hint}</p>
  </div>`;
}
