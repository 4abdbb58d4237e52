import { expect } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import type { AccountStoreOptions } from '../../src/client/account-store.js';
import { createSeed, generateMembers } from '../../src/client/seed.js';
import type { AccountSeed } from '../../src/client/seed.js';
import type { MemberPage, Permission } from '../../src/client/types.js';
import { rejection } from '../helpers/rejection.js';

const START = new Date('2026-05-01T12:00:00.000Z');
const SECOND = 1000;
const DAY = 86_400_000;

/** A store on a clock the test moves by hand. */
function storeAt(options: Omit<AccountStoreOptions, 'now'> = {}) {
  let time = START.getTime();
  const store = new AccountStore({ ...options, now: () => new Date(time) });
  return {
    store,
    advance: (ms: number) => {
      time += ms;
    },
    now: () => new Date(time),
  };
}

const seedAt = (now: Date = START): AccountSeed => createSeed(now);

describe('createSeed', () => {
  it('has the SentientOne platform key: sk-so-…3F92, created 12 March 2026, last used two minutes ago on /v1/chat', () => {
    const seed = seedAt();
    const platform = seed.apiKeys.find((key) => key.name === 'Platform key')!;
    expect(platform).to.include({ prefix: 'sk-so-', last4: '3F92', createdVia: 'Web dashboard', lastUsedPath: '/v1/chat', revealable: true });
    expect(platform.createdAt.slice(0, 10)).to.equal('2026-03-12');
    expect(Date.parse(platform.lastUsedAt!)).to.equal(START.getTime() - 2 * 60_000);
    expect(platform.secret).to.match(/^sk-so-[0-9A-Za-z]{36}3F92$/);
    expect(seed.apiKeys.filter((key) => key.revealable)).to.have.length(1);
  });

  it('generates fresh secrets on every call instead of hard-coding one', () => {
    const first = seedAt().apiKeys[0].secret;
    const second = seedAt().apiKeys[0].secret;
    expect(first).to.be.a('string');
    expect(first).not.to.equal(second);
  });

  it('describes Acme Robotics on the Pro plan, $49 a month, renewing on the next 18th', () => {
    const seed = seedAt();
    expect(seed.organization).to.include({ name: 'Acme Robotics', slug: 'acme-robotics', planName: 'Pro' });
    expect(seed.organization!.features).to.deep.equal(['organizations']);
    expect(seed.organization!.adminAccount!.email).to.equal(seed.viewer.email);
    expect(seed.billing.plan).to.deep.include({ name: 'Pro', amount: 4900, currency: 'USD', interval: 'month' });
    expect(seed.billing.status).to.equal('active');
    expect(seed.billing.paymentMethod).to.include({ brand: 'visa' });
    expect(seed.billing.renewsAt).to.equal('2026-05-18T12:00:00.000Z');
    expect(seedAt(new Date('2026-11-22T05:00:00Z')).billing.renewsAt).to.equal('2026-12-18T12:00:00.000Z');
    expect(seedAt(new Date('2026-12-20T05:00:00Z')).billing.renewsAt).to.equal('2027-01-18T12:00:00.000Z');
  });

  it('has usage for this month: 21,408 of 50,000 requests, tokens and bytes, with daily values up to today', () => {
    const { usage } = seedAt();
    expect(usage.periodStart).to.equal('2026-05-01T00:00:00.000Z');
    expect(usage.periodEnd).to.equal('2026-06-01T00:00:00.000Z');
    const [requests, tokens, storage] = usage.metrics;
    expect(requests).to.include({ id: 'requests', used: 21_408, limit: 50_000, unit: 'count' });
    expect(tokens).to.include({ id: 'tokens', unit: 'tokens' });
    expect(storage).to.include({ id: 'storage', unit: 'bytes' });
    const later = seedAt(new Date('2026-05-17T08:00:00Z')).usage.metrics[0].daily!;
    expect(later).to.have.length(17);
    expect(later.reduce((a, b) => a + b, 0)).to.equal(21_408);
    expect(later.every((value) => Number.isInteger(value) && value > 0)).to.equal(true);
  });

  it('has an owner role, about eight members with two owners, two invitations and two subscriptions', () => {
    const seed = seedAt();
    expect(seed.roles.map((role) => role.id)).to.deep.equal(['owner', 'admin', 'member', 'billing']);
    expect(seed.roles.filter((role) => role.owner).map((role) => role.id)).to.deep.equal(['owner']);
    expect(seed.roles.every((role) => role.description)).to.equal(true);
    expect(seed.members).to.have.length(8);
    expect(seed.members.filter((member) => member.roleId === 'owner')).to.have.length(2);
    expect(seed.members.find((member) => member.id === seed.viewer.id)!.roleId).to.equal('owner');
    expect(seed.invitations).to.have.length(2);
    expect(seed.subscriptions.map((subscription) => subscription.kind)).to.deep.equal(['job_plan', 'workspace_capacity']);
  });

  it('gives the viewer every permission, and has notifications, passkeys, sessions and invoices', () => {
    const seed = seedAt();
    expect(seed.viewer.permissions).to.have.members(['api_keys:write', 'billing:manage', 'members:manage', 'organization:manage', 'organization:delete']);
    expect(seed.notifications.channels.map((channel) => channel.id)).to.deep.equal(['email', 'push']);
    expect(seed.notifications.categories.map((category) => category.id)).to.deep.equal(['usage_thresholds', 'plan_renewal', 'agent_errors', 'weekly_digest']);
    expect(seed.passkeys).to.have.length(2);
    expect(seed.sessions.filter((session) => session.current)).to.have.length(1);
    expect(seed.sessions).to.have.length(3);
    expect(seed.invoices.length).to.be.greaterThan(0);
  });
});

