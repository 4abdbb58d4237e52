import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, Organization } from '../../src/client/types.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-danger-zone.js';
import type { DangerAction, SoDangerZone } from '../../src/so-danger-zone.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';
import { withoutLastOwner } from '../support/without-last-owner.js';

registerTranslation('de', de);
registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  actions: string;
  showUnavailable: boolean;
  headingLevel: number;
  client?: AccountClient;
}

/** A memory client over the example account, with a little latency so the loading state shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

/** The example account with no subscriptions left: nothing blocks deleting the organization. */
const unblocked = () => clientWith({ seed: { subscriptions: [] } });

/** The example account where Maya, the viewer, is the only owner. */
function lastOwner(): AccountClient {
  const members = createSeed().members.map((member) => (member.id === 'usr_daniel' ? { ...member, roleId: 'admin' } : member));
  return clientWith({ seed: { members } });
}

/** Deletion blockers that link to where each subscription is canceled. */
function blockedWithLinks(): AccountClient {
  const memory = clientWith();
  return {
    ...memory,
    async getOrganization(options) {
      const organization = (await memory.getOrganization(options)) as Organization;
      return {
        ...organization,
        deletionBlockers: organization.deletionBlockers.map((blocker) => ({ ...blocker, href: `#subscriptions/${blocker.id}` })),
      };
    },
  };
}

/** Waits for the element in the story to load, then returns it. */
async function loadedZone(canvasElement: HTMLElement): Promise<SoDangerZone> {
  const el = canvasElement.querySelector('so-danger-zone')!;
  for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('[part="action"]'); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

/** A `play` that opens `action`'s confirmation, as a click on its button would. */
const openDialog =
  (action: DangerAction, name = '') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await loadedZone(canvasElement);
    await el.openDialog(action);
    if (!name) return;
    const input = el.shadowRoot!.querySelector(`so-confirm-dialog[data-action="${action}"]`)!.shadowRoot!.querySelector('input')!;
    input.value = name;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

/** A `play` that opens `action`'s confirmation and confirms it. */
const confirmAction =
  (action: DangerAction, name = '') =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await openDialog(action, name)({ canvasElement });
    const dialog = canvasElement
      .querySelector('so-danger-zone')!
      .shadowRoot!.querySelector<SoConfirmDialog>(`so-confirm-dialog[data-action="${action}"]`)!;
    await dialog.updateComplete;
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  };

