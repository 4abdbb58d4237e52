/**
 * Demo data for the in-memory backend: the SentientOne example account (Acme Robotics on the Pro
 * plan). Every part is replaceable on its own: `new AccountStore({ seed: { billing } })`.
 */
import type {
  ApiKey,
  BillingSummary,
  Invitation,
  Invoice,
  Member,
  NotificationPreferences,
  Organization,
  Passkey,
  Profile,
  Role,
  Session,
  Subscription,
  Usage,
  UsageMetric,
  Viewer,
} from './types.js';
import { SECRET_PREFIX, createSecret } from './secrets.js';

/** The organization as stored: its deletion blockers are derived from the subscriptions. */
export type SeedOrganization = Omit<Organization, 'deletionBlockers'>;

/**
 * An API key as stored. Its `status` is derived from the clock and these fields, never stored.
 * Only a `revealable` key keeps its `secret`; for any other key the secret is dropped on load,
 * because it was shown once when created and is never needed again.
 */
export interface SeedApiKey extends Omit<ApiKey, 'status'> {
  /** When set, the key is `revoked`. */
  revokedAt?: string;
  /** The id of the key that replaced this one in a rotation; it is `expiring` until `expiresAt`. */
  replacedBy?: string;
  /** Whether `revealApiKey` may show the secret again (the platform key). */
  revealable?: boolean;
  /** The secret of a revealable key. */
  secret?: string;
}

/** Everything the in-memory backend holds. Each top-level part can be replaced on its own. */
export interface AccountSeed {
  viewer: Viewer;
  /** `null`: the viewer belongs to no organization. */
  organization: SeedOrganization | null;
  subscriptions: Subscription[];
  apiKeys: SeedApiKey[];
  usage: Usage;
  billing: BillingSummary;
  invoices: Invoice[];
  roles: Role[];
  /** Listed in this order; the viewer is the member whose `id` equals `viewer.id`. */
  members: Member[];
  invitations: Invitation[];
  profile: Profile;
  notifications: NotificationPreferences;
  passkeys: Passkey[];
  sessions: Session[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const iso = (time: number): string => new Date(time).toISOString();

/**
 * The next 18th of a month strictly after `now`, at noon UTC (noon keeps the calendar date the
 * same in every timezone from UTC-11 to UTC+11). The Pro plan bills monthly on the 18th, so a
 * demo always renews within a month — the SentientOne example's "May 18" when `now` is in late
 * April or early May 2026.
 */
function nextRenewal(now: Date): Date {
  const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 18, 12);
  if (thisMonth > now.getTime()) return new Date(thisMonth);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 18, 12));
}

/** A fixed date of the example, or a day before `now` when a test's clock is earlier. */
function notAfter(time: number, now: Date): number {
  return Math.min(time, now.getTime() - DAY);
}

/** Splits `total` into `days` whole numbers with a weekly rhythm, summing exactly to `total`. */
function spread(total: number, days: number, phase: number): number[] {
  const weights = Array.from({ length: days }, (_, day) => 1 + 0.3 * Math.sin(day * 1.3 + phase) + (day % 7 < 5 ? 0.25 : -0.25));
  const sum = weights.reduce((a, b) => a + b, 0);
  const values = weights.map((weight) => Math.floor((total * weight) / sum));
  values[days - 1] += total - values.reduce((a, b) => a + b, 0);
  return values;
}

function createUsage(now: Date): Usage {
  const periodStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const periodEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const days = now.getUTCDate();
  const storageUsed = Math.round(3.4 * 1024 ** 3);
  // Storage is a level, not a flow: its daily values are the bytes held at the end of each day.
  const storageDaily = Array.from({ length: days }, (_, day) =>
    Math.round(storageUsed * (0.86 + (0.14 * (day + 1)) / days)),
  );
  const metrics: UsageMetric[] = [
    { id: 'requests', label: 'Requests', used: 21_408, limit: 50_000, unit: 'count', daily: spread(21_408, days, 0) },
    { id: 'tokens', label: 'Tokens', used: 1_240_000, limit: 2_000_000, unit: 'tokens', daily: spread(1_240_000, days, 2) },
    { id: 'storage', label: 'Storage', used: storageUsed, limit: 10 * 1024 ** 3, unit: 'bytes', daily: storageDaily },
  ];
  return { periodStart: iso(periodStart), periodEnd: iso(periodEnd), metrics };
}

