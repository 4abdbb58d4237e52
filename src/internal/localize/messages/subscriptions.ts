import type { MessageSection } from './section.js';

// Kinds and statuses this library names; any other value a backend sends is shown as it came.
const KINDS: Record<string, string> = {
  job_plan: 'Job plan',
  workspace_capacity: 'Workspace capacity',
};

const STATUSES: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Past due',
  canceled: 'Ended',
};

/** Messages of `<so-subscriptions>`. Keys start with `subscriptions.`. */
export const subscriptionsMessages = {
  'subscriptions.label': 'Subscriptions',
  'subscriptions.description':
    'Plans and add-ons your organization pays for. An organization can’t be deleted while one of them is active.',
  'subscriptions.empty': 'Your organization has no subscriptions.',
  'subscriptions.unavailable': 'Subscriptions can’t be shown here: this service doesn’t list them.',
  'subscriptions.readOnly':
    'You can see the organization’s subscriptions, but only people who manage the organization, such as its owners, can cancel them.',
  'subscriptions.kindLabel': 'Type',
  'subscriptions.kind': (_locale: string, kind: string) => KINDS[kind] ?? kind,
  'subscriptions.status': (_locale: string, status: string) => STATUSES[status] ?? status,
  'subscriptions.renewsOn': (_locale: string, date: string) => `Renews on ${date}`,
  'subscriptions.endsOn': (_locale: string, date: string) => `Ends on ${date}`,
  'subscriptions.endedOn': (_locale: string, date: string) => `Ended on ${date}`,
  'subscriptions.unsubscribe': 'Unsubscribe',
  'subscriptions.unsubscribeLabel': (_locale: string, name: string) => `Unsubscribe from ${name}`,
  'subscriptions.unsubscribing': 'Unsubscribing…',

  // the confirmation
  'subscriptions.dialogHeading': (_locale: string, name: string) => `Unsubscribe from ${name}?`,
  'subscriptions.dialogConfirm': 'Unsubscribe',
  'subscriptions.dialogKeep': 'Keep subscription',
  'subscriptions.whenLegend': 'When should it end?',
  'subscriptions.atPeriodEnd': 'At the end of the billing period',
  'subscriptions.atPeriodEndHint': (_locale: string, date: string) => `It keeps working until ${date} and doesn’t renew.`,
  'subscriptions.now': 'Now',
  'subscriptions.nowHint': 'It stops at once. The rest of the current period is not used.',
  'subscriptions.periodEndOnly': (_locale: string, name: string, date: string) =>
    `${name} keeps working until the end of the billing period, ${date}, and doesn’t renew.`,

  // outcomes
  'subscriptions.endsAnnounced': (_locale: string, name: string, date: string) => `${name} ends on ${date}.`,
  'subscriptions.endedAnnounced': (_locale: string, name: string) => `${name} has ended.`,
  'subscriptions.cancelFailed': (_locale: string, name: string, reason: string) => `Couldn’t unsubscribe from ${name}. ${reason}`,
} satisfies MessageSection;