const meta: Meta<Args> = {
  title: 'Elements/Danger zone',
  component: 'so-danger-zone',
  args: { actions: '', showUnavailable: false, headingLevel: 3 },
  argTypes: {
    client: { control: false },
  },
  // An open modal takes over the page, so each story gets its own frame in the docs.
  parameters: { docs: { story: { inline: false, iframeHeight: 620 } } },
  render: (args) => html`<div style="max-inline-size: 44rem">
    <so-danger-zone
      .client=${args.client}
      actions=${args.actions}
      ?show-unavailable=${args.showUnavailable}
      heading-level=${args.headingLevel}
      @so-sessions-revoke-request=${logEvent}
      @so-sessions-revoked=${logEvent}
      @so-secrets-regenerate-request=${logEvent}
      @so-secrets-regenerated=${logEvent}
      @so-organization-leave-request=${logEvent}
      @so-organization-left=${logEvent}
      @so-organization-delete-request=${logEvent}
      @so-organization-deleted=${logEvent}
      @so-error=${logEvent}
      @so-reauth-required=${logEvent}
    ></so-danger-zone>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every action the client supports and the viewer may take; the example organization has two active subscriptions. */
export const AllActions: Story = { name: 'All actions' };

/** `actions` picks and orders the rows. */
export const Subset: Story = {
  name: 'A subset',
  args: { actions: 'revoke-sessions regenerate-secrets' },
};

/** Active subscriptions block deletion: the row says so, and the dialog lists each one (linked here) with Delete disabled. */
export const BlockedDelete: Story = {
  name: 'Active subscriptions (blocked delete)',
  args: { client: blockedWithLinks(), actions: 'delete-organization' },
  play: openDialog('delete-organization'),
};

/** No active subscriptions: the exact name must be typed before Delete enables. */
export const UnblockedDelete: Story = {
  name: 'No subscriptions (delete allowed)',
  args: { client: unblocked(), actions: 'delete-organization' },
};

/** The only owner is told in advance to make another member an owner, and cannot leave. */
export const LastOwner: Story = {
  name: 'Last owner trying to leave',
  args: { client: lastOwner(), actions: 'leave-organization delete-organization' },
};

/** With `show-unavailable`, actions the viewer may not take are shown disabled with the reason. */
export const ShowUnavailable: Story = {
  name: 'Read-only (show-unavailable)',
  args: {
    client: clientWith({ seed: { viewer: { ...createSeed().viewer, permissions: ['billing:manage'] } } }),
    showUnavailable: true,
  },
};

export const RevokeSessionsDialog: Story = {
  name: 'Dialog: sign out everywhere',
  args: { client: unblocked() },
  play: openDialog('revoke-sessions'),
};

export const RegenerateSecretsDialog: Story = {
  name: 'Dialog: regenerate secrets',
  args: { client: unblocked() },
  play: openDialog('regenerate-secrets'),
};

export const LeaveOrganizationDialog: Story = {
  name: 'Dialog: leave organization',
  args: { client: unblocked() },
  play: openDialog('leave-organization'),
};

export const DeleteOrganizationDialog: Story = {
  name: 'Dialog: delete organization',
  args: { client: unblocked() },
  play: openDialog('delete-organization', 'Acme Robotics'),
};

/** After regenerating: the new secrets, shown once, with Copy; "I have saved them" forgets them. */
export const SecretsPanel: Story = {
  name: 'Once-only secrets panel',
  args: { client: unblocked(), actions: 'regenerate-secrets' },
  play: confirmAction('regenerate-secrets'),
};

/** A failure keeps the dialog open with the error announced; confirm again to retry with the same idempotency key. */
export const RevokeSessionsError: Story = {
  name: 'Error: sign out everywhere',
  args: { client: clientWith({ seed: { subscriptions: [] }, failures: { revokeAllSessions: 'unavailable' } }) },
  play: confirmAction('revoke-sessions'),
};

export const RegenerateSecretsError: Story = {
  name: 'Error: regenerate secrets',
  args: { client: clientWith({ seed: { subscriptions: [] }, failures: { regenerateSecrets: { code: 'rate_limited', retryAfterSeconds: 30 } } }) },
  play: confirmAction('regenerate-secrets'),
};

/**
 * The server refuses the last owner (`conflict`) when it could not be told in advance: the
 * backend does not state the viewer's `lastOwner` and the roles could not be read.
 */
export const LeaveOrganizationError: Story = {
  name: 'Error: leave organization (last owner)',
  args: {
    client: withoutLastOwner(
      clientWith({
        seed: { members: createSeed().members.map((member) => (member.id === 'usr_daniel' ? { ...member, roleId: 'admin' } : member)) },
        failures: { listRoles: 'unavailable' },
      }),
    ),
  },
  play: confirmAction('leave-organization'),
};

/** The host needs the user to sign in again: `so-reauth-required` fires with a `retry()`. */
export const DeleteOrganizationError: Story = {
  name: 'Error: delete organization (step-up)',
  args: { client: clientWith({ seed: { subscriptions: [] }, failures: { deleteOrganization: 'reauth_required' } }) },
  play: confirmAction('delete-organization', 'Acme Robotics'),
};

/** Loading: a skeleton with `aria-busy`, here for a request that never answers. */
export const Loading: Story = {
  args: { client: { ...createMemoryAccountClient(), getOrganization: () => new Promise<never>(() => undefined) } },
};

/** Error while loading: the message for the error code, with Retry; `so-error` fires. */
export const LoadError: Story = {
  name: 'Error while loading',
  args: { client: clientWith({ failures: { getOrganization: 'unavailable' } }) },
};

/** Nothing the viewer may do here, and the client supports no sessions action. */
export const Empty: Story = {
  args: {
    client: clientWith({
      seed: { viewer: { ...createSeed().viewer, permissions: [] }, organization: null },
      capabilities: { omit: ['revokeAllSessions'] },
    }),
  },
};

/** The dark theme, chosen by an ancestor's `.so-theme-dark`. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: blockedWithLinks() },
  decorators: [darkTheme],
};

export const DarkThemeDialog: Story = {
  name: 'Dark theme, dialog open',
  args: { client: blockedWithLinks() },
  decorators: [darkTheme],
  play: openDialog('delete-organization'),
};

/** German, from the nearest `lang`, with the complete German catalogue registered. */
export const AnotherLocale: Story = {
  name: 'Another locale (German)',
  args: { client: blockedWithLinks() },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

export const AnotherLocaleDialog: Story = {
  name: 'Another locale (German), dialog open',
  args: { client: unblocked() },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
  play: openDialog('delete-organization'),
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...AllActions, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...AllActions, name: 'Pseudo-locale', decorators: [pseudo] };
