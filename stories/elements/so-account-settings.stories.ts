import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-account-settings.js';
import { logEvent } from '../support/log-event.js';
import { withoutOperations } from '../support/without-operations.js';
import { darkTheme } from '../support/decorators.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  tabs?: string;
  activeTab: string;
  routing: 'none' | 'hash';
  client?: AccountClient;
}

/** A memory client over the example account, with a little latency so loading shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 200, ...options });
}

const member = { id: 'usr_sofia', name: 'Sofia Diaz', email: 'sofia@acme.example', permissions: ['api_keys:write'] };

const meta: Meta<Args> = {
  title: 'Elements/Account settings',
  component: 'so-account-settings',
  args: { activeTab: 'general', routing: 'none' },
  argTypes: {
    client: { control: false },
    activeTab: { control: 'select', options: ['general', 'api-keys', 'usage', 'billing', 'notifications', 'organization'] },
    routing: { control: 'inline-radio', options: ['none', 'hash'] },
  },
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 760 } } },
  render: (args) => html`<div style="max-inline-size: 60rem">
    <so-account-settings
      .client=${args.client}
      tabs=${ifDefined(args.tabs)}
      active-tab=${args.activeTab}
      routing=${args.routing}
      @so-tab-changed=${logEvent}
      @so-error=${logEvent}
    ></so-account-settings>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The owner of an organization: every tab, Organization included. */
export const Owner: Story = { name: 'Organization owner', args: { client: clientWith() } };

/** The owner, on the Organization tab: members and the danger zone. */
export const OwnerOrganizationTab: Story = { name: 'Organization owner: Organization tab', args: { client: clientWith(), activeTab: 'organization' } };

/** A member who may manage API keys but nothing of the organization: no Organization tab. */
export const MemberWithoutOrganizationPermissions: Story = {
  name: 'Member without organization permissions',
  args: { client: clientWith({ seed: { viewer: member } }) },
};

/** A personal account, in no organization: no Organization tab. */
export const PersonalAccount: Story = { name: 'Personal account (no organization)', args: { client: clientWith({ seed: { organization: null } }) } };

/** A backend without billing: the Billing tab is left out. */
export const ClientMissingBilling: Story = {
  name: 'Client without billing',
  args: { client: withoutOperations(clientWith(), 'getBilling', 'listInvoices', 'createBillingPortalSession') },
};

/** `tabs` picks and orders the tabs. */
export const ChosenTabs: Story = { name: 'Chosen tabs (usage, API keys)', args: { client: clientWith(), tabs: 'usage api-keys', activeTab: 'usage' } };

/** The open tab in the URL's hash: Back returns to the previous tab. */
export const HashRouting: Story = { name: 'Hash routing', args: { client: clientWith(), routing: 'hash' } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith() },
  decorators: [darkTheme],
};

/** 320 px wide: the tabs wrap onto more lines and every element stacks. */
export const Narrow: Story = {
  name: '320 px wide',
  args: { client: clientWith(), activeTab: 'api-keys' },
  decorators: [(story) => html`<div style="inline-size: 320px; outline: 1px dashed GrayText">${story()}</div>`],
};

/** The organization could not be read: no Organization tab, an alert saying why, and Retry. */
export const OrganizationUnreadable: Story = {
  name: 'Error: organization could not be read',
  args: { client: clientWith({ failures: { getOrganization: 'unavailable' } }) },
};

export const Loading: Story = {
  name: 'Loading',
  args: { client: clientWith({ latencyMs: 60_000 }) },
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...Owner, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...Owner, name: 'Pseudo-locale', decorators: [pseudo] };
