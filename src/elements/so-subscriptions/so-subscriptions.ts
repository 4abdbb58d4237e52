import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AccountClient, Subscription } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import { formatDate } from '../../internal/format.js';
import '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { sectionStyles } from '../../internal/styles/section.js';
import { stateStyles } from '../../internal/styles/states.js';
import { hasPermission, loadViewer } from '../../internal/viewer.js';
import { anchorId, phaseOf, renderDialogBody, renderRow } from './subscription-view.js';
import { styles } from './so-subscriptions.styles.js';
import { subscriptionsMessages } from '../../internal/localize/messages/subscriptions.js';

/** Detail of `so-subscription-cancel-request`. */
export interface SoSubscriptionCancelRequestDetail {
  /** The subscription's id. */
  subscriptionId: string;
  /** `true`: it ends when the billing period does; `false`: it ends now. */
  atPeriodEnd: boolean;
}

/** Detail of `so-subscription-cancelled`. */
export interface SoSubscriptionCancelledDetail extends SoSubscriptionCancelRequestDetail {
  /** The subscription as the client returned it: `cancelAtPeriodEnd`, or `status: 'canceled'`. */
  subscription: Subscription;
}

/** What the element loads: the subscriptions (`null` when the client can't list them) and whether the viewer may cancel. */
interface SubscriptionsView {
  subscriptions: Subscription[] | null;
  canManage: boolean;
}

