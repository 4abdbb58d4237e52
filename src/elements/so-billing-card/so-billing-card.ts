import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountClient, BillingPortalFlow, BillingSummary, Invoice } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import { formatDate } from '../../internal/format.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { stateStyles } from '../../internal/styles/states.js';
import { hasPermission, loadViewer } from '../../internal/viewer.js';
import { loadBilling, paymentProblem, PORTAL_TARGETS, protocolOf, type BillingPortalTarget, type PaymentProblem } from './billing-model.js';
import { BillingPortalController } from './billing-portal.js';
import { formatMoney, planTimingText, renderCardDetails, renderInvoiceTable } from './billing-templates.js';
import { styles } from './so-billing-card.styles.js';
import { billingCardMessages } from '../../internal/localize/messages/billing-card.js';

export type { BillingPortalTarget } from './billing-model.js';

/** Detail of `so-billing-portal-open`. The URL is a short-lived portal session: open it, don't store it. */
export interface SoBillingPortalOpenDetail {
  /** The portal session URL, already checked to be `https:`. */
  url: string;
  /** What the user asked for: `manage`, `payment_method` or `invoices`. */
  flow: BillingPortalFlow;
  /** Where the card would open it: the `portal-target` in effect. */
  target: BillingPortalTarget;
}

/** Detail of `so-plan-choose-request`: why the user has no plan to manage. */
export interface SoPlanChooseRequestDetail {
  /** `no_subscription`: never subscribed (or none on record); `canceled`: the subscription was canceled. */
  reason: 'no_subscription' | 'canceled';
}

interface BillingView {
  billing: BillingSummary | null;
  canManage: boolean;
}

/**
 * Shows the current plan, its price, status and renewal, a scheduled plan change, the payment
 * method, and the latest invoices; sends the user to the billing provider's portal (only `https:`
 * portal URLs are opened) to change plan or card or to see invoices. Card numbers never enter the
 * element. A payment problem (a `paymentIssue`, a past-due status, or an expired card) shows as an
 * alert at the top with one action that fixes it. Without `billing:manage` the card is read-only
 * and says who can change billing. With no subscription (`getBilling()` answers `not_found` or
 * `null`) it asks the host to offer plans through `so-plan-choose-request`.
 *
 * @summary Current plan, renewal, payment method, invoices and the way to the billing portal.
 *
 * @slot payment-method - The host's own payment form (e.g. a provider's hosted card element), shown instead of the "Change payment method" portal button to viewers who can manage billing.
 *
 * @csspart base - The card.
 * @csspart alert - The payment problem alert at the top.
 * @csspart read-only - The note saying who can change billing.
 * @csspart plan - The plan section.
 * @csspart status - The plan status badge.
 * @csspart payment-method - The payment method section.
 * @csspart invoices - The invoices section.
 * @csspart portal-button - Each button that opens the billing portal.
 * @csspart empty - The "no subscription" block.
 *
 * @cssproperty --so-billing-card-background - The card's background (default `--so-color-surface`).
 * @cssproperty --so-billing-card-border-color - The card's border (default `--so-color-border`).
 * @cssproperty --so-billing-card-radius - The card's corner radius (default `--so-radius-large`).
 * @cssproperty --so-billing-card-padding - The space inside the card (default `--so-space-4`).
 * @cssproperty --so-billing-card-alert-color - The payment problem alert's colour (default `--so-color-danger`).
 * @cssproperty --so-billing-card-warning-color - The colour of an expiring card (default `--so-color-warning`).
 *
 * @cssstate loading - Billing is loading.
 * @cssstate payment-problem - A payment problem is shown.
 * @cssstate read-only - The viewer can't manage billing.
 * @cssstate no-subscription - There is no subscription.
 *
 * @fires {CustomEvent<SoBillingPortalOpenDetail>} so-billing-portal-open - A portal session is ready to open. Cancelable: `preventDefault()` and open `detail.url` yourself.
 * @fires {CustomEvent<SoPlanChooseRequestDetail>} so-plan-choose-request - The user asked to choose a plan (no subscription, or a canceled one): show your plans.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed, or the portal URL was refused; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - Opening the portal needs the user to confirm their identity. Cancelable.
 */
