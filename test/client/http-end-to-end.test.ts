import { expect } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { OPTIONAL_ACCOUNT_OPERATIONS } from '../../src/client/operations.js';
import { createAccountHandlers } from '../../src/mocks/index.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { rejection } from '../helpers/rejection.js';

describe('HTTP client → MSW handlers → AccountStore', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store);
  });
  const client = createHttpAccountClient({ baseUrl: API, retry: { attempts: 1 } });

  it('lists keys without secrets, creates one whose secret comes back once, and lists it', async () => {
    const before = await client.listApiKeys();
    expect(before.map((key) => key.id)).to.include.members(['key_platform', 'key_ci']);
    for (const key of before) expect(key).to.not.have.property('secret');

    const created = await client.createApiKey!({ name: 'Laptop', scopes: ['jobs:read'] });
    expect(created.secret).to.match(/^sk-so-/);
    expect(created.secret.endsWith(created.key.last4)).to.equal(true);
    expect(server.requestsTo('POST', '/api-keys')).to.have.length(1);

    const after = await client.listApiKeys();
    expect(after).to.have.length(before.length + 1);
    expect(after.find((key) => key.id === created.key.id)).to.deep.equal(created.key);
    expect(JSON.stringify(after)).to.not.include(created.secret);
  });

  it('replays the first response when a mutation is retried with the same idempotency key', async () => {
    const idempotencyKey = crypto.randomUUID();
    const first = await client.createApiKey!({ name: 'Retry me' }, { idempotencyKey });
    const again = await client.createApiKey!({ name: 'Retry me' }, { idempotencyKey });
    expect(again).to.deep.equal(first);
    expect(store.effects.createApiKey).to.equal(1);
    expect((await client.listApiKeys()).filter((key) => key.name === 'Retry me')).to.have.length(1);
    expect(server.requestsTo('POST', '/api-keys').map((request) => request.headers.get('Idempotency-Key'))).to.deep.equal([idempotencyKey, idempotencyKey]);

    const reused = await rejection(client.createApiKey!({ name: 'Something else' }, { idempotencyKey }));
    expect(reused.code).to.equal('conflict');
    expect(reused.status).to.equal(409);
  });

  it('applies two calls without a caller key as two intents', async () => {
    await client.createApiKey!({ name: 'Twice' });
    await client.createApiKey!({ name: 'Twice' });
    expect(store.effects.createApiKey).to.equal(2);
  });

  it('rotates with a grace period and reveals only the revealable key', async () => {
    const rotated = await client.rotateApiKey('key_ci', { gracePeriodSeconds: 3600 });
    expect(rotated.secret).to.match(/^sk-so-/);
    expect(rotated.previousKey?.id).to.equal('key_ci');
    expect(rotated.previousKey?.status).to.equal('expiring');

    const revealed = await client.revealApiKey!('key_platform');
    expect(revealed.secret).to.match(/^sk-so-.*3F92$/);

    const refused = await rejection(client.revealApiKey!('key_ci'));
    expect(refused.code).to.equal('conflict');
    const missing = await rejection(client.rotateApiKey('key_nope'));
    expect(missing.code).to.equal('not_found');
    expect(missing.status).to.equal(404);
  });

  it('never puts a secret in any URL during create, rotate, reveal and regenerate', async () => {
    const secrets = [
      (await client.createApiKey!({ name: 'Flow' })).secret,
      (await client.rotateApiKey('key_staging')).secret,
      (await client.revealApiKey!('key_platform')).secret,
      ...(await client.regenerateSecrets!()).secrets.map((entry) => entry.secret),
    ];
    await client.listApiKeys();
    expect(secrets.length).to.be.greaterThan(3);
    expect(server.requests.length).to.be.greaterThan(4);
    for (const { url } of server.requests) {
      expect(url).to.not.include('sk-so-');
      for (const secret of secrets) expect(decodeURIComponent(url)).to.not.include(secret);
    }
  });

  it('invites members with one result per row, and pages members through the query', async () => {
    const roles = await client.listRoles();
    const { items: [someone] } = await client.listMembers({ limit: 1 });
    const results = await client.inviteMembers!([
      { email: 'new.person@example.com', roleId: roles.find((role) => !role.owner)!.id },
      { email: someone!.email, roleId: 'member' },
      { email: 'not-an-email', roleId: 'member' },
    ]);
    expect(results.map((result) => result.status)).to.deep.equal(['invited', 'already_member', 'invalid']);
    expect((await client.listInvitations()).map((invitation) => invitation.email)).to.include('new.person@example.com');

    const first = await client.listMembers({ limit: 2 });
    expect(first.items).to.have.length(2);
    expect(first.nextCursor).to.be.a('string');
    const second = await client.listMembers({ limit: 2, cursor: first.nextCursor! });
    expect(second.items[0]!.id).to.not.equal(first.items[0]!.id);
    const search = await client.listMembers({ search: someone!.name });
    expect(search.items.map((member) => member.id)).to.include(someone!.id);
  });

  it('carries domain refusals across HTTP: deletion blockers, the exact name', async () => {
    const organization = (await client.getOrganization())!;
    expect(organization.deletionBlockers.length).to.be.greaterThan(0);
    const wrongName = await rejection(client.deleteOrganization!({ confirmName: organization.name.toLowerCase() }));
    expect(wrongName.code).to.equal('validation');
    expect(wrongName.fieldErrors).to.have.property('confirmName');
    const blocked = await rejection(client.deleteOrganization!({ confirmName: organization.name }));
    expect(blocked.code).to.equal('conflict');
  });

  it('answers 204 for void operations and reflects the change', async () => {
    expect(await client.revokeSession('ses_phone')).to.equal(undefined);
    expect((await client.listSessions()).map((session) => session.id)).to.not.include('ses_phone');
  });

  it('serves a memory client too: omitted capabilities answer 501, injected failures keep their code', async () => {
    const backend = createMemoryAccountClient({
      store,
      capabilities: { omit: ['revealApiKey'] },
      failures: { getUsage: { code: 'rate_limited', retryAfterSeconds: 30 }, regenerateSecrets: 'reauth_required' },
    });
    server.worker.use(...createAccountHandlers(backend));
    expect(OPTIONAL_ACCOUNT_OPERATIONS).to.include('revealApiKey');

    const unavailable = await rejection(client.revealApiKey!('key_platform'));
    expect([unavailable.code, unavailable.status]).to.deep.equal(['unavailable', 501]);
    const limited = await rejection(client.getUsage());
    expect([limited.code, limited.status, limited.retryAfterSeconds]).to.deep.equal(['rate_limited', 429, 30]);
    const reauth = await rejection(client.regenerateSecrets!());
    expect([reauth.code, reauth.status]).to.deep.equal(['reauth_required', 403]);
  });
});
