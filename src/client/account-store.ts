/**
 * The in-memory backend: one account and organization, and the domain rules, enforced once.
 * The memory client and the MSW handlers both call this store, so they can never disagree.
 * No DOM, no Lit: it runs in Node and the browser.
 */
import type { AccountSeed, SeedOrganization } from './seed.js';
import { randomId } from './secrets.js';
import { checkNewKey, issueKey, regenerateKeys, revealKey, revokeKey, rotateKey } from './store-keys.js';
import { assertNotLastOwner, findMember, findRole, isLastOwner, invitationExpiry, inviteRows, pageMembers } from './store-members.js';
import {
  IdempotencyLedger,
  clone,
  deletionBlockers,
  fail,
  invalid,
  isFilled,
  loadSeed,
  subscriptionAt,
  throwIfAborted,
  toApiKey,
} from './store-support.js';
import { checkPortalInput, patchOrganization } from './store-organization.js';
import { findPasskey, newPasskey, passkeyCreationOptions, patchNotifications, patchProfile } from './store-self.js';
import type {
  AccountClient, AccountOperation, ApiKey, ApiKeyWithSecret, BillingPortalFlow, BillingSummary,
  CreateApiKeyInput, FinishPasskeyRegistrationInput, Invitation, InviteResult, InviteRow, Invoice,
  ListMembersInput, Member, MemberPage, NotificationPreferences, NotificationValues, Organization,
  OrganizationPatch, Passkey, PasskeyRegistrationOptions, Permission, Profile, ProfilePatch,
  RegeneratedSecrets, RequestOptions, Role, RotatedApiKey, Session, Subscription, Usage, Viewer,
} from './types.js';

/** Options for `new AccountStore(options)`. */
export interface AccountStoreOptions {
  /** Data to start from. Each top-level part given replaces that part of `createSeed(now())` whole. */
  seed?: Partial<AccountSeed>;
  /** The clock that timestamps and key, subscription and invitation statuses follow; real time by default. */
  now?: () => Date;
}

/** Permissions that mean nothing once the viewer has no organization. */
const ORGANIZATION_PERMISSIONS: readonly string[] = ['members:manage', 'organization:manage', 'organization:delete'];

const BILLING_PORTAL = 'https://billing.sentientone.example/portal';

/**
 * An `AccountClient` over data held in memory, enforcing every domain rule: secrets shown once
 * (only keys flagged `revealable`, the platform key, can be revealed again), rotation with grace
 * periods, the last owner, deletion blockers, one result per invite row, permissions, paging.
 *
 * Every mutation takes `options.idempotencyKey`: a key seen before returns a deep copy of the
 * first successful response without applying the effect again (a key reused for a different
 * request is a `conflict`). Failures are not recorded, so a failed call can be retried with the
 * same key. Every object returned is a deep copy.
 */
export class AccountStore implements AccountClient {
  /** The store's clock; statuses (expiring → expired keys, ended subscriptions) follow it. */
  readonly now: () => Date;
  private state: AccountSeed;
  private readonly ledger = new IdempotencyLedger();
  private counts: Partial<Record<AccountOperation, number>> = {};
  private pendingPasskey: { challenge: string } | null = null;

  constructor(options: AccountStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.state = loadSeed(options.seed, this.now());
  }

  /** How many times each mutation took effect; idempotent replays and failures do not count. */
  get effects(): Readonly<Partial<Record<AccountOperation, number>>> {
    return { ...this.counts };
  }

  /** A deep copy of everything held, in seed form: `new AccountStore({ seed: store.snapshot() })` continues from here. */
  snapshot(): AccountSeed {
    return clone(this.state);
  }

  /** Starts over from `seed` (as the constructor does) and forgets idempotency keys and effect counts. */
  reset(seed?: Partial<AccountSeed>): void {
    this.state = loadSeed(seed, this.now());
    this.ledger.clear();
    this.counts = {};
    this.pendingPasskey = null;
  }

  // ---------------------------------------------------------------- viewer and organization