@customElement('so-billing-card')
export class SoBillingCard extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, stateStyles, styles];
  static override messages = [billingCardMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<BillingView>(this, this.clients, this.localize, {
    operation: 'getBilling',
    load: async (client, signal) => {
      const [billing, viewer] = await Promise.all([loadBilling(client, signal), loadViewer(client, signal)]);
      return { billing, canManage: hasPermission(viewer, 'billing:manage') };
    },
    isEmpty: (view) => view.billing === null,
    skeletonLines: 5,
  });
  private readonly invoices = new ClientTask<Invoice[]>(this, this.clients, this.localize, {
    operation: 'listInvoices',
    load: async (client, signal) => (client.listInvoices ? client.listInvoices({ signal }) : []),
    isEmpty: (list) => list.length === 0,
  });
  private readonly portal = new BillingPortalController(this, {
    mutations: new MutationController(this, this.clients),
    localize: this.localize,
    settings: () => ({ target: this.target, returnUrl: this.returnUrl }),
    navigate: (url, target) => this.navigate(url, target),
    onReturn: () => void this.reload(),
  });

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** Where the billing portal and invoice links open: `_self` (this tab, the default) or `_blank` (a new tab). */
  @property({ attribute: 'portal-target' }) portalTarget: BillingPortalTarget = '_self';
  /** The absolute URL the billing portal sends the user back to; the server decides when empty. */
  @property({ attribute: 'return-url' }) returnUrl = '';
  /** How many of the latest invoices to list (default 5); the billing portal has them all. */
  @property({ attribute: 'invoice-limit', type: Number }) invoiceLimit = 5;
  /** The level of the section headings, 2–6 (default 3), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('portalTarget') && !PORTAL_TARGETS.includes(this.portalTarget)) {
      devWarn(`<so-billing-card> portal-target="${this.portalTarget}" is not _self or _blank; using _self.`);
    }
    if (changed.has('invoiceLimit') && this.limit !== this.invoiceLimit) {
      devWarn(`<so-billing-card> invoice-limit="${this.invoiceLimit}" is not a positive whole number; using 5.`);
    }
    if (changed.has('headingLevel') && !this.validHeadingLevel) {
      devWarn(`<so-billing-card> heading-level="${this.headingLevel}" is not 2–6; using 3.`);
    }
    if (changed.has('returnUrl') && this.returnUrl && !/^https?:$/.test(protocolOf(this.returnUrl) ?? '')) {
      devWarn(`<so-billing-card> return-url="${this.returnUrl}" is not an absolute http(s) URL; the portal will refuse it.`);
    }
    const view = this.data.value;
    const problem = view?.billing && paymentProblem(view.billing, new Date());
    this.toggleState('loading', this.data.pending);
    this.toggleState('payment-problem', !this.data.pending && !!problem);
    this.toggleState('read-only', !this.data.pending && !!view && !view.canManage);
    this.toggleState('no-subscription', !this.data.pending && view?.billing === null);
  }

  /** Loads billing and invoices again, e.g. after the host's own payment form saved a new card. */
  async reload(): Promise<void> {
    await Promise.all([this.data.reload(), this.invoices.reload()]);
  }

  /**
   * Opens a checked `https:` portal URL; returns whether it opened (a blocked pop-up is `false`).
   * Override it to open the portal another way, or listen for `so-billing-portal-open`.
   */
  protected navigate(url: string, target: BillingPortalTarget): boolean {
    if (target === '_blank') {
      const opened = window.open(url, '_blank');
      if (opened) opened.opener = null;
      return !!opened;
    }
    window.location.assign(url);
    return true;
  }

  private get target(): BillingPortalTarget {
    return PORTAL_TARGETS.includes(this.portalTarget) ? this.portalTarget : '_self';
  }

  private get limit(): number {
    return Number.isInteger(this.invoiceLimit) && this.invoiceLimit > 0 ? this.invoiceLimit : 5;
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6;
  }

  private get canOpenPortal(): boolean {
    return !!this.data.value?.canManage && this.clients.can('createBillingPortalSession');
  }

  private get hasPaymentSlot(): boolean {
    return !!this.querySelector(':scope > [slot="payment-method"]');
  }

  private handleProblemAction(problem: PaymentProblem): void {
    if (problem.flow === 'payment_method' && this.hasPaymentSlot) {
      // The host's own form fixes it: take the user there.
      const section = this.renderRoot.querySelector<HTMLElement>('[part="payment-method"]');
      section?.scrollIntoView({ block: 'nearest' });
      section?.focus();
      return;
    }
    void this.portal.open(problem.flow);
  }

  private handleChoosePlan(reason: SoPlanChooseRequestDetail['reason']): void {
    this.emit('so-plan-choose-request', { reason });
  }

  override render() {
    return html`<div class="card" part="base" aria-busy=${this.data.pending ? 'true' : 'false'}>
      ${this.data.render({
        ready: (view) => this.renderReady(view.billing!, view.canManage),
        empty: () => this.renderNoSubscription(),
      })}
    </div>`;
  }

  private renderReady(billing: BillingSummary, canManage: boolean): TemplateResult {
    const problem = paymentProblem(billing, new Date());
    return html`${problem ? this.renderProblem(problem, canManage) : nothing}
      ${canManage ? nothing : html`<p class="read-only" part="read-only">${this.localize.term('billingCard.readOnly')}</p>`}
      ${this.renderPlan(billing, canManage, !problem)} ${this.renderPaymentMethod(billing, canManage)} ${this.renderInvoices()}`;
  }

  private renderHeading(id: string, text: string): TemplateResult {
    const level = this.validHeadingLevel ? this.headingLevel : 3;
    return html`<div class="heading" role="heading" aria-level=${level} id=${id}>${text}</div>`;
  }

  private renderPortalButton(flow: BillingPortalFlow, label: string, primary = false): TemplateResult | typeof nothing {
    if (!this.canOpenPortal) return nothing;
    // aria-disabled, not disabled: the clicked button keeps focus while the portal opens.
    return html`<button
      type="button"
      class=${primary ? 'primary' : ''}
      part="portal-button"
      aria-disabled=${this.portal.busy() ? 'true' : 'false'}
      @click=${() => this.portal.open(flow)}
    >${this.portal.busy(flow) ? this.localize.term('billingCard.opening') : label}</button>`;
  }

  private renderPortalFeedback(flow: BillingPortalFlow): TemplateResult | typeof nothing {
    const feedback = this.portal.feedback;
    if (feedback?.flow !== flow) return nothing;
    if (feedback.kind === 'error') return html`<p class="portal-error" role="alert">${feedback.message}</p>`;
    return html`<p class="portal-blocked" role="status">
      ${this.localize.term('billingCard.portalBlocked')}
      <a href=${feedback.url} target="_blank" rel="noopener noreferrer" @click=${() => this.portal.clear()}
        >${this.localize.term('billingCard.portalOpenLink')}<span class="visually-hidden">
          ${this.localize.term('billingCard.opensInNewTab')}</span
        ></a
      >
    </p>`;
  }

  private renderProblem(problem: PaymentProblem, canManage: boolean): TemplateResult {
    const { kind, flow } = problem;
    const fixable = this.canOpenPortal || (flow === 'payment_method' && this.hasPaymentSlot);
    const actionLabel = flow === 'invoices' ? 'billingCard.problemActionConfirm' : 'billingCard.problemActionPaymentMethod';
    return html`<div class="problem" part="alert" role="alert">
      <p class="problem-title">${this.localize.term(`billingCard.problem.${kind}.title`)}</p>
      <p>${problem.message ?? this.localize.term(`billingCard.problem.${kind}.body`)}</p>
      ${!canManage
        ? html`<p>${this.localize.term('billingCard.problemReadOnly')}</p>`
        : fixable
          ? html`<button type="button" class="primary" @click=${() => this.handleProblemAction(problem)}>
              ${this.localize.term(actionLabel)}
            </button>`
          : nothing}
    </div>`;
  }

  /** `manageIsPrimary`: "Manage billing" is the main action unless a problem or a canceled plan offers a better one. */
  private renderPlan(billing: BillingSummary, canManage: boolean, manageIsPrimary: boolean): TemplateResult {
    const { plan, status, scheduledChange } = billing;
    const timing = planTimingText(this.localize, billing, new Date());
    const price = formatMoney(this.localize, plan.amount, plan.currency);
    return html`<section class="section" part="plan" aria-labelledby="plan-heading">
      <div class="section-header">
        ${this.renderHeading('plan-heading', this.localize.term('billingCard.planHeading'))}
        ${this.renderPortalButton('manage', this.localize.term('billingCard.manageBilling'), manageIsPrimary && status !== 'canceled')}
      </div>
      <p class="plan-name">
        <span>${plan.name}</span>
        <span class="badge" part="status" data-status=${status}>${this.localize.term('billingCard.status', status)}</span>
      </p>
      <p class="price">${this.localize.term('billingCard.price', price, plan.interval)}</p>
      ${timing ? html`<p class="muted">${timing}</p>` : nothing}
      ${scheduledChange
        ? html`<p class="note">
            ${this.localize.term('billingCard.scheduledChange', scheduledChange.planName, formatDate(this.localize.lang, scheduledChange.effectiveAt))}
          </p>`
        : nothing}
      ${status === 'canceled' && canManage
        ? html`<button type="button" class="primary" @click=${() => this.handleChoosePlan('canceled')}>
            ${this.localize.term('billingCard.choosePlan')}
          </button>`
        : nothing}
      ${this.renderPortalFeedback('manage')}
    </section>`;
  }

  private renderPaymentMethod(billing: BillingSummary, canManage: boolean): TemplateResult {
    const card = billing.paymentMethod;
    const trialEnd = billing.status === 'trialing' ? (billing.trialEndsAt ?? billing.renewsAt) : undefined;
    const change = card ? 'billingCard.changePaymentMethod' : 'billingCard.addPaymentMethod';
    return html`<section class="section" part="payment-method" aria-labelledby="payment-heading" tabindex="-1">
      <div class="section-header">
        ${this.renderHeading('payment-heading', this.localize.term('billingCard.paymentMethodHeading'))}
        ${this.hasPaymentSlot ? nothing : this.renderPortalButton('payment_method', this.localize.term(change))}
      </div>
      ${card
        ? renderCardDetails(this.localize, card, new Date())
        : html`<p class="muted">
            ${trialEnd
              ? this.localize.term('billingCard.noPaymentMethodTrial', formatDate(this.localize.lang, trialEnd))
              : this.localize.term('billingCard.noPaymentMethod')}
          </p>`}
      ${canManage ? html`<slot name="payment-method" @slotchange=${() => this.requestUpdate()}></slot>` : nothing}
      ${this.renderPortalFeedback('payment_method')}
    </section>`;
  }

  private renderInvoices(): TemplateResult | typeof nothing {
    const listable = this.clients.can('listInvoices');
    if (!listable && !this.canOpenPortal) return nothing;
    return html`<section class="section" part="invoices" aria-labelledby="invoices-heading" aria-busy=${listable && this.invoices.pending ? 'true' : 'false'}>
      <div class="section-header">
        ${this.renderHeading('invoices-heading', this.localize.term('billingCard.invoicesHeading'))}
        ${this.renderPortalButton('invoices', this.localize.term('billingCard.viewInvoices'))}
      </div>
      ${listable
        ? this.invoices.render({
            ready: (list) => renderInvoiceTable(this.localize, list, { limit: this.limit, target: this.target, labelledBy: 'invoices-heading' }),
            empty: () => html`<p class="muted">${this.localize.term('billingCard.invoicesEmpty')}</p>`,
          })
        : html`<p class="muted">${this.localize.term('billingCard.invoicesInPortal')}</p>`}
      ${this.renderPortalFeedback('invoices')}
    </section>`;
  }

  private renderNoSubscription(): TemplateResult {
    const canManage = !!this.data.value?.canManage;
    return html`<div class="no-subscription" part="empty">
      ${this.renderHeading('empty-heading', this.localize.term('billingCard.noSubscriptionTitle'))}
      <p class="muted">
        ${this.localize.term(canManage ? 'billingCard.noSubscriptionBody' : 'billingCard.noSubscriptionReadOnly')}
      </p>
      ${canManage
        ? html`<button type="button" class="primary" @click=${() => this.handleChoosePlan('no_subscription')}>
            ${this.localize.term('billingCard.choosePlan')}
          </button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-billing-card': SoBillingCard;
  }
  interface GlobalEventHandlersEventMap {
    'so-billing-portal-open': CustomEvent<SoBillingPortalOpenDetail>;
    'so-plan-choose-request': CustomEvent<SoPlanChooseRequestDetail>;
  }
}
