/**
 * What `<so-billing-card>` concludes from a `BillingSummary`: whether the card on file is still
 * good, and whether a payment problem needs the user now. Pure functions of the data and a clock.
 */
import { isAccountApiError } from '../../client/errors.js';
import type { AccountClient, BillingPortalFlow, BillingSummary, Invoice, PaymentMethod } from '../../client/types.js';

const DAY = 86_400_000;

/** A card this close to its last valid day is stated as expiring soon. */
export const EXPIRING_WITHIN_DAYS = 30;

/** Where the billing portal and invoice links open. */
export type BillingPortalTarget = '_self' | '_blank';
export const PORTAL_TARGETS: readonly BillingPortalTarget[] = ['_self', '_blank'];

/** `valid`, `expiring` (last valid day within 30 days) or `expired`. */
export type CardExpiry = 'valid' | 'expiring' | 'expired';

/** The first instant the card no longer works: cards are valid through the last day of their expiry month (UTC). */
export function cardInvalidFrom(card: PaymentMethod): Date {
  return new Date(Date.UTC(card.expYear, card.expMonth, 1));
}

/** The expiry month itself, for "expires at the end of May 2026". */
export function cardExpiryMonth(card: PaymentMethod): Date {
  return new Date(Date.UTC(card.expYear, card.expMonth - 1, 1));
}

export function cardExpiry(card: PaymentMethod, now: Date): CardExpiry {
  const invalidFrom = cardInvalidFrom(card).getTime();
  if (now.getTime() >= invalidFrom) return 'expired';
  const lastValidDay = invalidFrom - DAY;
  return lastValidDay - now.getTime() <= EXPIRING_WITHIN_DAYS * DAY ? 'expiring' : 'valid';
}

/** The payment problems the card names; any other `paymentIssue.code` is `other`. */
export type PaymentProblemKind = 'card_expired' | 'card_declined' | 'requires_action' | 'past_due' | 'other';

/** A payment problem to show at the top, with the portal flow that fixes it. */
export interface PaymentProblem {
  kind: PaymentProblemKind;
  flow: BillingPortalFlow;
  /** The server's own words, shown only for a code this library doesn't know. */
  message?: string;
}

const KNOWN_ISSUES: readonly PaymentProblemKind[] = ['card_expired', 'card_declined', 'requires_action'];

/**
 * The problem to alert about: the server's `paymentIssue`, else a past-due status, else a card
 * that expired while the subscription still needs it (it will fail at the next renewal).
 */
export function paymentProblem(billing: BillingSummary, now: Date): PaymentProblem | null {
  const issue = billing.paymentIssue;
  if (issue) {
    const kind = KNOWN_ISSUES.includes(issue.code as PaymentProblemKind) ? (issue.code as PaymentProblemKind) : 'other';
    // A payment waiting for the bank's confirmation is settled on its invoice.
    const flow: BillingPortalFlow = kind === 'requires_action' ? 'invoices' : 'payment_method';
    return kind === 'other' && issue.message ? { kind, flow, message: issue.message } : { kind, flow };
  }
  if (billing.status === 'past_due') return { kind: 'past_due', flow: 'payment_method' };
  if (billing.status !== 'canceled' && billing.paymentMethod && cardExpiry(billing.paymentMethod, now) === 'expired') {
    return { kind: 'card_expired', flow: 'payment_method' };
  }
  return null;
}

/**
 * The billing summary, or `null` when there is no subscription: the client answered `null`, or
 * `not_found` (the REST contract's 404 on `GET /billing`). Other failures are errors.
 */
export async function loadBilling(client: AccountClient, signal: AbortSignal): Promise<BillingSummary | null> {
  try {
    return (await client.getBilling({ signal })) ?? null;
  } catch (error) {
    if (isAccountApiError(error, 'not_found')) return null;
    throw error;
  }
}

/** The newest `limit` invoices, newest first, whatever order the client returned. */
export function latestInvoices(invoices: readonly Invoice[], limit: number): Invoice[] {
  return [...invoices].sort((a, b) => Date.parse(b.issuedAt) - Date.parse(a.issuedAt)).slice(0, limit);
}

/** The scheme of an absolute URL (`https:`), or `undefined` for a relative or malformed one. */
export function protocolOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}
