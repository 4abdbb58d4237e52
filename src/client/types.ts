/**
 * The AccountClient contract and its data types. No DOM, no Lit: this module runs in Node and
 * the browser. Dates are ISO-8601 strings; money is integer minor units plus an ISO currency code.
 */

/** Options every client method takes as its last argument. */
export interface RequestOptions {
  /** Aborts the call; the promise rejects with an `AccountApiError` of code `aborted`. */
  signal?: AbortSignal;
  /** One key per user intent, reused on every retry of that intent, so the backend applies it once. */
  idempotencyKey?: string;
}

/** Permission strings in `Viewer.permissions`; a host maps its own roles onto them. */
export type Permission =
  | 'api_keys:write'
  | 'billing:manage'
  | 'members:manage'
  | 'organization:manage'
  | 'organization:delete';

export const PERMISSIONS: readonly Permission[] = [
  'api_keys:write',
  'billing:manage',
  'members:manage',
  'organization:manage',
  'organization:delete',
];

// ---------------------------------------------------------------- viewer and organization

export interface Viewer {
  id: string;
  name: string;
  email: string;
  avatarUrl?: string;
  permissions: string[];
  /**
   * Whether the viewer is the only member of their organization holding an owner role, so they
   * can neither leave nor lose the role. Optional: without it, `<so-danger-zone>` reads the
   * members to tell.
   */
  lastOwner?: boolean;
}

export interface DeletionBlocker {
  kind: string;
  id: string;
  label: string;
  href?: string;
}

export interface Organization {
  id: string;
  name: string;
  slug: string;
  planName: string;
  logoUrl?: string;
  brandColor?: string;
  adminAccount?: { name: string; email: string };
  /** Plan-gated features, e.g. `organizations`. */
  features?: string[];
  deletionBlockers: DeletionBlocker[];
}

export interface OrganizationPatch {
  name?: string;
  slug?: string;
  logoUrl?: string;
  brandColor?: string;
}

export interface Subscription {
  id: string;
  kind: 'job_plan' | 'workspace_capacity' | (string & {});
  name: string;
  status: 'active' | 'trialing' | 'past_due' | 'canceled' | (string & {});
  renewsAt: string;
  cancelAtPeriodEnd: boolean;
}

// ---------------------------------------------------------------- API keys

export type ApiKeyStatus = 'active' | 'expiring' | 'expired' | 'revoked';

/** A listed key never carries its secret. */
export interface ApiKey {
  id: string;
  name: string;
  /** The visible prefix of the secret, e.g. `sk-so-`. */
  prefix: string;
  last4: string;
  createdAt: string;
  createdVia?: string;
  lastUsedAt?: string;
  lastUsedPath?: string;
  expiresAt?: string;
  scopes?: string[];
  status: ApiKeyStatus;
  /**
   * Whether `revealApiKey(id)` can show this key's secret again now. Most keys are shown once,
   * when created; a platform key may stay revealable. Absent means unknown: an element offers
   * Reveal when the client has `revealApiKey` and this is not `false`.
   */
  revealable?: boolean;
}

export interface CreateApiKeyInput {
  name: string;
  expiresAt?: string;
  scopes?: string[];
}

/** A key together with its secret: returned once, by create and rotate only. */
export interface ApiKeyWithSecret {
  key: ApiKey;
  secret: string;
}

export interface RotatedApiKey extends ApiKeyWithSecret {
  /** The key that was replaced; `expiring` while a grace period runs, `revoked` otherwise. */
  previousKey?: ApiKey;
}

// ---------------------------------------------------------------- usage

export type UsageUnit = 'count' | 'tokens' | 'bytes';

export interface UsageMetric {
  id: 'requests' | 'tokens' | 'storage' | (string & {});
  label?: string;
  used: number;
  /** `null` means unlimited. */
  limit: number | null;
  unit: UsageUnit;
  daily?: number[];
}

export interface Usage {
  periodStart: string;
  periodEnd: string;
  metrics: UsageMetric[];
}

// ---------------------------------------------------------------- billing

export type BillingStatus = 'active' | 'trialing' | 'past_due' | 'canceled';

export interface BillingPlan {
  id: string;
  name: string;
  /** Integer minor units (cents). */
  amount: number;
  currency: string;
  interval: 'month' | 'year';
}