  /** The signed-in person, their permissions and, in an organization, whether they are its last owner. */
  async getViewer(options?: RequestOptions): Promise<Viewer> {
    return this.read(options, () => {
      const self = this.state.organization && this.state.members.find((member) => member.id === this.state.viewer.id);
      return self ? { ...this.state.viewer, lastOwner: isLastOwner(this.state.members, this.state.roles, self) } : this.state.viewer;
    });
  }

  /** The organization with its deletion blockers (subscriptions not canceled), or `null`. */
  async getOrganization(options?: RequestOptions): Promise<Organization | null> {
    return this.read(options, () => this.organizationView());
  }

  /** Changes name, slug, logo or brand colour; an empty logo or colour clears it. Needs `organization:manage`. */
  async updateOrganization(patch: OrganizationPatch, options?: RequestOptions): Promise<Organization> {
    return this.mutate('updateOrganization', [patch], options, 'organization:manage', () => {
      patchOrganization(this.requireOrganization(), patch);
      return this.organizationView() as Organization;
    });
  }

  /** The organization's subscriptions; empty without an organization. */
  async listSubscriptions(options?: RequestOptions): Promise<Subscription[]> {
    return this.read(options, () => this.state.subscriptions.map((subscription) => subscriptionAt(subscription, this.now())));
  }

  /**
   * Cancels now (`canceled`, no longer a deletion blocker) or at period end (still active, and
   * still a blocker, until `renewsAt` passes). Needs `organization:manage`.
   */
  async cancelSubscription(id: string, input: { atPeriodEnd: boolean }, options?: RequestOptions): Promise<Subscription> {
    return this.mutate('cancelSubscription', [id, input], options, 'organization:manage', () => {
      this.requireOrganization();
      const now = this.now();
      const subscription = this.state.subscriptions.find((candidate) => candidate.id === id) ?? fail('not_found', 'No subscription with this id.');
      if (typeof input?.atPeriodEnd !== 'boolean') invalid({ atPeriodEnd: ['Say whether to cancel now or at the end of the period.'] });
      if (subscriptionAt(subscription, now).status === 'canceled') fail('conflict', 'This subscription is already canceled.');
      if (input.atPeriodEnd) {
        subscription.cancelAtPeriodEnd = true;
      } else {
        subscription.status = 'canceled';
        subscription.cancelAtPeriodEnd = false;
      }
      return subscriptionAt(subscription, now);
    });
  }

  // ---------------------------------------------------------------- API keys

  /** Every key with its status at `now`; never a secret. */
  async listApiKeys(options?: RequestOptions): Promise<ApiKey[]> {
    return this.read(options, () => this.state.apiKeys.map((key) => toApiKey(key, this.now())));
  }

  /** Creates a key; its secret is in this response only and is not kept. Needs `api_keys:write`. */
  async createApiKey(input: CreateApiKeyInput, options?: RequestOptions): Promise<ApiKeyWithSecret> {
    return this.mutate('createApiKey', [input], options, 'api_keys:write', () => {
      const now = this.now();
      const { stored, secret } = issueKey(checkNewKey(input, now), false, now);
      this.state.apiKeys.push(stored);
      return { key: toApiKey(stored, now), secret };
    });
  }

  /** Replaces an active key; the old one is revoked now, or `expiring` for `gracePeriodSeconds`. Needs `api_keys:write`. */
  async rotateApiKey(id: string, input?: { gracePeriodSeconds?: number }, options?: RequestOptions): Promise<RotatedApiKey> {
    return this.mutate('rotateApiKey', [id, input], options, 'api_keys:write', () =>
      rotateKey(this.state.apiKeys, id, input?.gracePeriodSeconds, this.now()),
    );
  }

  /** The secret of a revealable, still valid key (the platform key); any other key is a `conflict`. */
  async revealApiKey(id: string, options?: RequestOptions): Promise<{ secret: string }> {
    return this.read(options, () => revealKey(this.state.apiKeys, id, this.now()));
  }

