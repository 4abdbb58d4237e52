import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, BillingSummary, Invoice } from '../../src/client/types.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import '../../src/so-billing-card.js';
import type { BillingPortalTarget, SoBillingPortalOpenDetail, SoPlanChooseRequestDetail } from '../../src/so-billing-card.js';
import { de } from '../../src/locales/de.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('de', de);
registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  portalTarget: BillingPortalTarget;
  returnUrl: string;
  invoiceLimit: number;
  headingLevel: number;
  client?: AccountClient;
}

const DAY = 86_400_000;
const seed = createSeed();
const now = new Date();
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const thisMonth = { expMonth: now.getUTCMonth() + 1, expYear: now.getUTCFullYear() };
const lastMonth = now.getUTCMonth() === 0 ? { expMonth: 12, expYear: now.getUTCFullYear() - 1 } : { expMonth: now.getUTCMonth(), expYear: now.getUTCFullYear() };

/** The seed's Pro plan (USD 49 a month, renewing on the 18th, Visa 4242) with `overrides`. */
const billing = (overrides: Partial<BillingSummary> = {}): BillingSummary => ({ ...seed.billing, ...overrides });

/** A memory client with `billing` in place of the seed's, and a little latency so loading shows first. */
function clientWith(summary: BillingSummary, options: Omit<MemoryClientOptions, 'seed'> & { invoices?: Invoice[]; readOnly?: boolean } = {}) {
  const { invoices, readOnly, ...rest } = options;
  const viewer = readOnly
    ? { ...seed.viewer, name: 'Tom Lindqvist', permissions: seed.viewer.permissions.filter((permission) => permission !== 'billing:manage') }
    : seed.viewer;
  return createMemoryAccountClient({ seed: { billing: summary, viewer, ...(invoices && { invoices }) }, latencyMs: 300, ...rest });
}

/** A year of monthly invoices, newest first, with one still open and one voided. */
const yearOfInvoices: Invoice[] = Array.from({ length: 12 }, (_, index) => {
  const issued = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - index - 1, 18, 12));
  const status: Invoice['status'] = index === 0 ? 'open' : index === 4 ? 'void' : 'paid';
  return {
    id: `inv_${index}`,
    number: `ACME-${issued.toISOString().slice(0, 7).replace('-', '')}`,
    amount: index === 0 ? 6_820 : 4_900,
    currency: 'USD',
    status,
    issuedAt: issued.toISOString(),
    url: `https://billing.sentientone.example/invoices/inv_${index}`,
  };
});

/** Shows, next to the card, what the host was asked to do; the portal isn't really opened in Storybook. */
function logEvent(event: CustomEvent<SoBillingPortalOpenDetail | SoPlanChooseRequestDetail>): void {
  const output = (event.currentTarget as HTMLElement).parentElement!.querySelector('output')!;
  if (event.type === 'so-billing-portal-open') {
    event.preventDefault();
    const { flow, target } = event.detail as SoBillingPortalOpenDetail;
    output.textContent = `so-billing-portal-open: flow "${flow}", target "${target}" (prevented in Storybook).`;
  } else {
    output.textContent = `so-plan-choose-request: reason "${(event.detail as SoPlanChooseRequestDetail).reason}" — the host shows its plans.`;
  }
}