const PEOPLE: [id: string, name: string, roleId: string, joinedDaysAgo: number][] = [
  ['usr_maya', 'Maya Chen', 'owner', 610],
  ['usr_daniel', 'Daniel Okafor', 'owner', 540],
  ['usr_priya', 'Priya Raman', 'admin', 402],
  ['usr_lukas', 'Lukas Becker', 'admin', 288],
  ['usr_sofia', 'Sofia Alvarez', 'member', 190],
  ['usr_kenji', 'Kenji Watanabe', 'member', 121],
  ['usr_amara', 'Amara Nwosu', 'member', 64],
  ['usr_tom', 'Tom Lindqvist', 'billing', 33],
];

const emailOf = (name: string): string => `${name.toLowerCase().replace(/\s+/g, '.')}@acme-robotics.example`;

/** The SentientOne example account as of `now`; secrets are freshly generated on every call. */
export function createSeed(now = new Date()): AccountSeed {
  const t = now.getTime();
  const renewsAt = iso(nextRenewal(now).getTime());
  const viewer: Viewer = {
    id: 'usr_maya',
    name: 'Maya Chen',
    email: emailOf('Maya Chen'),
    permissions: ['api_keys:write', 'billing:manage', 'members:manage', 'organization:manage', 'organization:delete'],
  };
  return {
    viewer,
    organization: {
      id: 'org_acme',
      name: 'Acme Robotics',
      slug: 'acme-robotics',
      planName: 'Pro',
      brandColor: '#3f5efb',
      adminAccount: { name: viewer.name, email: viewer.email },
      features: ['organizations'],
    },
    subscriptions: [
      { id: 'sub_jobs', kind: 'job_plan', name: 'Agent job plan — 10,000 runs', status: 'active', renewsAt, cancelAtPeriodEnd: false },
      { id: 'sub_capacity', kind: 'workspace_capacity', name: 'Workspace capacity — 25 seats', status: 'active', renewsAt, cancelAtPeriodEnd: false },
    ],
    apiKeys: [
      {
        id: 'key_platform',
        name: 'Platform key',
        prefix: SECRET_PREFIX,
        last4: '3F92',
        createdAt: iso(notAfter(Date.UTC(2026, 2, 12, 9, 41), now)),
        createdVia: 'Web dashboard',
        lastUsedAt: iso(t - 2 * MINUTE),
        lastUsedPath: '/v1/chat',
        revealable: true,
        secret: createSecret('3F92'),
      },
      {
        id: 'key_ci',
        name: 'CI deploys',
        prefix: SECRET_PREFIX,
        last4: 'q7Lm',
        createdAt: iso(t - 96 * DAY),
        createdVia: 'CLI',
        lastUsedAt: iso(t - 5 * HOUR),
        lastUsedPath: '/v1/agents/deploy',
        scopes: ['agents:deploy'],
      },
      {
        id: 'key_staging',
        name: 'Staging agents',
        prefix: SECRET_PREFIX,
        last4: 'Xa08',
        createdAt: iso(t - 41 * DAY),
        createdVia: 'Web dashboard',
        lastUsedAt: iso(t - 3 * DAY),
        lastUsedPath: '/v1/jobs',
        expiresAt: iso(t + 19 * DAY),
        scopes: ['jobs:run', 'jobs:read'],
      },
    ],
    usage: createUsage(now),
    billing: {
      plan: { id: 'plan_pro_monthly', name: 'Pro', amount: 4900, currency: 'USD', interval: 'month' },
      status: 'active',
      renewsAt,
      paymentMethod: { brand: 'visa', last4: '4242', expMonth: 8, expYear: now.getUTCFullYear() + 2 },
      paymentIssue: null,
    },
    invoices: [1, 2, 3].map((monthsAgo) => {
      const issued = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 18, 12);
      return {
        id: `inv_${monthsAgo}`,
        number: `ACME-${new Date(issued).toISOString().slice(0, 7).replace('-', '')}`,
        amount: 4900,
        currency: 'USD',
        status: 'paid' as const,
        issuedAt: iso(issued),
        url: `https://billing.sentientone.example/invoices/inv_${monthsAgo}`,
      };
    }),
    roles: [
      { id: 'owner', name: 'Owner', owner: true, description: 'Full access, including billing and deleting the organization.' },
      { id: 'admin', name: 'Admin', description: 'Manages members, API keys and organization settings.' },
      { id: 'member', name: 'Member', description: 'Runs agents and views usage.' },
      { id: 'billing', name: 'Billing', description: 'Manages the plan, payment method and invoices.' },
    ],
    members: PEOPLE.map(([id, name, roleId, joinedDaysAgo], index) => ({
      id,
      name,
      email: emailOf(name),
      roleId,
      joinedAt: iso(t - joinedDaysAgo * DAY),
      lastActiveAt: iso(t - (index * 7 + 2) * HOUR),
    })),
    invitations: [
      { id: 'inv_jordan', email: 'jordan.lee@acme-robotics.example', roleId: 'member', invitedAt: iso(t - 2 * DAY), expiresAt: iso(t + 5 * DAY), invitedBy: viewer.name },
      { id: 'inv_contractor', email: 'ops@contractor.example', roleId: 'admin', invitedAt: iso(t - 6 * DAY), expiresAt: iso(t + DAY), invitedBy: 'Priya Raman' },
    ],
    profile: { displayName: viewer.name, email: viewer.email, timezone: 'America/Los_Angeles', locale: 'en-US' },
    notifications: {
      channels: [
        { id: 'email', label: 'Email' },
        { id: 'push', label: 'Push' },
      ],
      categories: [
        { id: 'usage_thresholds', label: 'Usage thresholds', description: 'When usage passes 80% and 100% of a limit.' },
        { id: 'plan_renewal', label: 'Plan renewal', description: 'Before the plan renews or a payment fails.' },
        { id: 'agent_errors', label: 'Agent errors', description: 'When an agent run fails repeatedly.' },
        { id: 'weekly_digest', label: 'Weekly digest', description: 'A summary of usage and activity every Monday.' },
      ],
      values: {
        usage_thresholds: { email: true, push: true },
        plan_renewal: { email: true, push: false },
        agent_errors: { email: true, push: true },
        weekly_digest: { email: false, push: false },
      },
    },
    passkeys: [
      { id: 'pk_macbook', name: 'MacBook Pro', authenticator: 'iCloud Keychain', createdAt: iso(t - 200 * DAY), lastUsedAt: iso(t - 20 * MINUTE) },
      { id: 'pk_yubikey', name: 'YubiKey 5C', authenticator: 'YubiKey 5 Series', createdAt: iso(t - 150 * DAY), lastUsedAt: iso(t - 12 * DAY) },
    ],
    sessions: [
      { id: 'ses_current', device: 'Chrome on macOS', location: 'San Francisco, US', lastActiveAt: iso(t), current: true },
      { id: 'ses_phone', device: 'Safari on iPhone', location: 'San Francisco, US', lastActiveAt: iso(t - 3 * HOUR), current: false },
      { id: 'ses_berlin', device: 'Firefox on Windows', location: 'Berlin, DE', lastActiveAt: iso(t - 4 * DAY), current: false },
    ],
  };
}

