import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import '../../src/so-notification-settings.js';
import type { NotificationSettingsMode, SoNotificationSettings } from '../../src/so-notification-settings.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  mode: NotificationSettingsMode;
  client?: AccountClient;
}

/** A memory client over the example account, with a little latency so the loading state shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

/** A `play` that flips one switch once the grid has loaded, and presses Save in form mode. */
const flipWeeklyDigest =
  (save = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector<SoNotificationSettings>('so-notification-settings')!;
    const find = () => el.shadowRoot?.querySelector<HTMLInputElement>('[data-category="weekly_digest"][data-channel="email"]');
    for (let waited = 0; waited < 5000 && !find(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    find()!.click();
    await el.updateComplete;
    if (save) el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  };

registerTranslation('de', {
  'notifications.label': 'Benachrichtigungen',
  'notifications.description': 'Wählen Sie, worüber wir Sie informieren und wie.',
  'notifications.categoryHeader': 'Benachrichtigung',
  'notifications.category.usage_thresholds': 'Nutzungsgrenzen',
  'notifications.category.plan_renewal': 'Planverlängerung',
  'notifications.category.agent_errors': 'Agentenfehler',
  'notifications.category.weekly_digest': 'Wöchentliche Übersicht',
  'notifications.channel.email': 'E-Mail',
  'notifications.channel.push': 'Push',
  'notifications.switchLabel': (_locale: string, category: string, channel: string) => `${category} per ${channel}`,
  'notifications.turnedOn': (_locale: string, category: string, channel: string) => `${category} per ${channel}: an.`,
  'notifications.turnedOff': (_locale: string, category: string, channel: string) => `${category} per ${channel}: aus.`,
  'state.loading': 'Wird geladen…',
});

/** The example preferences without the backend's English labels, so the catalogue's names show. */
const unlabelled = () => {
  const client = createMemoryAccountClient({ latencyMs: 250 });
  return {
    ...client,
    async getNotificationPreferences(options?: Parameters<AccountClient['getNotificationPreferences']>[0]) {
      const preferences = await client.getNotificationPreferences(options);
      return {
        ...preferences,
        channels: preferences.channels.map(({ id }) => ({ id })),
        categories: preferences.categories.map(({ id }) => ({ id })),
      };
    },
  } as AccountClient;
};

const meta: Meta<Args> = {
  title: 'Elements/Notification settings',
  component: 'so-notification-settings',
  args: { mode: 'instant' },
  argTypes: { mode: { control: 'inline-radio', options: ['instant', 'form'] }, client: { control: false } },
  render: (args) => html`<div style="max-inline-size: 40rem">
    <so-notification-settings
      .client=${args.client}
      mode=${args.mode}
      @so-notification-preferences-updated=${logEvent}
      @so-error=${logEvent}
      @so-reauth-required=${logEvent}
    ></so-notification-settings>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Each switch saves as it changes. */
export const Instant: Story = { name: 'Saved per switch', args: { client: clientWith() } };

/** A failed save flips the switch back and says why. */
export const InstantRollback: Story = {
  name: 'Error: a switch rolls back',
  args: { client: clientWith({ failures: { updateNotificationPreferences: 'network' } }) },
  play: flipWeeklyDigest(),
};

/** `mode="form"`: switches change a draft; Save sends it, Discard restores it. */
export const FormMode: Story = { name: 'Form with Save', args: { client: clientWith(), mode: 'form' }, play: flipWeeklyDigest() };

/** A failed Save keeps the draft and says why; Save again retries with the same idempotency key. */
export const FormSaveError: Story = {
  name: 'Error: Save fails, changes kept',
  args: { client: clientWith({ failures: { updateNotificationPreferences: 'unavailable' } }), mode: 'form' },
  play: flipWeeklyDigest(true),
};

/** Categories and channels the backend adds appear as rows and columns. */
export const ExtraChannels: Story = {
  name: 'More categories and channels',
  args: {
    client: clientWith({
      seed: {
        notifications: {
          channels: [{ id: 'email', label: 'Email' }, { id: 'push', label: 'Push' }, { id: 'slack', label: 'Slack' }],
          categories: [
            { id: 'usage_thresholds', label: 'Usage thresholds' },
            { id: 'security_alerts', label: 'Security alerts', description: 'New sign-ins and changed credentials.' },
          ],
          values: { usage_thresholds: { email: true }, security_alerts: { email: true, slack: true } },
        },
      },
    }),
  },
};

export const Empty: Story = { name: 'Nothing to set up', args: { client: clientWith({ seed: { notifications: { channels: [], categories: [], values: {} } } }) } };

export const Loading: Story = {
  name: 'Loading',
  args: { client: { ...createMemoryAccountClient(), getNotificationPreferences: () => new Promise<never>(() => undefined) } },
};

export const LoadError: Story = { name: 'Error loading', args: { client: clientWith({ failures: { getNotificationPreferences: 'unavailable' } }) } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith() },
  decorators: [darkTheme],
};

/** German, with labels from the catalogue (the backend sends ids only). */
export const German: Story = {
  name: 'Another locale (German)',
  args: { client: unlabelled() },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/**
 * Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip.
 * Saved per switch, with the category and channel names from the catalogue (the backend sends ids only).
 */
export const Arabic: Story = { ...Instant, name: 'Arabic (right to left)', args: { client: unlabelled() }, decorators: [arabic] };

/**
 * The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated
 * text stand out; names from the catalogue, as in the Arabic story.
 */
export const Pseudo: Story = { ...Instant, name: 'Pseudo-locale', args: { client: unlabelled() }, decorators: [pseudo] };
