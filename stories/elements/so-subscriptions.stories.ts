import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, Subscription } from '../../src/client/types.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-subscriptions.js';
import type { SoSubscriptions } from '../../src/so-subscriptions.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  headingLevel: number;
  periodEndOnly: boolean;
  client?: AccountClient;
}

/** A memory client over the example account, with a little latency so the loading state shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

const seed = createSeed();
const [jobs, capacity] = seed.subscriptions as [Subscription, Subscription];

/** Waits for the element in the story to load, then returns it. */
async function loadedSubscriptions(canvasElement: HTMLElement): Promise<SoSubscriptions> {
  const el = canvasElement.querySelector('so-subscriptions')!;
  for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('[part="subscription"]'); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

/** A `play` that opens Unsubscribe for the job plan and, when asked, chooses a timing and confirms. */
const unsubscribe =
  (confirm?: 'period-end' | 'now') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await loadedSubscriptions(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-subscription-id="sub_jobs"] [part="unsubscribe-button"]')!.click();
    const dialog = el.shadowRoot!.querySelector<SoConfirmDialog>('so-confirm-dialog')!;
    for (let waited = 0; waited < 2000 && !dialog.open; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await dialog.updateComplete;
    if (!confirm) return;
    dialog.querySelector<HTMLInputElement>(`input[value="${confirm}"]`)?.click();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  };

const meta: Meta<Args> = {
  title: 'Elements/Subscriptions',
  component: 'so-subscriptions',
  args: { headingLevel: 2, periodEndOnly: false },
  argTypes: { client: { control: false } },
  parameters: { docs: { story: { inline: false, iframeHeight: 560 } } },
  render: (args) => html`<div style="max-inline-size: 44rem">
    <so-subscriptions
      .client=${args.client}
      heading-level=${args.headingLevel}
      ?period-end-only=${args.periodEndOnly}
      @so-subscription-cancel-request=${logEvent}
      @so-subscription-cancelled=${logEvent}
      @so-error=${logEvent}
      @so-reauth-required=${logEvent}
    ></so-subscriptions>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The example organization: a job plan and workspace capacity, both renewing. */
export const Active: Story = { name: 'Active subscriptions', args: { client: clientWith() } };

/** One subscription set to end with the billing period, one ended, one renewing: only the last offers Unsubscribe. */
export const CancellingAtPeriodEnd: Story = {
  name: 'Cancelling at period end',
  args: {
    client: clientWith({
      seed: {
        subscriptions: [
          { ...jobs, cancelAtPeriodEnd: true },
          { ...capacity, status: 'canceled' },
          { id: 'sub_storage', kind: 'storage_addon', name: 'Extra storage — 1 TB', status: 'trialing', renewsAt: jobs.renewsAt, cancelAtPeriodEnd: false },
        ],
      },
    }),
  },
};

/** Unsubscribing at the end of the period, confirmed: the row then says "Ends on …" and has focus. */
export const CancelledAtPeriodEnd: Story = { name: 'After unsubscribing at period end', args: { client: clientWith() }, play: unsubscribe('period-end') };

export const Empty: Story = { name: 'No subscriptions', args: { client: clientWith({ seed: { subscriptions: [] } }) } };

/** The confirmation: at the end of the billing period (chosen) or now. */
export const CancelDialog: Story = { name: 'Dialog: unsubscribe', args: { client: clientWith() }, play: unsubscribe() };

/** A host that only lets subscriptions end with their period: no "Now". */
export const PeriodEndOnly: Story = { name: 'Dialog: period end only', args: { client: clientWith(), periodEndOnly: true }, play: unsubscribe() };

/** A failed cancellation keeps the dialog open with the reason; confirm again to retry with the same key. */
export const CancelError: Story = {
  name: 'Error: unsubscribe',
  args: { client: clientWith({ failures: { cancelSubscription: 'unavailable' } }) },
  play: unsubscribe('now'),
};

/** A member without `organization:manage` sees the subscriptions, read-only, and who can cancel them. */
export const ReadOnly: Story = {
  name: 'Read-only (member)',
  args: { client: clientWith({ seed: { viewer: { ...seed.viewer, permissions: ['api_keys:write'] } } }) },
};

/** A client without `listSubscriptions()`: the element says so instead of failing. */
export const NotAvailable: Story = { name: 'Not available', args: { client: clientWith({ capabilities: { omit: ['listSubscriptions', 'cancelSubscription'] } }) } };

export const Loading: Story = {
  name: 'Loading',
  args: { client: { ...createMemoryAccountClient(), listSubscriptions: () => new Promise<never>(() => undefined) } },
};

export const LoadError: Story = { name: 'Error loading', args: { client: clientWith({ failures: { listSubscriptions: 'network' } }) } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith({ seed: { subscriptions: [jobs, { ...capacity, cancelAtPeriodEnd: true }] } }) },
  decorators: [darkTheme],
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...Active, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...Active, name: 'Pseudo-locale', decorators: [pseudo] };