const FIRST_NAMES = ['Ava', 'Ben', 'Chloé', 'Dmitri', 'Esra', 'Femi', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Liam', 'Mei', 'Nadia', 'Omar', 'Pia', 'Quinn', 'Rafael', 'Sana', 'Theo'];
const LAST_NAMES = ['Adams', 'Bauer', 'Costa', 'Dubois', 'Eriksen', 'Fujita', 'García', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Novak', 'Okoro', 'Park', 'Rossi', 'Silva', 'Tanaka', 'Yilmaz'];

/**
 * `count` deterministic members for long-list demos and benchmarks. None is an owner, so they can
 * be appended to the seed's members: `members: [...createSeed().members, ...generateMembers(5000)]`.
 */
export function generateMembers(count: number, now = new Date()): Member[] {
  return Array.from({ length: count }, (_, index) => {
    const first = FIRST_NAMES[index % FIRST_NAMES.length];
    const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length];
    const number = String(index + 1).padStart(5, '0');
    return {
      id: `usr_gen_${number}`,
      name: `${first} ${last}`,
      email: `${first.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}.${last
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}.${number}@acme-robotics.example`,
      roleId: index % 25 === 24 ? 'billing' : index % 10 === 9 ? 'admin' : 'member',
      joinedAt: iso(now.getTime() - ((index * 37) % 900) * DAY - DAY),
      lastActiveAt: iso(now.getTime() - ((index * 13) % 200) * HOUR),
    };
  });
}
