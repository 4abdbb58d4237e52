import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../stories/elements/so-billing-card.stories.js';
import { captureConsole } from '../helpers/console.js';
import { textOf } from '../helpers/so-billing-card-fixtures.js';

type Story = {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
};
const { default: meta, ...named } = stories as unknown as { default: Story } & Record<string, Story>;

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
};

describe('<so-billing-card> stories', () => {
  it('has a check for every story', () => {
    expect(Object.keys(named).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [exportName, story] of Object.entries(named)) {
    it(`renders “${story.name ?? exportName}” with no error or warning logged`, async () => {
      const errors = captureConsole('error');
      const warnings = captureConsole('warn');
      try {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const frame = await fixture<HTMLElement>(render(args, {}));
        const canvasElement = frame.parentElement!;
        await waitUntil(() => textOf(canvasElement).includes(EXPECTED[exportName]!), `shows “${EXPECTED[exportName]}”`, { timeout: 4000 });
        await expect(canvasElement).to.be.accessible();
      } finally {
        warnings.restore();
        errors.restore();
      }
      expect(errors.messages).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
