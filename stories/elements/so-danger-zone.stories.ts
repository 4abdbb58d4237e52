import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, Organization } from '../../src/client/types.js';
import { plural } from '../../src/internal/format.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-danger-zone.js';
import type { DangerAction, SoDangerZone } from '../../src/so-danger-zone.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';

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

/** The server refuses the last owner (`conflict`) when it could not be told in advance. */
export const LeaveOrganizationError: Story = {
  name: 'Error: leave organization (last owner)',
  args: {
    client: clientWith({
      seed: { members: createSeed().members.map((member) => (member.id === 'usr_daniel' ? { ...member, roleId: 'admin' } : member)) },
      failures: { listRoles: 'unavailable' },
    }),
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

registerTranslation('de', {
  'dangerZone.label': 'Gefahrenbereich',
  'dangerZone.empty': 'Hier gibt es keine Aktionen, die Sie ausführen können.',
  'dangerZone.emptyNoPermission': 'Für diese Aktionen fehlen Ihnen Berechtigungen. Wenden Sie sich an einen Inhaber der Organisation.',
  'dangerZone.unavailablePermission': 'Dafür fehlt Ihnen die Berechtigung.',
  'dangerZone.unavailableNoOrganization': 'Sie gehören keiner Organisation an.',
  'dangerZone.revokeSessions.title': 'Von allen Sitzungen abmelden',
  'dangerZone.revokeSessions.description':
    'Meldet Sie auf allen Geräten und Browsern gleichzeitig ab. Nutzen Sie das, wenn Sie vermuten, dass jemand anderes Zugriff auf Ihr Konto hat.',
  'dangerZone.revokeSessions.breaks': 'Sie müssen sich auf jedem Gerät erneut anmelden.',
  'dangerZone.revokeSessions.button': 'Überall abmelden',
  'dangerZone.revokeSessions.heading': 'Von allen Sitzungen abmelden?',
  'dangerZone.revokeSessions.body': 'Alle bei Ihrem Konto angemeldeten Geräte und Browser werden sofort abgemeldet.',
  'dangerZone.revokeSessions.done': 'Alle Sitzungen wurden abgemeldet.',
  'dangerZone.regenerateSecrets.title': 'API-Geheimnisse neu erzeugen',
  'dangerZone.regenerateSecrets.description': 'Ersetzt jeden aktiven API-Schlüssel durch einen neuen. Nutzen Sie das, wenn ein Geheimnis offengelegt wurde.',
  'dangerZone.regenerateSecrets.breaks': 'Jede Integration, die noch die alten Zugangsdaten nutzt, funktioniert sofort nicht mehr.',
  'dangerZone.regenerateSecrets.button': 'Geheimnisse neu erzeugen',
  'dangerZone.regenerateSecrets.heading': 'Alle API-Geheimnisse neu erzeugen?',
  'dangerZone.regenerateSecrets.body':
    'Jeder aktive API-Schlüssel wird ersetzt, die alten Schlüssel funktionieren sofort nicht mehr. Jede Integration mit den alten Zugangsdaten fällt aus, bis sie das neue Geheimnis erhält.',
  'dangerZone.regenerateSecrets.shownOnce': 'Die neuen Geheimnisse werden nur einmal angezeigt. Halten Sie einen sicheren Ort zum Speichern bereit.',
  'dangerZone.regenerateSecrets.savedHint': 'Tragen Sie in jeder Integration ihr neues Geheimnis ein.',
  'dangerZone.regenerateSecrets.done': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'Ein neues Geheimnis wurde erzeugt. Speichern Sie es jetzt.',
      other: `${count} neue Geheimnisse wurden erzeugt. Speichern Sie sie jetzt.`,
    }),
  'dangerZone.regenerateSecrets.none': 'Es gab keine aktiven API-Schlüssel, daher wurden keine neuen Geheimnisse erzeugt.',
  'dangerZone.leaveOrganization.title': 'Organisation verlassen',
  'dangerZone.leaveOrganization.description': (_locale: string, name: string) =>
    `Entfernt Sie aus ${name}. Sie verlieren den Zugriff auf Mitglieder, API-Schlüssel, Nutzung und Abrechnung.`,
  'dangerZone.leaveOrganization.breaks': 'Um zurückzukehren, muss ein Inhaber Sie erneut einladen.',
  'dangerZone.leaveOrganization.button': 'Organisation verlassen',
  'dangerZone.leaveOrganization.heading': (_locale: string, name: string) => `${name} verlassen?`,
  'dangerZone.leaveOrganization.body': (_locale: string, name: string) =>
    `Sie verlieren sofort den Zugriff auf ${name}. Um zurückzukehren, muss ein Inhaber Sie erneut einladen.`,
  'dangerZone.leaveOrganization.lastOwner': (_locale: string, name: string) =>
    `Sie sind der einzige Inhaber von ${name}. Machen Sie zuerst ein anderes Mitglied zum Inhaber.`,
  'dangerZone.leaveOrganization.done': (_locale: string, name: string) => `Sie haben ${name} verlassen.`,
  'dangerZone.deleteOrganization.title': 'Organisation löschen',
  'dangerZone.deleteOrganization.description': (_locale: string, name: string) =>
    `Löscht ${name} endgültig: Team, Abonnements, Projekte und Datensätze, Kartendaten sowie Nutzungs- und Abrechnungsdaten.`,
  'dangerZone.deleteOrganization.breaks': 'Das kann nicht rückgängig gemacht werden.',
  'dangerZone.deleteOrganization.button': 'Organisation löschen',
  'dangerZone.deleteOrganization.heading': (_locale: string, name: string) => `${name} löschen?`,
  'dangerZone.deleteOrganization.lossIntro': 'Das Löschen entfernt endgültig:',
  'dangerZone.deleteOrganization.lossMembers': 'alle Nutzer aus dem Team',
  'dangerZone.deleteOrganization.lossSubscriptions': 'alle Abonnementdaten',
  'dangerZone.deleteOrganization.lossProjects': 'alle Projekte und ihre Datensätze',
  'dangerZone.deleteOrganization.lossCard': 'Kartendaten',
  'dangerZone.deleteOrganization.lossUsage': 'Nutzungs- und Abrechnungsdaten',
  'dangerZone.deleteOrganization.irreversible': 'Das kann nicht rückgängig gemacht werden.',
  'dangerZone.deleteOrganization.blocked': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'Solange ein Abonnement aktiv ist, kann die Organisation nicht gelöscht werden. Kündigen Sie es zuerst:',
      other: `Solange ${count} Abonnements aktiv sind, kann die Organisation nicht gelöscht werden. Kündigen Sie jedes davon zuerst:`,
    }),
  'dangerZone.deleteOrganization.blockedShort': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'Zuerst muss ein aktives Abonnement gekündigt werden.',
      other: `Zuerst müssen ${count} aktive Abonnements gekündigt werden.`,
    }),
  'dangerZone.deleteOrganization.stillBlocked': 'Die Organisation kann noch nicht gelöscht werden: Ein Abonnement ist noch aktiv.',
  'dangerZone.deleteOrganization.nameChanged': 'Der Name der Organisation stimmt nicht mehr. Geben Sie den aktuellen Namen ein.',
  'dangerZone.deleteOrganization.done': (_locale: string, name: string) => `${name} wurde gelöscht.`,
  'dialog.cancel': 'Abbrechen',
  'dialog.typeToConfirm': (_locale: string, phrase: string) => `Geben Sie ${phrase} zur Bestätigung ein`,
  'dialog.typeMismatch': 'Der Text stimmt noch nicht überein.',
  'dialog.busy': 'Wird ausgeführt…',
});

/** German, from the nearest `lang`: the host registered the strings. */
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
