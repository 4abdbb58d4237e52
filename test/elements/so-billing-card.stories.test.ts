import * as stories from '../../stories/elements/so-billing-card.stories.js';
import { describeStories } from '../helpers/stories.js';

/** What each story must show once it has settled. */
const EXPECTED: Record<string, string> = {
  ActivePro: 'Pro Active $49.00 per month',
  Trialing: 'Free trial until',
  ScheduledDowngrade: 'Changes to Starter on',
  CardExpiringSoon: 'Mastercard ending in 4444 Expires soon',
  CardExpired: 'Your card has expired',
  DeclinedPastDue: 'Your last payment was declined',
  RequiresAction: 'Your bank needs you to confirm a payment',
  NoPaymentMethod: 'No payment method on file.',
  Canceled: 'Canceled; access continues until',
  NoSubscription: 'No active subscription',
  WithInvoices: 'Void',
  ReadOnly: 'You can view billing, but only people allowed to manage billing',
  HostPaymentForm: 'Card (your provider\'s hosted field goes here)',
  DarkTheme: 'Changes to Team on',
  YenCurrency: '¥58,000 per year',
  German: 'Pro Aktiv 49,00 € pro Monat',
  Loading: 'Loading…',
  ErrorState: 'The service is temporarily unavailable.',
  WithoutPortal: 'Visa ending in 4242',
  Arabic: 'طريقة الدفع',
  Pseudo: '[!! Þáýɱëñţ ɱëţĥöð !!]',
};

describeStories('<so-billing-card> stories', stories, EXPECTED);
