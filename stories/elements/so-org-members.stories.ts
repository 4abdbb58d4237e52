import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed, generateMembers } from '../../src/client/seed.js';
import type { AccountClient, Invitation } from '../../src/client/types.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import '../../src/so-org-members.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  search: string;
  pageSize: number;
  virtualizeThreshold: number;
  searchDelay: number;
  maxInvites: number;
  defaultRole: string;
  client?: AccountClient;
}

const seed = createSeed();
const [maya, daniel, priya, lukas, sofia] = seed.members;
const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A memory client on the example account with some parts replaced, and a little latency. */
const clientWith = (seedParts: MemoryClientOptions['seed'] = {}, options: Omit<MemoryClientOptions, 'seed'> = {}) =>
  createMemoryAccountClient({ latencyMs: { min: 150, max: 350 }, ...options, seed: seedParts });

/** Pending invitations, one of them expired. */
const invitations: Invitation[] = [
  ...seed.invitations,
  { id: 'inv_design', email: 'lena.design@studio.example', roleId: 'member', invitedAt: daysFromNow(-3), expiresAt: daysFromNow(4), invitedBy: 'Priya Raman' },
  { id: 'inv_finance', email: 'ap@finance-partner.example', roleId: 'billing', invitedAt: daysFromNow(-9), expiresAt: daysFromNow(-2), invitedBy: 'Maya Chen' },
];

/** A client whose calls never settle: the loading state, for as long as you look. */
const neverSettling = new Proxy({} as AccountClient, {
  get: (_target, property) => (typeof property === 'string' && /^[a-z]/.test(property) && property !== 'then' ? () => new Promise(() => {}) : undefined),
});

/** A paste with valid addresses (one with a CSV role), an invalid one, a duplicate, a member and a pending invitation. */
const MIXED_PASTE = [
  'ada.lovelace@newhire.example, not-an-email',
  'grace.hopper@newhire.example,admin',
  'ADA.LOVELACE@newhire.example',
  'priya.raman@acme-robotics.example',
  'jordan.lee@acme-robotics.example',
].join('\n');

/** Waits until the story's element is ready, then opens its invite dialog with `emails`. */
async function openInvite(canvasElement: HTMLElement, emails: string): Promise<SoOrgMembers> {
  const el = canvasElement.querySelector('so-org-members')!;
  for (let tries = 0; tries < 200 && !el.matches(':state(ready)'); tries++) await new Promise((resolve) => setTimeout(resolve, 25));
  await el.showInviteDialog(emails);
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/Organization members',
  component: 'so-org-members',
  args: { search: '', pageSize: 50, virtualizeThreshold: 200, searchDelay: 250, maxInvites: 100, defaultRole: '' },
  argTypes: { client: { control: false } },
  render: (args) => html`<so-org-members
    style="max-inline-size: 60rem"
    .client=${args.client}
    search=${args.search}
    page-size=${args.pageSize}
    virtualize-threshold=${args.virtualizeThreshold}
    search-delay=${args.searchDelay}
    max-invites=${args.maxInvites}
    default-role=${args.defaultRole}
    @so-upgrade-request=${(event: CustomEvent) => console.info('so-upgrade-request', event.detail)}
  ></so-org-members>`,
};

export default meta;
type Story = StoryObj<Args>;

/** The embedded demo account: eight members in four roles, two pending invitations, the viewer an owner. */
export const Default: Story = {};

/** A team of three. */
export const TeamOfThree: Story = {
  name: 'Team of 3',
  args: { client: clientWith({ members: [maya!, priya!, sofia!], invitations: [] }) },
};

/** Fifty members, paged by 20, with pending invitations (one expired). */
export const FiftyWithInvitations: Story = {
  name: '50 members with pending invitations',
  args: { pageSize: 20, client: clientWith({ members: [...seed.members, ...generateMembers(42)], invitations }) },
};