  /** Revokes a key now; revoking a revoked key changes nothing. Needs `api_keys:write`. */
  async revokeApiKey(id: string, options?: RequestOptions): Promise<void> {
    return this.mutate('revokeApiKey', [id], options, 'api_keys:write', () => revokeKey(this.state.apiKeys, id, this.now()));
  }

  // ---------------------------------------------------------------- usage and billing

  /** Usage of the current period. */
  async getUsage(options?: RequestOptions): Promise<Usage> {
    return this.read(options, () => this.state.usage);
  }

  /** Plan, status, renewal and payment method. */
  async getBilling(options?: RequestOptions): Promise<BillingSummary> {
    return this.read(options, () => this.state.billing);
  }

  /** A one-time link to the billing provider's portal. Needs `billing:manage`. */
  async createBillingPortalSession(input: { flow?: BillingPortalFlow; returnUrl?: string }, options?: RequestOptions): Promise<{ url: string }> {
    return this.mutate('createBillingPortalSession', [input], options, 'billing:manage', () => {
      checkPortalInput(input);
      return { url: `${BILLING_PORTAL}/${randomId('bps')}?flow=${input?.flow ?? 'manage'}` };
    });
  }

  /** Past invoices, newest first. */
  async listInvoices(options?: RequestOptions): Promise<Invoice[]> {
    return this.read(options, () => this.state.invoices);
  }

  // ---------------------------------------------------------------- members

  /** A page of members: `search` on name and email, `limit` 50 by default (at most 200), opaque `cursor`. */
  async listMembers(input?: ListMembersInput, options?: RequestOptions): Promise<MemberPage> {
    return this.read(options, () => pageMembers(this.state.members, input));
  }

  /** Invitations sent and not yet accepted (expired ones included, with their `expiresAt`). */
  async listInvitations(options?: RequestOptions): Promise<Invitation[]> {
    return this.read(options, () => this.state.invitations);
  }

  /** The roles a member can hold. */
  async listRoles(options?: RequestOptions): Promise<Role[]> {
    return this.read(options, () => this.state.roles);
  }

  /** One result per row: `invited`, `already_member`, `already_invited` or `invalid`. Needs `members:manage`. */
  async inviteMembers(rows: InviteRow[], options?: RequestOptions): Promise<InviteResult[]> {
    return this.mutate('inviteMembers', [rows], options, 'members:manage', () => {
      this.requireOrganization();
      return inviteRows(this.state, rows, this.now());
    });
  }

  /** Gives a member another role; the last owner cannot be demoted. Needs `members:manage`. */
  async updateMemberRole(id: string, roleId: string, options?: RequestOptions): Promise<Member> {
    return this.mutate('updateMemberRole', [id, roleId], options, 'members:manage', () => {
      this.requireOrganization();
      const member = findMember(this.state.members, id);
      const role = findRole(this.state.roles, roleId);
      if (!role.owner) assertNotLastOwner(this.state.members, this.state.roles, member, 'be demoted');
      member.roleId = role.id;
      return member;
    });
  }

  /** Removes a member; the last owner cannot be removed. Needs `members:manage`. */
  async removeMember(id: string, options?: RequestOptions): Promise<void> {
    return this.mutate('removeMember', [id], options, 'members:manage', () => {
      this.requireOrganization();
      const member = findMember(this.state.members, id);
      assertNotLastOwner(this.state.members, this.state.roles, member, 'be removed');
      this.state.members.splice(this.state.members.indexOf(member), 1);
    });
  }

  /** Sends an invitation again, valid for another 7 days from now. Needs `members:manage`. */
  async resendInvitation(id: string, options?: RequestOptions): Promise<Invitation> {
    return this.mutate('resendInvitation', [id], options, 'members:manage', () => {
      const invitation = this.findInvitation(id);
      invitation.invitedAt = this.now().toISOString();
      invitation.expiresAt = invitationExpiry(this.now());
      return invitation;
    });
  }

