import * as stories from '../../stories/elements/so-subscriptions.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-subscriptions> stories', stories, {
  Active: 'Agent job plan — 10,000 runs Type Job plan Active Renews on',
  CancellingAtPeriodEnd: 'Extra storage — 1 TB Type storage_addon Trial',
  CancelledAtPeriodEnd: 'Agent job plan — 10,000 runs Type Job plan Active Ends on',
  Empty: 'Your organization has no subscriptions.',
  CancelDialog: 'When should it end? At the end of the billing period',
  PeriodEndOnly: 'keeps working until the end of the billing period',
  CancelError: 'Couldn’t unsubscribe from Agent job plan — 10,000 runs. The service is temporarily unavailable.',
  ReadOnly: 'only people who manage the organization, such as its owners, can cancel them.',
  NotAvailable: 'Subscriptions can’t be shown here: this service doesn’t list them.',
  Loading: 'Loading…',
  LoadError: 'Can’t reach the server.',
  DarkTheme: 'Workspace capacity — 25 seats Type Workspace capacity Active Ends on',
  Arabic: 'خطة المهام',
  Pseudo: '[!! Šüƀšçŕíþţíöñš !!]',
});
