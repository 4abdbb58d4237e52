import type { MessageSection } from './section.js';
import { cardBrandName } from '../card-brand.js';

const STATUSES: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Past due',
  canceled: 'Canceled',
};

const INVOICE_STATUSES: Record<string, string> = {
  paid: 'Paid',
  open: 'Open',
  void: 'Void',
  uncollectible: 'Uncollectible',
};

/** Messages of `<so-billing-card>`. Keys start with `billingCard.`. */
export const billingCardMessages = {
  // section headings
  'billingCard.planHeading': 'Plan',
  'billingCard.paymentMethodHeading': 'Payment method',
  'billingCard.invoicesHeading': 'Invoices',

  // plan
  'billingCard.status': (_locale: string, status: string) => STATUSES[status] ?? status,
  'billingCard.price': (_locale: string, price: string, interval: string) =>
    interval === 'year' ? `${price} per year` : `${price} per month`,
  'billingCard.renewsOn': (_locale: string, date: string) => `Renews on ${date}`,
  'billingCard.trialEndsOn': (_locale: string, date: string) => `Free trial until ${date}; billing starts then`,
  'billingCard.accessEndsOn': (_locale: string, date: string) => `Canceled; access continues until ${date}`,
  'billingCard.endedOn': (_locale: string, date: string) => `Ended on ${date}`,
  'billingCard.scheduledChange': (_locale: string, planName: string, date: string) =>
    `Changes to ${planName} on ${date} — plan changes apply at your next renewal, so you’re never charged twice.`,

  // payment method
  'billingCard.cardBrand': (_locale: string, brand: string) =>
    cardBrandName(brand, 'Card'),
  'billingCard.cardSummary': (_locale: string, brand: string, last4: string) => `${brand} ending in ${last4}`,
  'billingCard.cardExpires': (_locale: string, date: string) => `Expires ${date}`,
  'billingCard.cardExpiringSoon': (_locale: string, month: string) =>
    `Expires soon, at the end of ${month}. Update it to avoid an interruption.`,
  'billingCard.cardExpired': (_locale: string, month: string) => `Expired at the end of ${month}.`,
  'billingCard.cardBadgeExpiring': 'Expires soon',
  'billingCard.cardBadgeExpired': 'Expired',
  'billingCard.noPaymentMethod': 'No payment method on file.',
  'billingCard.noPaymentMethodTrial': (_locale: string, date: string) =>
    `Add a payment method before your trial ends on ${date} to keep your plan.`,

  // the billing portal
  'billingCard.manageBilling': 'Manage billing',
  'billingCard.changePaymentMethod': 'Change payment method',
  'billingCard.addPaymentMethod': 'Add payment method',
  'billingCard.viewInvoices': 'View invoices',
  'billingCard.opening': 'Opening the billing portal…',
  'billingCard.portalFailed': (_locale: string, reason: string) => `Couldn’t open the billing portal. ${reason}`,
  'billingCard.portalUnsafeUrl':
    'The billing portal sent back a link that isn’t a secure https: address, so it wasn’t opened. Try again, or contact support if this keeps happening.',
  'billingCard.portalBlocked': 'Your browser blocked the new tab.',
  'billingCard.portalOpenLink': 'Open the billing portal',
  'billingCard.opensInNewTab': '(opens in a new tab)',
  'billingCard.invoicesInPortal': 'Invoices and receipts are in the billing portal.',

  // payment problems, by paymentIssue.code (or past due, or an expired card)
  'billingCard.problem.card_expired.title': 'Your card has expired',
  'billingCard.problem.card_expired.body': 'Check your payment settings: update your payment method to keep your plan without interruption.',
  'billingCard.problem.card_declined.title': 'Your last payment was declined',
  'billingCard.problem.card_declined.body': 'Your bank declined the charge. Update your payment method to avoid an interruption of service.',
  'billingCard.problem.requires_action.title': 'Your bank needs you to confirm a payment',
  'billingCard.problem.requires_action.body': 'Confirm the payment with your bank to keep your plan active.',
  'billingCard.problem.past_due.title': 'Your payment is past due',
  'billingCard.problem.past_due.body': 'We couldn’t collect the latest payment. Update your payment method to avoid losing access.',
  'billingCard.problem.other.title': 'There’s a problem with your payment',
  'billingCard.problem.other.body': 'Update your payment method to avoid an interruption of service.',
  'billingCard.problemActionPaymentMethod': 'Update payment method',
  'billingCard.problemActionConfirm': 'Confirm payment',
  'billingCard.problemReadOnly': 'Ask someone who manages billing for your organization to fix this.',

  // permissions
  'billingCard.readOnly':
    'You can view billing, but only people allowed to manage billing for your organization, such as its owners, can change the plan or payment method.',

  // no subscription
  'billingCard.noSubscriptionTitle': 'No active subscription',
  'billingCard.noSubscriptionBody': 'Choose a plan to get started.',
  'billingCard.noSubscriptionReadOnly': 'Ask someone who manages billing for your organization to choose a plan.',
  'billingCard.choosePlan': 'Choose a plan',

  // invoices
  'billingCard.invoicesEmpty': 'No invoices yet.',
  'billingCard.invoiceDate': 'Date',
  'billingCard.invoiceNumber': 'Invoice',
  'billingCard.invoiceAmount': 'Amount',
  'billingCard.invoiceStatusHeader': 'Status',
  'billingCard.invoiceStatus': (_locale: string, status: string) => INVOICE_STATUSES[status] ?? status,
} satisfies MessageSection;