const renderCard = (args: Args, slotted: unknown = nothing) => html`<div style="max-inline-size: 40rem">
  <so-billing-card
    .client=${args.client}
    portal-target=${args.portalTarget}
    return-url=${args.returnUrl || nothing}
    invoice-limit=${args.invoiceLimit}
    heading-level=${args.headingLevel}
    @so-billing-portal-open=${logEvent}
    @so-plan-choose-request=${logEvent}
    >${slotted}</so-billing-card
  >
  <output aria-live="polite" style="display: block; margin-block-start: 1rem; font: 0.875rem system-ui"></output>
</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Billing card',
  component: 'so-billing-card',
  args: { portalTarget: '_self', returnUrl: '', invoiceLimit: 5, headingLevel: 3 },
  argTypes: {
    portalTarget: { control: 'inline-radio', options: ['_self', '_blank'] },
    invoiceLimit: { control: { type: 'number', min: 1, max: 24 } },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    client: { control: false },
  },
  render: (args) => renderCard(args),
};

export default meta;
type Story = StoryObj<Args>;

/** The Pro plan, active, paid by a valid Visa; the latest invoices below. */
export const ActivePro: Story = { name: 'Active Pro plan', args: { client: clientWith(billing()) } };

/** A free trial: when it ends, and what it costs after. */
export const Trialing: Story = {
  args: { client: clientWith(billing({ status: 'trialing', trialEndsAt: isoIn(12) }), { invoices: [] }) },
};

/** A downgrade booked for the next renewal, so nobody is charged twice. */
export const ScheduledDowngrade: Story = {
  name: 'Scheduled downgrade',
  args: { client: clientWith(billing({ scheduledChange: { planName: 'Starter', effectiveAt: seed.billing.renewsAt } })) },
};

/** The card's last valid day is within 30 days: stated, with the way to change it. */
export const CardExpiringSoon: Story = {
  name: 'Card expiring soon',
  args: { client: clientWith(billing({ paymentMethod: { brand: 'mastercard', last4: '4444', ...thisMonth } })) },
};

/** The card on file has expired ("check your payment settings"): an alert at the top with one fix. */
export const CardExpired: Story = {
  name: 'Card expired',
  args: {
    client: clientWith(
      billing({ paymentMethod: { brand: 'visa', last4: '0005', ...lastMonth }, paymentIssue: { code: 'card_expired', message: 'Check your payment settings.' } }),
    ),
  },
};

/** The renewal charge was declined and the subscription is past due. */
export const DeclinedPastDue: Story = {
  name: 'Declined, past due',
  args: { client: clientWith(billing({ status: 'past_due', paymentIssue: { code: 'card_declined' } })) },
};

/** The bank asks the customer to confirm the payment (3-D Secure): the fix is on the open invoice. */
export const RequiresAction: Story = {
  name: 'Payment requires action',
  args: { client: clientWith(billing({ paymentIssue: { code: 'requires_action' } })) },
};

/** No card on file yet. */
export const NoPaymentMethod: Story = {
  name: 'No payment method',
  args: { client: clientWith(billing({ paymentMethod: null })) },
};

/** Canceled: access continues to the end of the period, and the host can offer plans again. */
export const Canceled: Story = {
  args: { client: clientWith(billing({ status: 'canceled', renewsAt: isoIn(9) })) },
};

/** No subscription at all (`getBilling()` answers `not_found`): a call to action for the host's plans. */
export const NoSubscription: Story = {
  name: 'No subscription',
  args: { client: clientWith(billing(), { failures: { getBilling: 'not_found' } }) },
};

/** A year of invoices, the latest five listed (see the `invoice-limit` control), newest first. */
export const WithInvoices: Story = {
  name: 'With invoices',
  args: { client: clientWith(billing(), { invoices: yearOfInvoices }) },
};

/** A member without `billing:manage`: everything readable, nothing changeable, and who can change it. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: { client: clientWith(billing({ status: 'past_due', paymentIssue: { code: 'card_declined' } }), { readOnly: true }) },
};

/** The host's own payment form in the `payment-method` slot, instead of the portal link. */
export const HostPaymentForm: Story = {
  name: 'Slot: host payment form',
  args: { client: clientWith(billing({ paymentIssue: { code: 'card_declined' }, status: 'past_due' })) },
  render: (args) =>
    renderCard(
      args,
      html`<form slot="payment-method" style="display: grid; gap: 0.5rem; margin-block-start: 0.5rem" @submit=${(event: Event) => event.preventDefault()}>
        <label style="display: grid; gap: 0.25rem; font-size: 0.875rem"
          >Card (your provider's hosted field goes here)
          <input name="card" autocomplete="cc-number" placeholder="Provider-hosted card field" style="padding: 0.5rem" />
        </label>
        <button type="submit" style="justify-self: start">Save card</button>
      </form>`,
    ),
};

/** The dark colour scheme, whatever the system setting. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { client: clientWith(billing({ scheduledChange: { planName: 'Team', effectiveAt: seed.billing.renewsAt } }), { invoices: yearOfInvoices }) },
};

/** A yearly plan billed in yen, a currency without minor units. */
export const YenCurrency: Story = {
  name: 'Non-USD currency (JPY)',
  args: {
    client: clientWith(billing({ plan: { id: 'plan_pro_yearly_jpy', name: 'Pro', amount: 58_000, currency: 'JPY', interval: 'year' } }), {
      invoices: [
        { id: 'inv_jp', number: 'ACME-JP-0001', amount: 58_000, currency: 'JPY', status: 'paid', issuedAt: isoIn(-30), url: 'https://billing.sentientone.example/invoices/inv_jp' },
      ],
    }),
  },
};

/** German (`lang="de"` on an ancestor), in euros, with the German messages registered. */
export const German: Story = {
  args: {
    client: clientWith(
      billing({
        plan: { id: 'plan_pro_eur', name: 'Pro', amount: 4_900, currency: 'EUR', interval: 'month' },
        paymentMethod: { brand: 'mastercard', last4: '4444', ...thisMonth },
      }),
      { invoices: yearOfInvoices.map((invoice) => ({ ...invoice, currency: 'EUR' })) },
    ),
  },
  render: (args) => html`<div lang="de">${renderCard(args)}</div>`,
};

/** Loading: the client never answers. */
export const Loading: Story = {
  args: { client: { ...createMemoryAccountClient(), getBilling: () => new Promise<never>(() => {}) } },
};

/** The billing service is down: the error, with Try again. */
export const ErrorState: Story = {
  name: 'Error',
  args: { client: clientWith(billing(), { failures: { getBilling: 'unavailable' } }) },
};

/** A client without `createBillingPortalSession`: no portal buttons, so no dead ends. */
export const WithoutPortal: Story = {
  name: 'Without a billing portal',
  args: { client: clientWith(billing(), { capabilities: { omit: ['createBillingPortalSession'] } }) },
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...ActivePro, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...ActivePro, name: 'Pseudo-locale', decorators: [pseudo] };