/**
 * Lists the organization's subscriptions — name, kind, status and renewal date — each with
 * Unsubscribe. Unsubscribing confirms in a modal dialog that asks when it should end: at the end
 * of the billing period (the default) or now (`period-end-only` leaves "Now" out). A cancelable
 * `so-subscription-cancel-request` fires first; the call runs once however often Confirm is
 * pressed; a failure keeps the dialog open with the reason. A subscription set to end says
 * "Ends on …" and one canceled says "Ended"; neither offers Unsubscribe. Cancelling needs
 * `organization:manage`: without it the list is read-only and says why. Each row's heading has the
 * id `subscription-<id>`, and `<so-danger-zone>` links its deletion blockers to it.
 *
 * A cancellation changes what blocks deleting the organization: on `so-subscription-cancelled`,
 * call `reload()` on a `<so-danger-zone>` on the same page (its delete dialog re-reads the
 * blockers when it opens in any case).
 *
 * @summary The organization's subscriptions, with unsubscribe at period end or now.
 *
 * @slot heading - Replaces the "Subscriptions" heading.
 *
 * @csspart base - The element's root.
 * @csspart subscription - One subscription's row; `data-phase` is `renewing`, `ending` or `ended`.
 * @csspart name - A subscription's name, its row's heading (id `subscription-<id>`).
 * @csspart kind - A subscription's kind.
 * @csspart status - A subscription's status line: badge and renewal or end date.
 * @csspart status-badge - A subscription's status; `data-status` holds the raw status.
 * @csspart renewal - "Renews on …", "Ends on …" or "Ended on …".
 * @csspart unsubscribe-button - A subscription's Unsubscribe button.
 * @csspart timing - The "When should it end?" choice in the dialog.
 * @csspart read-only - The note saying who can cancel subscriptions.
 * @csspart unavailable - The text shown when the client can't list subscriptions.
 * @csspart empty - The text shown when there are no subscriptions.
 *
 * @cssproperty --so-subscriptions-background - The list's background (default `--so-color-surface`).
 * @cssproperty --so-subscriptions-radius - The list's corner radius (default `--so-radius-large`).
 * @cssproperty --so-subscriptions-danger - The Unsubscribe button's colour (default `--so-color-danger`).
 *
 * @cssstate loading - The subscriptions are loading.
 * @cssstate read-only - The viewer can't cancel subscriptions.
 *
 * @fires {CustomEvent<SoSubscriptionCancelRequestDetail>} so-subscription-cancel-request - Before cancelling a subscription. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoSubscriptionCancelledDetail>} so-subscription-cancelled - A subscription was canceled or set to end; reload what depends on it (the danger zone).
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - A cancellation needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-subscriptions')
export class SoSubscriptions extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, sectionStyles, stateStyles, styles];
  static override messages = [subscriptionsMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<SubscriptionsView>(this, this.clients, this.localize, {
    operation: 'listSubscriptions',
    load: async (client, signal) => {
      if (!client.listSubscriptions) return { subscriptions: null, canManage: false };
      const [subscriptions, viewer] = await Promise.all([client.listSubscriptions({ signal }), loadViewer(client, signal)]);
      this.cancelled = new Map();
      return { subscriptions, canManage: hasPermission(viewer, 'organization:manage') };
    },
    isEmpty: (view) => view.subscriptions?.length === 0,
  });
  private readonly mutations = new MutationController(this, this.clients);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** The level of the heading, 2–6 (default 2); each subscription's name is one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Offers only "At the end of the billing period", for hosts that don't let a subscription end at once. */
  @property({ type: Boolean, attribute: 'period-end-only', reflect: true }) periodEndOnly = false;

  /** Subscriptions as the client returned them after a cancellation, newer than the loaded ones. */
  @state() private cancelled = new Map<string, Subscription>();
  /** The subscription the dialog asks about. */
  @state() private target?: Subscription;
  /** The timing chosen in the dialog. */
  @state() private atPeriodEnd = true;
  /** Why the last cancellation failed, shown in the dialog. */
  @state() private failure = '';

  @query('so-confirm-dialog') private dialog!: SoConfirmDialog;
  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.validHeadingLevel) devWarn(`<so-subscriptions> heading-level="${this.headingLevel}" is not 2–6; using 2.`);
    const view = this.data.value;
    this.toggleState('loading', this.data.pending);
    this.toggleState('read-only', !this.data.pending && !!view?.subscriptions && !view.canManage);
  }

  /** Loads the subscriptions again. */
  async reload(): Promise<void> {
    await this.data.reload();
  }

  /** Whether a row for subscription `id` is shown. */
  hasSubscription(id: string): boolean {
    return !!this.shadowRoot?.getElementById(anchorId(id));
  }

  /** Scrolls to the row of subscription `id` and focuses its heading; `false` when no such row is shown. */
  focusSubscription(id: string): boolean {
    const heading = this.shadowRoot?.getElementById(anchorId(id));
    if (!heading) return false;
    heading.scrollIntoView({ block: 'nearest' });
    heading.focus({ preventScroll: true });
    return true;
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6;
  }

  private get level(): number {
    return this.validHeadingLevel ? this.headingLevel : 2;
  }

  /** The subscriptions with what the client returned since. */
  private get subscriptions(): Subscription[] {
    return (this.data.value?.subscriptions ?? []).map((subscription) => this.cancelled.get(subscription.id) ?? subscription);
  }

  private get canCancel(): boolean {
    return !!this.data.value?.canManage && this.clients.can('cancelSubscription');
  }

  /** One intent per subscription and timing: a retry of the same choice keeps its idempotency key. */
  private intentFor(id: string, atPeriodEnd: boolean): string {
    return `cancel:${id}:${atPeriodEnd ? 'period-end' : 'now'}`;
  }

  private busyFor(id: string): boolean {
    return this.mutations.busy(this.intentFor(id, true)) || this.mutations.busy(this.intentFor(id, false));
  }

  private async handleUnsubscribeClick(subscription: Subscription): Promise<void> {
    if (this.busyFor(subscription.id)) return;
    this.target = subscription;
    this.atPeriodEnd = true;
    this.failure = '';
    await this.updateComplete;
    await this.dialog.show();
  }

  private async handleConfirm(event: Event): Promise<void> {
    event.preventDefault(); // the dialog stays open while the call runs, and keeps an error
    const subscription = this.target;
    if (!subscription) return;
    const atPeriodEnd = this.periodEndOnly || this.atPeriodEnd;
    const intent = this.intentFor(subscription.id, atPeriodEnd);
    if (this.mutations.busy(intent)) return;
    const dialog = this.dialog;
    const detail = { subscriptionId: subscription.id, atPeriodEnd };
    if (this.emit('so-subscription-cancel-request', detail, { cancelable: true }).defaultPrevented) {
      void dialog.hide();
      return;
    }
    this.failure = '';
    dialog.busy = true;
    const result = await this.mutations.run(intent, 'cancelSubscription', async (client, options) => {
      const updated = await client.cancelSubscription!(subscription.id, { atPeriodEnd }, options);
      this.cancelled = new Map([...this.cancelled, [updated.id, updated]]);
      dialog.busy = false;
      await dialog.hide();
      this.emit('so-subscription-cancelled', { ...detail, subscription: updated });
      await this.updateComplete;
      // The Unsubscribe button is gone: the row's heading, described by its new status, takes focus.
      this.focusSubscription(updated.id);
      const message =
        phaseOf(updated) === 'ending'
          ? this.localize.term('subscriptions.endsAnnounced', updated.name, formatDate(this.localize.lang, updated.renewsAt))
          : this.localize.term('subscriptions.endedAnnounced', updated.name);
      void this.announcer.announce(message);
      return updated;
    });
    dialog.busy = false;
    if (!result.ok && result.error.code !== 'aborted') {
      this.failure = this.localize.term('subscriptions.cancelFailed', subscription.name, errorMessage(this.localize, result.error));
    }
  }

  override render() {
    const unavailable = !!this.clients.client && !this.clients.can('listSubscriptions');
    return html`<section part="base" class="subscriptions" aria-labelledby="heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      <div class="header">
        <div id="heading" class="heading" role="heading" aria-level=${this.level} tabindex="-1">
          <slot name="heading">${this.localize.term('subscriptions.label')}</slot>
        </div>
        <p class="description">${this.localize.term('subscriptions.description')}</p>
      </div>
      ${unavailable
        ? html`<p class="state-empty" part="unavailable">${this.localize.term('subscriptions.unavailable')}</p>`
        : this.data.render({
            ready: (view) => this.renderReady(view),
            empty: () => html`<p class="state-empty" part="empty">${this.localize.term('subscriptions.empty')}</p>`,
          })}
    </section>`;
  }

  private renderReady(view: SubscriptionsView): TemplateResult {
    if (!view.subscriptions) return html`<p class="state-empty" part="unavailable">${this.localize.term('subscriptions.unavailable')}</p>`;
    const cancelable = this.canCancel;
    return html`${!view.canManage && this.clients.can('cancelSubscription')
        ? html`<p class="read-only" part="read-only">${this.localize.term('subscriptions.readOnly')}</p>`
        : nothing}
      <ul class="list" role="list">
        ${repeat(
          this.subscriptions,
          (subscription) => subscription.id,
          (subscription) =>
            renderRow(this.localize, subscription, {
              headingLevel: Math.min(this.level + 1, 6),
              cancelable: cancelable && phaseOf(subscription) === 'renewing',
              busy: this.busyFor(subscription.id),
              onUnsubscribe: () => void this.handleUnsubscribeClick(subscription),
            }),
        )}
      </ul>
      ${cancelable ? this.renderDialog() : nothing}`;
  }

  private renderDialog(): TemplateResult {
    const target = this.target;
    const busy = !!target && this.busyFor(target.id);
    return html`<so-confirm-dialog
      variant="danger"
      heading=${target ? this.localize.term('subscriptions.dialogHeading', target.name) : ''}
      confirm-label=${this.localize.term('subscriptions.dialogConfirm')}
      cancel-label=${this.localize.term('subscriptions.dialogKeep')}
      .busy=${live(busy)}
      @so-confirm=${this.handleConfirm}
      @so-cancel=${() => (this.failure = '')}
    >
      ${target
        ? renderDialogBody(this.localize, target, {
            periodEndOnly: this.periodEndOnly,
            atPeriodEnd: this.atPeriodEnd,
            failure: this.failure,
            onTimingChange: (atPeriodEnd) => (this.atPeriodEnd = atPeriodEnd),
          })
        : nothing}
    </so-confirm-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-subscriptions': SoSubscriptions;
  }
  interface GlobalEventHandlersEventMap {
    'so-subscription-cancel-request': CustomEvent<SoSubscriptionCancelRequestDetail>;
    'so-subscription-cancelled': CustomEvent<SoSubscriptionCancelledDetail>;
  }
}