  /** Withdraws an invitation. Needs `members:manage`. */
  async revokeInvitation(id: string, options?: RequestOptions): Promise<void> {
    return this.mutate('revokeInvitation', [id], options, 'members:manage', () => {
      const invitation = this.findInvitation(id);
      this.state.invitations.splice(this.state.invitations.indexOf(invitation), 1);
    });
  }

  // ---------------------------------------------------------------- danger zone

  /** Signs out every session but the current one. */
  async revokeAllSessions(options?: RequestOptions): Promise<void> {
    return this.mutate('revokeAllSessions', [], options, null, () => {
      this.state.sessions = this.state.sessions.filter((session) => session.current);
    });
  }

  /** Replaces every active key at once and revokes keys in a grace period; new secrets shown once. Needs `api_keys:write`. */
  async regenerateSecrets(options?: RequestOptions): Promise<RegeneratedSecrets> {
    return this.mutate('regenerateSecrets', [], options, 'api_keys:write', () => ({
      secrets: regenerateKeys(this.state.apiKeys, this.now()),
    }));
  }

  /**
   * Deletes the organization. `confirmName` must equal its name exactly (no trimming, no case
   * folding), and no deletion blocker may remain. Needs `organization:delete`.
   */
  async deleteOrganization(input: { confirmName: string }, options?: RequestOptions): Promise<void> {
    return this.mutate('deleteOrganization', [input], options, 'organization:delete', () => {
      const organization = this.requireOrganization();
      if (input?.confirmName !== organization.name) {
        invalid({ confirmName: ['Type the organization’s name exactly as shown.'] });
      }
      const blockers = deletionBlockers(this.state.subscriptions, this.now());
      if (blockers.length > 0) {
        fail('conflict', `Cancel ${blockers.map((blocker) => blocker.label).join(' and ')} before deleting the organization.`);
      }
      this.endOrganization();
    });
  }

  /** The viewer leaves the organization; the last owner cannot. */
  async leaveOrganization(options?: RequestOptions): Promise<void> {
    return this.mutate('leaveOrganization', [], options, null, () => {
      this.requireOrganization();
      const self = this.state.members.find((member) => member.id === this.state.viewer.id);
      if (self) assertNotLastOwner(this.state.members, this.state.roles, self, 'leave');
      this.endOrganization();
    });
  }

  // ---------------------------------------------------------------- profile and notifications

  /** The viewer's own profile. */
  async getProfile(options?: RequestOptions): Promise<Profile> {
    return this.read(options, () => this.state.profile);
  }

  /** Updates the profile. A new email waits for verification in `pendingEmail`; `email` keeps the verified one. */
  async updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile> {
    return this.mutate('updateProfile', [patch], options, null, () => patchProfile(this.state, patch));
  }

  /** The channels × categories grid. */
  async getNotificationPreferences(options?: RequestOptions): Promise<NotificationPreferences> {
    return this.read(options, () => this.state.notifications);
  }

  /** Sets the cells given in `values` (others keep their value); unknown ids are a `validation` error. */
  async updateNotificationPreferences(values: NotificationValues, options?: RequestOptions): Promise<NotificationPreferences> {
    return this.mutate('updateNotificationPreferences', [values], options, null, () => {
      patchNotifications(this.state, values);
      return this.state.notifications;
    });
  }

  // ---------------------------------------------------------------- passkeys and sessions

  /** The viewer's passkeys. */
  async listPasskeys(options?: RequestOptions): Promise<Passkey[]> {
    return this.read(options, () => this.state.passkeys);
  }

  /** WebAuthn creation options with a fresh challenge; `finishPasskeyRegistration` completes it. */
  async beginPasskeyRegistration(input: { name: string }, options?: RequestOptions): Promise<PasskeyRegistrationOptions> {
    return this.mutate('beginPasskeyRegistration', [input], options, null, () => {
      const creationOptions = passkeyCreationOptions(this.state.viewer, input?.name);
      this.pendingPasskey = { challenge: creationOptions.challenge };
      return creationOptions;
    });
  }