describe('generateMembers', () => {
  it('makes the given number of distinct, non-owner members, the same on every call', () => {
    const members = generateMembers(1200, START);
    expect(members).to.have.length(1200);
    expect(new Set(members.map((member) => member.id)).size).to.equal(1200);
    expect(new Set(members.map((member) => member.email)).size).to.equal(1200);
    expect(members.some((member) => member.roleId === 'owner')).to.equal(false);
    expect(members.every((member) => /^[a-z]+\.[a-z]+\.\d{5}@acme-robotics\.example$/.test(member.email))).to.equal(true);
    expect(generateMembers(1200, START)).to.deep.equal(members);
  });
});

describe('AccountStore: seed and inspection', () => {
  it('replaces only the seed parts given, each whole', async () => {
    const billing = { ...seedAt().billing, status: 'past_due' as const, paymentMethod: null };
    const { store } = storeAt({ seed: { billing, organization: undefined } });
    expect(await store.getBilling()).to.deep.equal(billing);
    expect((await store.getOrganization())!.name).to.equal('Acme Robotics');
    expect((await store.listMembers()).total).to.equal(8);
  });

  it('keeps no copy of the seed object it was given', async () => {
    const seed = { viewer: { ...seedAt().viewer } };
    const { store } = storeAt({ seed });
    seed.viewer.name = 'Changed outside';
    expect((await store.getViewer()).name).to.equal('Maya Chen');
  });

  it('returns deep copies, so changing a result changes nothing in the store', async () => {
    const { store } = storeAt();
    const viewer = await store.getViewer();
    viewer.permissions.length = 0;
    const page = await store.listMembers();
    page.items[0].roleId = 'member';
    const keys = await store.listApiKeys();
    keys[0].name = 'Hacked';
    const snapshot = store.snapshot();
    snapshot.members.length = 0;
    expect((await store.getViewer()).permissions).to.have.length(5);
    expect((await store.listMembers()).items[0].roleId).to.equal('owner');
    expect((await store.listApiKeys())[0].name).to.equal('Platform key');
    expect(store.snapshot().members).to.have.length(8);
  });

  it('snapshot() can seed a new store that continues from the same state', async () => {
    const { store } = storeAt();
    await store.revokeApiKey('key_ci');
    const copy = new AccountStore({ seed: store.snapshot(), now: () => START });
    expect(await copy.listApiKeys()).to.deep.equal(await store.listApiKeys());
    expect((await copy.revealApiKey('key_platform')).secret).to.equal((await store.revealApiKey('key_platform')).secret);
  });

  it('counts effects per mutation and reset() starts over', async () => {
    const { store } = storeAt();
    await store.createApiKey({ name: 'One' });
    await store.createApiKey({ name: 'Two' });
    await rejection(store.createApiKey({ name: '' }));
    await store.revokeSession('ses_phone');
    expect(store.effects).to.deep.equal({ createApiKey: 2, revokeSession: 1 });
    store.reset({ members: [] });
    expect(store.effects).to.deep.equal({});
    expect(await store.listApiKeys()).to.have.length(3);
    expect((await store.listMembers()).total).to.equal(0);
  });

  it('rejects with `aborted`, applying nothing, when the signal is already aborted', async () => {
    const { store } = storeAt();
    const controller = new AbortController();
    controller.abort();
    expect((await rejection(store.getViewer({ signal: controller.signal }))).code).to.equal('aborted');
    expect((await rejection(store.createApiKey({ name: 'Late' }, { signal: controller.signal }))).code).to.equal('aborted');
    expect(await store.listApiKeys()).to.have.length(3);
    expect(store.effects).to.deep.equal({});
  });
});