/** 10,008 members: the list is a scroller that renders only the rows in view and loads pages as it scrolls. Try End on a row. */
export const TenThousand: Story = {
  name: '10,000 members (virtualized)',
  args: { pageSize: 200, client: clientWith({ members: [...seed.members, ...generateMembers(10_000)] }, { latencyMs: { min: 80, max: 200 } }) },
};

/** A search that matches nobody, with the way back. */
export const SearchNoMatch: Story = { name: 'Search with no match', args: { search: 'zebra' } };

/** It is just the viewer: the empty state invites teammates. */
export const JustYou: Story = { name: 'Just you (empty)', args: { client: clientWith({ members: [maya!], invitations: [] }) } };

/** A member without `members:manage`: the list and invitations, read-only, and why. */
export const ReadOnly: Story = {
  name: 'Read-only member view',
  args: { client: clientWith({ viewer: { ...seed.viewer, id: sofia!.id, name: sofia!.name, email: sofia!.email, permissions: [] } }) },
};

/** Maya is the only owner: her role and Remove are disabled, and the row says why. The viewer is Priya, an admin. */
export const LastOwner: Story = {
  name: 'Last owner',
  args: {
    client: clientWith({
      viewer: { ...seed.viewer, id: priya!.id, name: priya!.name, email: priya!.email },
      members: [maya!, { ...daniel!, roleId: 'admin' }, priya!, lukas!, sofia!],
    }),
  },
};

/** The invite dialog with a mixed paste: valid, invalid, duplicate, already a member, already invited. */
export const InviteMixedPaste: Story = {
  name: 'Invite: mixed paste preview',
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
  play: async ({ canvasElement }) => {
    await openInvite(canvasElement, MIXED_PASTE);
  },
};

/**
 * The per-row results after sending. Tom is a member the element has not loaded (pages of 3),
 * so only the server can tell, and its result says "Already a member".
 */
export const InviteResults: Story = {
  name: 'Invite: per-row results',
  args: { pageSize: 3 },
  parameters: { docs: { story: { inline: false, iframeHeight: 720 } } },
  play: async ({ canvasElement }) => {
    const el = await openInvite(canvasElement, `${MIXED_PASTE}\ntom.lindqvist@acme-robotics.example`);
    el.shadowRoot!.querySelector('so-invite-dialog')!.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
  },
};

/** The plan does not include organizations: the client answers `forbidden`, so an upgrade message shows and `so-upgrade-request` fires. */
export const PlanWithoutOrganizations: Story = {
  name: 'Plan without organizations',
  args: {
    client: clientWith(
      { organization: { ...seed.organization!, planName: 'Starter', features: [] } },
      { failures: { listMembers: 'forbidden', listRoles: 'forbidden', listInvitations: 'forbidden' } },
    ),
  },
};

/** Dark theme, whatever the system preference. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  render: (args) => html`<div class="so-theme-dark" style="padding: 1rem; color-scheme: dark; background: Canvas">${meta.render!(args, {} as never)}</div>`,
};

/** Loading: a skeleton while the client has not answered. */
export const Loading: Story = { args: { client: neverSettling } };

/** The client failed: what went wrong, and Try again (which works, the failure happens once). */
export const ErrorState: Story = {
  name: 'Error',
  args: { client: clientWith({}, { failures: { listMembers: { code: 'unavailable', once: true } } }) },
};

/** A role change the server refuses: the role is shown at once, then rolled back with an announced error. Change anyone's role. */
export const RoleChangeFails: Story = {
  name: 'Role change that fails',
  args: { client: clientWith({}, { failures: { updateMemberRole: 'unavailable', removeMember: 'unavailable' } }) },
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...Default, name: 'Arabic (right to left)', render: (args, context) => arabic(() => meta.render!(args, context)) };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...Default, name: 'Pseudo-locale', render: (args, context) => pseudo(() => meta.render!(args, context)) };