  /**
   * Stores the passkey of the registration in progress. Memory only: the attestation is not
   * verified, but a registration must have been begun.
   */
  async finishPasskeyRegistration(input: FinishPasskeyRegistrationInput, options?: RequestOptions): Promise<Passkey> {
    return this.mutate('finishPasskeyRegistration', [input], options, null, () => {
      if (!this.pendingPasskey) fail('conflict', 'No passkey registration is in progress; start again.');
      const passkey = newPasskey(input, this.now());
      this.pendingPasskey = null;
      this.state.passkeys.push(passkey);
      return passkey;
    });
  }

  /** Renames a passkey. */
  async renamePasskey(id: string, name: string, options?: RequestOptions): Promise<Passkey> {
    return this.mutate('renamePasskey', [id, name], options, null, () => {
      const passkey = findPasskey(this.state.passkeys, id);
      if (!isFilled(name)) invalid({ name: ['Enter a name for the passkey.'] });
      passkey.name = name.trim();
      return passkey;
    });
  }

  /** Deletes a passkey. */
  async deletePasskey(id: string, options?: RequestOptions): Promise<void> {
    return this.mutate('deletePasskey', [id], options, null, () => {
      this.state.passkeys.splice(this.state.passkeys.indexOf(findPasskey(this.state.passkeys, id)), 1);
    });
  }

  /** The viewer's signed-in sessions; one is `current`. */
  async listSessions(options?: RequestOptions): Promise<Session[]> {
    return this.read(options, () => this.state.sessions);
  }

  /** Signs out another session; the current one is a `conflict` (signing out is the host's job). */
  async revokeSession(id: string, options?: RequestOptions): Promise<void> {
    return this.mutate('revokeSession', [id], options, null, () => {
      const session = this.state.sessions.find((candidate) => candidate.id === id) ?? fail('not_found', 'No session with this id.');
      if (session.current) fail('conflict', 'The current session cannot be revoked here; sign out instead.');
      this.state.sessions.splice(this.state.sessions.indexOf(session), 1);
    });
  }

  // ---------------------------------------------------------------- internals

  private read<T>(options: RequestOptions | undefined, produce: () => T): T {
    throwIfAborted(options);
    return clone(produce());
  }

  /**
   * Runs one mutation: abort check, idempotent replay, permission, effect (which validates
   * everything before changing anything), then records the response for its key.
   */
  private mutate<T>(
    operation: AccountOperation,
    args: unknown[],
    options: RequestOptions | undefined,
    permission: Permission | null,
    effect: () => T,
  ): T {
    throwIfAborted(options);
    const key = options?.idempotencyKey;
    const fingerprint = JSON.stringify([operation, args]);
    if (key !== undefined) {
      const replay = this.ledger.replay(key, fingerprint);
      if (replay) return replay.response as T;
    }
    if (permission && !this.state.viewer.permissions.includes(permission)) {
      fail('forbidden', `This needs the ${permission} permission.`);
    }
    const response = clone(effect());
    this.counts[operation] = (this.counts[operation] ?? 0) + 1;
    if (key !== undefined) this.ledger.record(key, fingerprint, response);
    return response;
  }

  private organizationView(): Organization | null {
    const organization = this.state.organization;
    return organization && { ...organization, deletionBlockers: deletionBlockers(this.state.subscriptions, this.now()) };
  }

  private requireOrganization(): SeedOrganization {
    return this.state.organization ?? fail('not_found', 'The viewer belongs to no organization.');
  }

  /** After deleting or leaving: no organization, and nothing that belonged to it. */
  private endOrganization(): void {
    Object.assign(this.state, { organization: null, members: [], invitations: [], subscriptions: [] });
    this.state.viewer.permissions = this.state.viewer.permissions.filter((permission) => !ORGANIZATION_PERMISSIONS.includes(permission));
  }

  private findInvitation(id: string): Invitation {
    this.requireOrganization();
    return this.state.invitations.find((invitation) => invitation.id === id) ?? fail('not_found', 'No invitation with this id.');
  }
}
