/**
 * The read-only pieces of `<so-billing-card>`: texts and templates that depend only on the data,
 * the language and the clock, so the element's class keeps the behaviour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BillingSummary, Invoice, PaymentMethod } from '../../client/types.js';
import { formatDate, formatMoney as formatCurrency, formatNumber, isFiniteNumber, toDate } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { safeHref } from '../../internal/safe-url.js';
import { cardExpiry, cardExpiryMonth, latestInvoices, type BillingPortalTarget } from './billing-model.js';

/** Money in the reader's format; a currency `Intl` doesn't know shows as a number and its code. */
export function formatMoney(localize: LocalizeController, amountMinor: number, currency: string): string {
  if (!isFiniteNumber(amountMinor)) return '';
  try {
    return formatCurrency(localize.lang, amountMinor, currency);
  } catch {
    return `${formatNumber(localize.lang, amountMinor / 100)} ${currency}`;
  }
}

/** When the plan renews, the trial ends, or a canceled plan's access ends (or ended). */
export function planTimingText(localize: LocalizeController, billing: BillingSummary, now: Date): string | undefined {
  const renews = toDate(billing.renewsAt);
  if (billing.status === 'trialing') {
    const trialEnd = toDate(billing.trialEndsAt) ?? renews;
    return trialEnd ? localize.term('billingCard.trialEndsOn', formatDate(localize.lang, trialEnd)) : undefined;
  }
  if (!renews) return undefined;
  if (billing.status === 'canceled') {
    return renews > now
      ? localize.term('billingCard.accessEndsOn', formatDate(localize.lang, renews))
      : localize.term('billingCard.endedOn', formatDate(localize.lang, renews));
  }
  return localize.term('billingCard.renewsOn', formatDate(localize.lang, renews));
}

/** "Visa ending in 4242", a badge when it expires soon or has expired, and the expiry stated. */
export function renderCardDetails(localize: LocalizeController, card: PaymentMethod, now: Date): TemplateResult {
  const expiry = cardExpiry(card, now);
  const month = cardExpiryMonth(card);
  const longMonth = () => formatDate(localize.lang, month, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const text =
    expiry === 'expired'
      ? localize.term('billingCard.cardExpired', longMonth())
      : expiry === 'expiring'
        ? localize.term('billingCard.cardExpiringSoon', longMonth())
        : localize.term('billingCard.cardExpires', formatDate(localize.lang, month, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
  const brand = localize.term('billingCard.cardBrand', card.brand ?? '');
  return html`<p class="card-summary">
      <span>${localize.term('billingCard.cardSummary', brand, card.last4)}</span>
      ${expiry === 'valid'
        ? nothing
        : html`<span class="badge" data-expiry=${expiry}>
            ${localize.term(expiry === 'expired' ? 'billingCard.cardBadgeExpired' : 'billingCard.cardBadgeExpiring')}
          </span>`}
    </p>
    ${isFiniteNumber(card.expMonth) && isFiniteNumber(card.expYear)
      ? html`<p class="expiry" data-expiry=${expiry}>${text}</p>`
      : nothing}`;
}

/** The latest `limit` invoices as a table; a number links to its page only when the URL is https: or relative. */
export function renderInvoiceTable(
  localize: LocalizeController,
  invoices: readonly Invoice[],
  options: { limit: number; target: BillingPortalTarget; labelledBy: string },
): TemplateResult {
  const newTab = options.target === '_blank';
  const number = (invoice: Invoice) => {
    const href = safeHref(invoice.url);
    if (!href) return invoice.number;
    return html`<a href=${href} target=${options.target} rel=${newTab ? 'noopener noreferrer' : nothing}
      >${invoice.number}${newTab
        ? html`<span class="visually-hidden"> ${localize.term('billingCard.opensInNewTab')}</span>`
        : nothing}</a
    >`;
  };
  return html`<table class="invoices" aria-labelledby=${options.labelledBy}>
    <thead>
      <tr>
        <th scope="col">${localize.term('billingCard.invoiceDate')}</th>
        <th scope="col">${localize.term('billingCard.invoiceNumber')}</th>
        <th scope="col" class="amount">${localize.term('billingCard.invoiceAmount')}</th>
        <th scope="col">${localize.term('billingCard.invoiceStatusHeader')}</th>
      </tr>
    </thead>
    <tbody>
      ${latestInvoices(invoices, options.limit).map(
        (invoice) => html`<tr>
          <td>${formatDate(localize.lang, invoice.issuedAt, { dateStyle: 'medium' })}</td>
          <td>${number(invoice)}</td>
          <td class="amount">${formatMoney(localize, invoice.amount, invoice.currency)}</td>
          <td>
            <span class="invoice-status" data-status=${invoice.status}>${localize.term('billingCard.invoiceStatus', invoice.status)}</span>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