export interface PaymentMethod {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface BillingSummary {
  plan: BillingPlan;
  status: BillingStatus;
  renewsAt: string;
  trialEndsAt?: string;
  scheduledChange?: { planName: string; effectiveAt: string };
  paymentMethod: PaymentMethod | null;
  paymentIssue?: { code: 'card_expired' | 'card_declined' | 'requires_action' | (string & {}); message?: string } | null;
}

export type BillingPortalFlow = 'manage' | 'payment_method' | 'invoices';

export interface Invoice {
  id: string;
  number: string;
  amount: number;
  currency: string;
  status: 'paid' | 'open' | 'void' | 'uncollectible';
  issuedAt: string;
  url?: string;
}

// ---------------------------------------------------------------- members

export interface Member {
  id: string;
  name: string;
  email: string;
  avatarUrl?: string;
  roleId: string;
  joinedAt: string;
  lastActiveAt?: string;
}

export interface MemberPage {
  items: Member[];
  nextCursor: string | null;
  total?: number;
}

export interface ListMembersInput {
  cursor?: string;
  search?: string;
  limit?: number;
}

export interface Role {
  id: string;
  name: string;
  description?: string;
  /** An owner role: the last member holding it cannot be removed or demoted. */
  owner?: boolean;
}

export interface Invitation {
  id: string;
  email: string;
  roleId: string;
  invitedAt: string;
  expiresAt?: string;
  invitedBy?: string;
}

export interface InviteRow {
  email: string;
  roleId: string;
}

export type InviteOutcome = 'invited' | 'already_member' | 'already_invited' | 'invalid';

export interface InviteResult {
  email: string;
  status: InviteOutcome;
  invitation?: Invitation;
  message?: string;
}

// ---------------------------------------------------------------- danger zone

/** New credentials shown once after `regenerateSecrets()`. */
export interface RegeneratedSecrets {
  secrets: ApiKeyWithSecret[];
}

// ---------------------------------------------------------------- profile, notifications

export interface Profile {
  displayName: string;
  email: string;
  avatarUrl?: string;
  timezone: string;
  locale: string;
  /** Set when a changed email waits for verification. */
  pendingEmail?: string;
}

export type ProfilePatch = Partial<Omit<Profile, 'pendingEmail'>>;

export interface NotificationChannel {
  id: 'email' | 'push' | (string & {});
  label?: string;
}

export interface NotificationCategory {
  id: 'usage_thresholds' | 'plan_renewal' | 'agent_errors' | 'weekly_digest' | (string & {});
  label?: string;
  description?: string;
}

/** `values[categoryId][channelId]` is whether that category is sent on that channel. */
export type NotificationValues = Record<string, Record<string, boolean>>;

export interface NotificationPreferences {
  channels: NotificationChannel[];
  categories: NotificationCategory[];
  values: NotificationValues;
}

// ---------------------------------------------------------------- passkeys and sessions

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt?: string;
  /** e.g. "iCloud Keychain", from the authenticator's AAGUID where known. */
  authenticator?: string;
}

/** WebAuthn `PublicKeyCredentialCreationOptionsJSON`, passed through untouched. */
export type PasskeyRegistrationOptions = Record<string, unknown> & { challenge: string };

/** WebAuthn `RegistrationResponseJSON`, passed through untouched. */
export type PasskeyRegistrationResponse = Record<string, unknown> & { id: string };

export interface FinishPasskeyRegistrationInput {
  name: string;
  response: PasskeyRegistrationResponse;
}

export interface Session {
  id: string;
  device: string;
  location?: string;
  lastActiveAt: string;
  current: boolean;
}

// ---------------------------------------------------------------- the client

/**
 * The one interface every element talks to. Optional methods are capabilities: when a client
 * does not implement one, elements hide the control that needs it.
 */
export interface AccountClient {
  getViewer(options?: RequestOptions): Promise<Viewer>;

  getOrganization(options?: RequestOptions): Promise<Organization | null>;
  updateOrganization?(patch: OrganizationPatch, options?: RequestOptions): Promise<Organization>;
  listSubscriptions?(options?: RequestOptions): Promise<Subscription[]>;
  cancelSubscription?(id: string, input: { atPeriodEnd: boolean }, options?: RequestOptions): Promise<Subscription>;

  listApiKeys(options?: RequestOptions): Promise<ApiKey[]>;
  createApiKey?(input: CreateApiKeyInput, options?: RequestOptions): Promise<ApiKeyWithSecret>;
  rotateApiKey(id: string, input?: { gracePeriodSeconds?: number }, options?: RequestOptions): Promise<RotatedApiKey>;
  revealApiKey?(id: string, options?: RequestOptions): Promise<{ secret: string }>;
  revokeApiKey?(id: string, options?: RequestOptions): Promise<void>;

  getUsage(options?: RequestOptions): Promise<Usage>;

  getBilling(options?: RequestOptions): Promise<BillingSummary>;
  createBillingPortalSession?(
    input: { flow?: BillingPortalFlow; returnUrl?: string },
    options?: RequestOptions,
  ): Promise<{ url: string }>;
  listInvoices?(options?: RequestOptions): Promise<Invoice[]>;

  listMembers(input?: ListMembersInput, options?: RequestOptions): Promise<MemberPage>;
  listInvitations(options?: RequestOptions): Promise<Invitation[]>;
  listRoles(options?: RequestOptions): Promise<Role[]>;
  inviteMembers?(rows: InviteRow[], options?: RequestOptions): Promise<InviteResult[]>;
  updateMemberRole?(id: string, roleId: string, options?: RequestOptions): Promise<Member>;
  removeMember?(id: string, options?: RequestOptions): Promise<void>;
  resendInvitation?(id: string, options?: RequestOptions): Promise<Invitation>;
  revokeInvitation?(id: string, options?: RequestOptions): Promise<void>;

  revokeAllSessions?(options?: RequestOptions): Promise<void>;
  regenerateSecrets?(options?: RequestOptions): Promise<RegeneratedSecrets>;
  deleteOrganization?(input: { confirmName: string }, options?: RequestOptions): Promise<void>;
  leaveOrganization?(options?: RequestOptions): Promise<void>;

  getProfile(options?: RequestOptions): Promise<Profile>;
  updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile>;

  getNotificationPreferences(options?: RequestOptions): Promise<NotificationPreferences>;
  updateNotificationPreferences(values: NotificationValues, options?: RequestOptions): Promise<NotificationPreferences>;

  listPasskeys(options?: RequestOptions): Promise<Passkey[]>;
  beginPasskeyRegistration(input: { name: string }, options?: RequestOptions): Promise<PasskeyRegistrationOptions>;
  finishPasskeyRegistration(input: FinishPasskeyRegistrationInput, options?: RequestOptions): Promise<Passkey>;
  renamePasskey(id: string, name: string, options?: RequestOptions): Promise<Passkey>;
  deletePasskey(id: string, options?: RequestOptions): Promise<void>;

  listSessions(options?: RequestOptions): Promise<Session[]>;
  revokeSession(id: string, options?: RequestOptions): Promise<void>;
}

/** Every method name of `AccountClient`. */
export type AccountOperation = keyof AccountClient;