describe('AccountStore: API keys', () => {
  it('never lists a secret', async () => {
    const { store } = storeAt();
    const secret = store.snapshot().apiKeys[0].secret!;
    const keys = await store.listApiKeys();
    expect(keys.map((key) => key.status)).to.deep.equal(['active', 'active', 'active']);
    expect(keys.every((key) => !('secret' in key))).to.equal(true);
    // Listed keys say whether revealApiKey would answer; only the platform key would.
    expect(keys.map((key) => key.revealable)).to.deep.equal([true, false, false]);
    expect(JSON.stringify(keys)).not.to.contain(secret.slice(6));
  });

  it('creates a key whose secret is returned once and not kept', async () => {
    const { store } = storeAt();
    const { key, secret } = await store.createApiKey({ name: '  Nightly jobs  ', scopes: ['jobs:run'] });
    expect(secret).to.match(/^sk-so-[0-9A-Za-z]{40}$/);
    expect(key).to.include({ name: 'Nightly jobs', prefix: 'sk-so-', last4: secret.slice(-4), status: 'active', createdAt: START.toISOString() });
    expect(key.scopes).to.deep.equal(['jobs:run']);
    expect((await store.listApiKeys()).at(-1)).to.deep.equal(key);
    expect(JSON.stringify(store.snapshot())).not.to.contain(secret);
    expect((await rejection(store.revealApiKey(key.id))).code).to.equal('conflict');
  });

  it('rejects an empty name, a past expiry and bad scopes with field errors, creating nothing', async () => {
    const { store } = storeAt();
    const error = await rejection(
      store.createApiKey({ name: '   ', expiresAt: new Date(START.getTime() - DAY).toISOString(), scopes: [''] }),
    );
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.all.keys('name', 'expiresAt', 'scopes');
    expect(await store.listApiKeys()).to.have.length(3);
  });

  it('reveals the platform key, and only the platform key', async () => {
    const { store } = storeAt();
    const { secret } = await store.revealApiKey('key_platform');
    expect(secret).to.match(/^sk-so-.+3F92$/);
    expect(secret).to.equal(store.snapshot().apiKeys[0].secret);
    const error = await rejection(store.revealApiKey('key_ci'));
    expect(error.code).to.equal('conflict');
    expect((await rejection(store.revealApiKey('key_nope'))).code).to.equal('not_found');
  });

  it('keeps a secret from the seed only for keys flagged revealable, and makes one for a revealable key without', async () => {
    const seed = seedAt();
    seed.apiKeys[1].secret = 'sk-so-seeded-but-not-revealable';
    seed.apiKeys[2] = { ...seed.apiKeys[2], revealable: true };
    const { store } = storeAt({ seed: { apiKeys: seed.apiKeys } });
    expect(store.snapshot().apiKeys[1]).not.to.have.property('secret');
    expect((await store.revealApiKey('key_staging')).secret).to.match(/^sk-so-.+Xa08$/);
  });

  it('rotates without a grace period: the old key is revoked now and the new one takes its place', async () => {
    const { store } = storeAt();
    const before = await store.revealApiKey('key_platform');
    const rotated = await store.rotateApiKey('key_platform');
    expect(rotated.secret).to.match(/^sk-so-/);
    expect(rotated.secret).not.to.equal(before.secret);
    expect(rotated.key).to.include({ name: 'Platform key', status: 'active', last4: rotated.secret.slice(-4) });
    expect(rotated.previousKey).to.include({ id: 'key_platform', status: 'revoked' });
    const keys = await store.listApiKeys();
    expect(keys.slice(0, 2).map((key) => key.id)).to.deep.equal([rotated.key.id, 'key_platform']);
    // The replacement of a revealable key is revealable; the old secret is gone.
    expect((await store.revealApiKey(rotated.key.id)).secret).to.equal(rotated.secret);
    expect((await rejection(store.revealApiKey('key_platform'))).code).to.equal('conflict');
  });

  it('rotates with a grace period: the old key is expiring until then, expired after', async () => {
    const { store, advance } = storeAt();
    const rotated = await store.rotateApiKey('key_ci', { gracePeriodSeconds: 3600 });
    expect(rotated.previousKey).to.include({ status: 'expiring', expiresAt: new Date(START.getTime() + 3600 * SECOND).toISOString() });
    expect(rotated.key.scopes).to.deep.equal(['agents:deploy']);
    const statusOf = async (id: string) => (await store.listApiKeys()).find((key) => key.id === id)!.status;
    advance(3600 * SECOND - 1);
    expect(await statusOf('key_ci')).to.equal('expiring');
    advance(1);
    expect(await statusOf('key_ci')).to.equal('expired');
    expect(await statusOf(rotated.key.id)).to.equal('active');
  });

  it('keeps an earlier expiry when the grace period would outlast it', async () => {
    const { store } = storeAt();
    const staging = (await store.listApiKeys()).find((key) => key.id === 'key_staging')!;
    const rotated = await store.rotateApiKey('key_staging', { gracePeriodSeconds: 30 * 86_400 });
    expect(rotated.previousKey!.expiresAt).to.equal(staging.expiresAt);
  });

  it('refuses to rotate a key that is not active, an unknown key, or with a bad grace period', async () => {
    const { store, advance } = storeAt();
    await store.rotateApiKey('key_ci', { gracePeriodSeconds: 60 });
    expect((await rejection(store.rotateApiKey('key_ci'))).code).to.equal('conflict');
    await store.revokeApiKey('key_platform');
    expect((await rejection(store.rotateApiKey('key_platform'))).code).to.equal('conflict');
    advance(20 * DAY);
    expect((await rejection(store.rotateApiKey('key_staging'))).code).to.equal('conflict', 'expired');
    expect((await rejection(store.rotateApiKey('key_nope'))).code).to.equal('not_found');
    const error = await rejection(store.rotateApiKey((await store.createApiKey({ name: 'New' })).key.id, { gracePeriodSeconds: -1 }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.key('gracePeriodSeconds');
  });

  it('follows the clock: a key expires at its expiresAt', async () => {
    const { store, advance } = storeAt();
    const staging = async () => (await store.listApiKeys()).find((key) => key.id === 'key_staging')!.status;
    advance(19 * DAY - 1);
    expect(await staging()).to.equal('active');
    advance(1);
    expect(await staging()).to.equal('expired');
  });

  it('revokes a key now, drops a revealable secret, and revoking again changes nothing', async () => {
    const { store, advance } = storeAt();
    await store.revokeApiKey('key_platform');
    expect((await store.listApiKeys())[0].status).to.equal('revoked');
    expect(store.snapshot().apiKeys[0]).not.to.have.property('secret');
    const revokedAt = store.snapshot().apiKeys[0].revokedAt;
    expect(revokedAt).to.equal(START.toISOString());
    advance(DAY);
    await store.revokeApiKey('key_platform');
    expect(store.snapshot().apiKeys[0].revokedAt).to.equal(revokedAt);
    expect((await rejection(store.revokeApiKey('key_nope'))).code).to.equal('not_found');
  });

  it('regenerates every active key at once and revokes keys in a grace period', async () => {
    const { store } = storeAt();
    const { key: ciReplacement } = await store.rotateApiKey('key_ci', { gracePeriodSeconds: 600 });
    const { secrets } = await store.regenerateSecrets();
    expect(secrets.map((entry) => entry.key.name)).to.have.members(['Platform key', 'CI deploys', 'Staging agents']);
    expect(new Set(secrets.map((entry) => entry.secret)).size).to.equal(3);
    expect(secrets.every((entry) => entry.secret.endsWith(entry.key.last4) && entry.key.status === 'active')).to.equal(true);
    const keys = await store.listApiKeys();
    const newIds = new Set(secrets.map((entry) => entry.key.id));
    expect(keys.filter((key) => !newIds.has(key.id)).map((key) => [key.id, key.status])).to.have.deep.members([
      ['key_platform', 'revoked'],
      ['key_ci', 'revoked'],
      [ciReplacement.id, 'revoked'],
      ['key_staging', 'revoked'],
    ]);
    expect(JSON.stringify(keys)).not.to.contain(secrets[0].secret);
  });
});

describe('AccountStore: organization and subscriptions', () => {
  it('derives deletion blockers from the subscriptions that are not canceled', async () => {
    const { store } = storeAt();
    const organization = (await store.getOrganization())!;
    expect(organization.deletionBlockers.map((blocker) => [blocker.kind, blocker.id])).to.deep.equal([
      ['subscription', 'sub_jobs'],
      ['subscription', 'sub_capacity'],
    ]);
    const canceled = await store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    expect(canceled).to.include({ status: 'canceled', cancelAtPeriodEnd: false });
    expect((await store.getOrganization())!.deletionBlockers.map((blocker) => blocker.id)).to.deep.equal(['sub_capacity']);
  });

  it('keeps a subscription canceled at period end a blocker until the period ends', async () => {
    const { store, advance } = storeAt();
    const subscription = await store.cancelSubscription('sub_capacity', { atPeriodEnd: true });
    expect(subscription).to.include({ status: 'active', cancelAtPeriodEnd: true });
    const blockers = async () => (await store.getOrganization())!.deletionBlockers.map((blocker) => blocker.id);
    expect(await blockers()).to.deep.equal(['sub_jobs', 'sub_capacity']);
    advance(Date.parse(subscription.renewsAt) - START.getTime());
    expect(await blockers()).to.deep.equal(['sub_jobs']);
    expect((await store.listSubscriptions()).find((item) => item.id === 'sub_capacity')!.status).to.equal('canceled');
  });

  it('refuses to cancel a canceled or unknown subscription, or without saying when', async () => {
    const { store } = storeAt();
    await store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    expect((await rejection(store.cancelSubscription('sub_jobs', { atPeriodEnd: false }))).code).to.equal('conflict');
    expect((await rejection(store.cancelSubscription('sub_nope', { atPeriodEnd: false }))).code).to.equal('not_found');
    const error = await rejection(store.cancelSubscription('sub_capacity', {} as never));
    expect(error.fieldErrors).to.have.key('atPeriodEnd');
  });

  it('refuses to delete while blockers remain, even with the exact name', async () => {
    const { store } = storeAt();
    const error = await rejection(store.deleteOrganization({ confirmName: 'Acme Robotics' }));
    expect(error.code).to.equal('conflict');
    expect(await store.getOrganization()).not.to.equal(null);
  });

  it('requires the exact name to delete: no trimming, no case folding', async () => {
    const { store } = storeAt();
    await store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    await store.cancelSubscription('sub_capacity', { atPeriodEnd: false });
    for (const confirmName of ['acme robotics', 'Acme Robotics ', ' Acme Robotics', 'ACME ROBOTICS', '']) {
      const error = await rejection(store.deleteOrganization({ confirmName }));
      expect(error.code).to.equal('validation', confirmName);
      expect(error.fieldErrors!.confirmName).to.have.length(1);
    }
    expect(await store.getOrganization()).not.to.equal(null);
    await store.deleteOrganization({ confirmName: 'Acme Robotics' });
    expect(await store.getOrganization()).to.equal(null);
  });

  it('after deleting, has no organization, members, invitations or organization permissions', async () => {
    const { store } = storeAt({ seed: { subscriptions: [] } });
    await store.deleteOrganization({ confirmName: 'Acme Robotics' });
    expect(await store.listMembers()).to.deep.equal({ items: [], nextCursor: null, total: 0 });
    expect(await store.listInvitations()).to.deep.equal([]);
    expect((await store.getViewer()).permissions).to.have.members(['api_keys:write', 'billing:manage']);
    expect((await store.listApiKeys()).length).to.equal(3);
    // The viewer no longer holds organization:delete, so a second attempt is refused.
    expect((await rejection(store.deleteOrganization({ confirmName: 'Acme Robotics' }))).code).to.equal('forbidden');
  });

  it('answers not_found for organization changes when there is no organization', async () => {
    const { store } = storeAt({ seed: { organization: null } });
    expect(await store.getOrganization()).to.equal(null);
    expect((await rejection(store.updateOrganization({ name: 'X' }))).code).to.equal('not_found');
    expect((await rejection(store.inviteMembers([{ email: 'a@b.example', roleId: 'member' }]))).code).to.equal('not_found');
    expect((await rejection(store.leaveOrganization())).code).to.equal('not_found');
  });

  it('updates name, slug, logo and brand colour; an empty colour clears it', async () => {
    const { store } = storeAt();
    const updated = await store.updateOrganization({ name: ' Acme Labs ', slug: 'acme-labs', logoUrl: 'https://cdn.example/logo.svg', brandColor: '' });
    expect(updated).to.include({ name: 'Acme Labs', slug: 'acme-labs', logoUrl: 'https://cdn.example/logo.svg' });
    expect(updated).not.to.have.property('brandColor');
    expect(updated.deletionBlockers).to.have.length(2);
    expect(await store.getOrganization()).to.deep.equal(updated);
  });

  it('rejects a bad slug, a non-https logo, a bad colour and an empty name, changing nothing', async () => {
    const { store } = storeAt();
    const error = await rejection(store.updateOrganization({ name: ' ', slug: 'Acme Labs', logoUrl: 'http://cdn.example/logo.svg', brandColor: 'blue' }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.all.keys('name', 'slug', 'logoUrl', 'brandColor');
    expect((await rejection(store.updateOrganization({ logoUrl: 'javascript:alert(1)' }))).fieldErrors).to.have.key('logoUrl');
    expect((await store.getOrganization())!.slug).to.equal('acme-robotics');
  });
});

describe('AccountStore: members', () => {
  it('lists members with a total, 50 per page by default', async () => {
    const { store } = storeAt({ seed: { members: generateMembers(120, START) } });
    const page = await store.listMembers();
    expect(page.items).to.have.length(50);
    expect(page.total).to.equal(120);
    expect(page.nextCursor).to.be.a('string');
  });

  it('pages through every member with an opaque cursor, never repeating or skipping one', async () => {
    const members = [...seedAt().members, ...generateMembers(450, START)];
    const { store } = storeAt({ seed: { members } });
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page: MemberPage = await store.listMembers({ limit: 200, cursor });
      expect(page.total).to.equal(458);
      sizes.push(page.items.length);
      seen.push(...page.items.map((member) => member.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).to.deep.equal([200, 200, 58]);
    expect(seen).to.deep.equal(members.map((member) => member.id));
  });

  it('caps the page at 200 and rejects a limit below 1 or a malformed cursor', async () => {
    const { store } = storeAt({ seed: { members: generateMembers(300, START) } });
    expect((await store.listMembers({ limit: 1000 })).items).to.have.length(200);
    expect((await rejection(store.listMembers({ limit: 0 }))).fieldErrors).to.have.key('limit');
    expect((await rejection(store.listMembers({ limit: 2.5 }))).fieldErrors).to.have.key('limit');
    expect((await rejection(store.listMembers({ cursor: 'not-a-cursor' }))).fieldErrors).to.have.key('cursor');
  });

  it('searches name and email, ignoring case, and pages the matches', async () => {
    const { store } = storeAt();
    expect((await store.listMembers({ search: 'PRIYA' })).items.map((member) => member.id)).to.deep.equal(['usr_priya']);
    expect((await store.listMembers({ search: 'zzz' })).total).to.equal(0);
    expect((await store.listMembers({ search: 'tom.LINDQVIST@' })).items.map((member) => member.id)).to.deep.equal(['usr_tom']);
    const first = await store.listMembers({ search: 'ACME-ROBOTICS.EXAMPLE', limit: 5 });
    expect(first).to.include({ total: 8 });
    const second = await store.listMembers({ search: 'ACME-ROBOTICS.EXAMPLE', limit: 5, cursor: first.nextCursor! });
    expect(second.items).to.have.length(3);
    expect(second.nextCursor).to.equal(null);
  });

  it('never removes or demotes the last owner', async () => {
    const { store } = storeAt();
    await store.removeMember('usr_daniel');
    const remove = await rejection(store.removeMember('usr_maya'));
    expect(remove.code).to.equal('conflict');
    const demote = await rejection(store.updateMemberRole('usr_maya', 'admin'));
    expect(demote.code).to.equal('conflict');
    // Keeping the owner role is fine; a second owner frees the first.
    expect((await store.updateMemberRole('usr_maya', 'owner')).roleId).to.equal('owner');
    await store.updateMemberRole('usr_priya', 'owner');
    expect((await store.updateMemberRole('usr_maya', 'member')).roleId).to.equal('member');
    expect((await store.listMembers()).items.find((member) => member.id === 'usr_maya')!.roleId).to.equal('member');
  });

  it('treats every role flagged owner as an owner role', async () => {
    const roles = [...seedAt().roles, { id: 'founder', name: 'Founder', owner: true }];
    const { store } = storeAt({ seed: { roles } });
    await store.updateMemberRole('usr_daniel', 'founder');
    await store.updateMemberRole('usr_maya', 'admin');
    expect((await rejection(store.removeMember('usr_daniel'))).code).to.equal('conflict');
  });

  it('rejects an unknown role with a field error and an unknown member with not_found', async () => {
    const { store } = storeAt();
    const error = await rejection(store.updateMemberRole('usr_kenji', 'superuser'));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.key('roleId');
    expect((await rejection(store.updateMemberRole('usr_nope', 'member'))).code).to.equal('not_found');
    expect((await rejection(store.removeMember('usr_nope'))).code).to.equal('not_found');
  });

  it('answers each invite row: invalid, already_member, already_invited or invited', async () => {
    const { store } = storeAt();
    const results = await store.inviteMembers([
      { email: 'not-an-email', roleId: 'member' },
      { email: 'PRIYA.RAMAN@acme-robotics.example', roleId: 'member' },
      { email: 'Jordan.Lee@ACME-robotics.example', roleId: 'member' },
      { email: 'new.person@partner.example', roleId: 'admin' },
      { email: 'NEW.person@partner.example', roleId: 'member' },
    ]);
    expect(results.map((result) => result.status)).to.deep.equal(['invalid', 'already_member', 'already_invited', 'invited', 'already_invited']);
    expect(results[0].message).to.be.a('string');
    expect(results[2].invitation!.id).to.equal('inv_jordan');
    expect(results[3].invitation).to.include({ email: 'new.person@partner.example', roleId: 'admin', invitedAt: START.toISOString() });
    const invitations = await store.listInvitations();
    expect(invitations.map((invitation) => invitation.email)).to.deep.equal([
      'jordan.lee@acme-robotics.example',
      'ops@contractor.example',
      'new.person@partner.example',
    ]);
  });

  it('rejects the whole call for an unknown role or no rows, inviting no one', async () => {
    const { store } = storeAt();
    const error = await rejection(
      store.inviteMembers([
        { email: 'ok@partner.example', roleId: 'member' },
        { email: 'also@partner.example', roleId: 'wizard' },
      ]),
    );
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.key('roleId');
    expect((await rejection(store.inviteMembers([]))).fieldErrors).to.have.key('rows');
    expect(await store.listInvitations()).to.have.length(2);
  });

  it('replaces an expired invitation with a new one', async () => {
    const { store, advance } = storeAt();
    advance(2 * DAY);
    const [result] = await store.inviteMembers([{ email: 'ops@contractor.example', roleId: 'member' }]);
    expect(result.status).to.equal('invited');
    const invitations = (await store.listInvitations()).filter((invitation) => invitation.email === 'ops@contractor.example');
    expect(invitations).to.have.length(1);
    expect(invitations[0]).to.include({ roleId: 'member', id: result.invitation!.id });
  });

  it('resends an invitation for another 7 days and revokes one', async () => {
    const { store, advance } = storeAt();
    advance(DAY);
    const resent = await store.resendInvitation('inv_contractor');
    expect(resent.invitedAt).to.equal(new Date(START.getTime() + DAY).toISOString());
    expect(resent.expiresAt).to.equal(new Date(START.getTime() + 8 * DAY).toISOString());
    await store.revokeInvitation('inv_jordan');
    expect((await store.listInvitations()).map((invitation) => invitation.id)).to.deep.equal(['inv_contractor']);
    expect((await rejection(store.revokeInvitation('inv_jordan'))).code).to.equal('not_found');
    expect((await rejection(store.resendInvitation('inv_jordan'))).code).to.equal('not_found');
  });

  it('lets the viewer leave unless they are the last owner, as the viewer’s lastOwner says', async () => {
    const { store } = storeAt();
    expect((await store.getViewer()).lastOwner).to.equal(false);
    await store.updateMemberRole('usr_daniel', 'admin');
    expect((await store.getViewer()).lastOwner).to.equal(true);
    expect((await rejection(store.leaveOrganization())).code).to.equal('conflict');
    await store.updateMemberRole('usr_daniel', 'owner');
    expect((await store.getViewer()).lastOwner).to.equal(false);
    await store.leaveOrganization();
    expect(await store.getOrganization()).to.equal(null);
    const viewer = await store.getViewer();
    expect(viewer.permissions).not.to.include('members:manage');
    expect(viewer).not.to.have.property('lastOwner');
  });
});

describe('AccountStore: permissions', () => {
  // Each mutation with the one permission it needs.
  const guarded: [Permission, string, (store: AccountStore) => Promise<unknown>][] = [
    ['api_keys:write', 'createApiKey', (store) => store.createApiKey({ name: 'Key' })],
    ['api_keys:write', 'rotateApiKey', (store) => store.rotateApiKey('key_ci')],
    ['api_keys:write', 'revokeApiKey', (store) => store.revokeApiKey('key_ci')],
    ['api_keys:write', 'regenerateSecrets', (store) => store.regenerateSecrets()],
    ['members:manage', 'inviteMembers', (store) => store.inviteMembers([{ email: 'a@partner.example', roleId: 'member' }])],
    ['members:manage', 'updateMemberRole', (store) => store.updateMemberRole('usr_kenji', 'admin')],
    ['members:manage', 'removeMember', (store) => store.removeMember('usr_kenji')],
    ['members:manage', 'resendInvitation', (store) => store.resendInvitation('inv_jordan')],
    ['members:manage', 'revokeInvitation', (store) => store.revokeInvitation('inv_jordan')],
    ['organization:manage', 'updateOrganization', (store) => store.updateOrganization({ name: 'Renamed' })],
    ['organization:manage', 'cancelSubscription', (store) => store.cancelSubscription('sub_jobs', { atPeriodEnd: false })],
    ['organization:delete', 'deleteOrganization', (store) => store.deleteOrganization({ confirmName: 'Acme Robotics' })],
    ['billing:manage', 'createBillingPortalSession', (store) => store.createBillingPortalSession({})],
  ];

  for (const [permission, operation, call] of guarded) {
    it(`${operation} needs ${permission}, and nothing else will do`, async () => {
      const viewer = seedAt().viewer;
      const without = { ...viewer, permissions: viewer.permissions.filter((held) => held !== permission) };
      // Without subscriptions, nothing but the permission could stop deleteOrganization.
      const subscriptions = operation === 'deleteOrganization' ? { subscriptions: [] } : {};
      const { store } = storeAt({ seed: { viewer: without, ...subscriptions } });
      const before = store.snapshot();
      expect((await rejection(call(store))).code).to.equal('forbidden');
      expect(store.snapshot()).to.deep.equal(before);
      const allowed = storeAt({ seed: subscriptions }).store;
      await call(allowed);
      expect(allowed.effects).to.have.property(operation, 1);
    });
  }

  it('lets a viewer without permissions manage their own profile, passkeys and sessions', async () => {
    const { store } = storeAt({ seed: { viewer: { ...seedAt().viewer, permissions: [] } } });
    await store.updateProfile({ timezone: 'Europe/Berlin' });
    await store.updateNotificationPreferences({ weekly_digest: { email: true } });
    await store.renamePasskey('pk_yubikey', 'Backup key');
    await store.revokeSession('ses_berlin');
    await store.revokeAllSessions();
    expect(await store.revealApiKey('key_platform')).to.have.property('secret');
    expect(store.effects).to.deep.equal({
      updateProfile: 1,
      updateNotificationPreferences: 1,
      renamePasskey: 1,
      revokeSession: 1,
      revokeAllSessions: 1,
    });
  });
});

describe('AccountStore: idempotency', () => {
  it('returns the first response again, as a copy, without creating a second key', async () => {
    const { store } = storeAt();
    const first = await store.createApiKey({ name: 'Retry me' }, { idempotencyKey: 'intent-1' });
    const again = await store.createApiKey({ name: 'Retry me' }, { idempotencyKey: 'intent-1' });
    expect(again).to.deep.equal(first);
    expect(again).not.to.equal(first);
    first.key.name = 'Changed by caller';
    expect((await store.createApiKey({ name: 'Retry me' }, { idempotencyKey: 'intent-1' })).key.name).to.equal('Retry me');
    expect((await store.listApiKeys()).filter((key) => key.name === 'Retry me')).to.have.length(1);
    expect(store.effects.createApiKey).to.equal(1);
  });

  it('replays invite results instead of reporting the second call as already invited', async () => {
    const { store } = storeAt();
    const rows = [{ email: 'kai@partner.example', roleId: 'member' }];
    const first = await store.inviteMembers(rows, { idempotencyKey: 'invite-kai' });
    const again = await store.inviteMembers(rows, { idempotencyKey: 'invite-kai' });
    expect(again.map((result) => result.status)).to.deep.equal(['invited']);
    expect(again).to.deep.equal(first);
    expect((await store.inviteMembers(rows, { idempotencyKey: 'invite-kai-2' }))[0].status).to.equal('already_invited');
  });

  it('replays a void mutation as success rather than not_found', async () => {
    const { store } = storeAt();
    await store.revokeInvitation('inv_jordan', { idempotencyKey: 'revoke-jordan' });
    await store.revokeInvitation('inv_jordan', { idempotencyKey: 'revoke-jordan' });
    expect(store.effects.revokeInvitation).to.equal(1);
    expect((await rejection(store.revokeInvitation('inv_jordan'))).code).to.equal('not_found');
  });

  it('rejects a key reused for a different request with conflict', async () => {
    const { store } = storeAt();
    await store.createApiKey({ name: 'First' }, { idempotencyKey: 'shared' });
    expect((await rejection(store.createApiKey({ name: 'Second' }, { idempotencyKey: 'shared' }))).code).to.equal('conflict');
    expect((await rejection(store.revokeApiKey('key_ci', { idempotencyKey: 'shared' }))).code).to.equal('conflict');
    expect((await store.listApiKeys()).map((key) => key.name)).not.to.include('Second');
  });

  it('does not record failures: the same key succeeds once the cause is gone', async () => {
    const { store } = storeAt();
    const intent = { idempotencyKey: 'delete-acme' };
    expect((await rejection(store.deleteOrganization({ confirmName: 'Acme Robotics' }, intent))).code).to.equal('conflict');
    await store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    await store.cancelSubscription('sub_capacity', { atPeriodEnd: false });
    await store.deleteOrganization({ confirmName: 'Acme Robotics' }, intent);
    expect(await store.getOrganization()).to.equal(null);
  });
});

describe('AccountStore: profile, notifications, passkeys, sessions, billing', () => {
  it('keeps a new email pending until verified and renames the viewer everywhere', async () => {
    const { store } = storeAt();
    const profile = await store.updateProfile({ displayName: ' Maya C. ', email: 'maya@new.example', locale: 'fr-FR' });
    expect(profile).to.include({ displayName: 'Maya C.', email: 'maya.chen@acme-robotics.example', pendingEmail: 'maya@new.example', locale: 'fr-FR' });
    expect((await store.getViewer()).name).to.equal('Maya C.');
    expect((await store.listMembers({ search: 'Maya' })).items[0].name).to.equal('Maya C.');
    expect(await store.updateProfile({ email: 'MAYA.CHEN@acme-robotics.example' })).not.to.have.property('pendingEmail');
  });

  it('rejects a bad email, an empty name, an unknown time zone or locale, and a non-https avatar', async () => {
    const { store } = storeAt();
    const error = await rejection(
      store.updateProfile({ email: 'maya@', displayName: '', timezone: 'Mars/Olympus', locale: 'not a locale', avatarUrl: 'http://x.example/a.png' }),
    );
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.all.keys('email', 'displayName', 'timezone', 'locale', 'avatarUrl');
    expect((await store.getProfile()).timezone).to.equal('America/Los_Angeles');
  });

  it('updates the notification cells given and rejects unknown ids or non-booleans', async () => {
    const { store } = storeAt();
    const preferences = await store.updateNotificationPreferences({ weekly_digest: { push: true } });
    expect(preferences.values.weekly_digest).to.deep.equal({ email: false, push: true });
    expect(preferences.values.plan_renewal).to.deep.equal({ email: true, push: false });
    expect((await rejection(store.updateNotificationPreferences({ marketing: { email: true } }))).fieldErrors).to.have.key('values');
    expect((await rejection(store.updateNotificationPreferences({ agent_errors: { sms: true } }))).fieldErrors).to.have.key('values');
    const notBoolean = { agent_errors: { email: 'yes' } } as unknown as Record<string, Record<string, boolean>>;
    expect((await rejection(store.updateNotificationPreferences(notBoolean))).code).to.equal('validation');
    expect((await store.getNotificationPreferences()).values.agent_errors).to.deep.equal({ email: true, push: true });
  });

  it('registers a passkey only after beginning a registration', async () => {
    const { store } = storeAt();
    const response = { id: 'credential-1', type: 'public-key' };
    expect((await rejection(store.finishPasskeyRegistration({ name: 'Phone', response }))).code).to.equal('conflict');
    const options = await store.beginPasskeyRegistration({ name: 'Phone' });
    expect(options.challenge).to.match(/^[A-Za-z0-9_-]{32,}$/);
    expect(options).to.have.nested.property('user.name', 'maya.chen@acme-robotics.example');
    expect((await rejection(store.finishPasskeyRegistration({ name: 'Phone', response: { id: '' } }))).fieldErrors).to.have.key('response');
    const passkey = await store.finishPasskeyRegistration({ name: 'Phone', response });
    expect(passkey).to.include({ name: 'Phone', createdAt: START.toISOString() });
    expect((await store.listPasskeys()).map((item) => item.name)).to.deep.equal(['MacBook Pro', 'YubiKey 5C', 'Phone']);
    expect((await rejection(store.finishPasskeyRegistration({ name: 'Again', response }))).code).to.equal('conflict');
  });

  it('renames and deletes passkeys', async () => {
    const { store } = storeAt();
    expect((await store.renamePasskey('pk_macbook', ' Work laptop ')).name).to.equal('Work laptop');
    expect((await rejection(store.renamePasskey('pk_macbook', ' '))).fieldErrors).to.have.key('name');
    await store.deletePasskey('pk_yubikey');
    expect((await store.listPasskeys()).map((item) => item.id)).to.deep.equal(['pk_macbook']);
    expect((await rejection(store.deletePasskey('pk_yubikey'))).code).to.equal('not_found');
  });

  it('revokes other sessions, one or all, but never the current one', async () => {
    const { store } = storeAt();
    await store.revokeSession('ses_phone');
    expect((await store.listSessions()).map((session) => session.id)).to.deep.equal(['ses_current', 'ses_berlin']);
    expect((await rejection(store.revokeSession('ses_current'))).code).to.equal('conflict');
    expect((await rejection(store.revokeSession('ses_phone'))).code).to.equal('not_found');
    await store.revokeAllSessions();
    expect((await store.listSessions()).map((session) => session.id)).to.deep.equal(['ses_current']);
  });

  it('creates a billing portal session for a known flow and an http(s) return URL', async () => {
    const { store } = storeAt();
    const { url } = await store.createBillingPortalSession({ flow: 'payment_method', returnUrl: 'https://app.example/settings' });
    expect(new URL(url).protocol).to.equal('https:');
    expect(new URL(url).searchParams.get('flow')).to.equal('payment_method');
    const error = await rejection(store.createBillingPortalSession({ flow: 'upgrade' as never, returnUrl: 'javascript:void(0)' }));
    expect(error.fieldErrors).to.have.all.keys('flow', 'returnUrl');
  });
});
