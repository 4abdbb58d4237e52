import { expect } from '@open-wc/testing';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { AccountClient } from '../../src/client/types.js';
import { loopbackFetch, openLoopbackSession } from '../helpers/contract-server.js';
import type { LoggedRequest, LoopbackSession } from '../helpers/contract-server.js';
import { rejection } from '../helpers/rejection.js';

/** `METHOD /path?query` relative to the session's base path, preflights left out. */
function calls(requests: LoggedRequest[], base: string): string[] {
  const prefix = new URL(base).pathname;
  return requests.filter((request) => request.method !== 'OPTIONS').map((request) => `${request.method} ${request.url.slice(prefix.length)}`);
}

// The same contract the MSW tests use, served by a Node server on 127.0.0.1 (started by the
// runner's contract-server plugin): real TCP, real CORS preflights, real header exposure.
describe('HTTP client → loopback server (127.0.0.1) → MSW handlers → AccountStore', () => {
  let session: LoopbackSession;
  let client: AccountClient;

  beforeEach(async () => {
    session = await openLoopbackSession();
    client = createHttpAccountClient({ baseUrl: session.baseUrl, fetch: loopbackFetch, retry: { attempts: 1 } });
  });

  it('reaches a separate server on 127.0.0.1 across origins, with a bearer token through the preflight', async () => {
    const base = new URL(session.baseUrl);
    expect(base.hostname).to.equal('127.0.0.1');
    expect(base.origin).to.not.equal(location.origin);
    const withToken = createHttpAccountClient({
      baseUrl: session.baseUrl,
      fetch: loopbackFetch,
      headers: async () => ({ Authorization: 'Bearer loopback-token' }),
    });

    const viewer = await withToken.getViewer();
    expect(viewer.id).to.equal('usr_maya');

    const { requests } = await session.log();
    const get = requests.find((request) => request.method === 'GET');
    expect(get?.origin).to.equal(location.origin);
    expect(get?.headerNames).to.include('authorization');
    // A cross-origin request with Authorization is only sent after the server approved it.
    expect(requests.map((request) => request.method)).to.deep.equal(['OPTIONS', 'GET']);
  });

  it('lists, creates, rotates and reveals keys, with secrets only in response bodies', async () => {
    const listed = await client.listApiKeys();
    expect(listed.map((key) => key.id)).to.include.members(['key_platform', 'key_ci', 'key_staging']);
    for (const key of listed) expect(key).to.not.have.property('secret');

    const created = await client.createApiKey!({ name: 'Loopback', scopes: ['jobs:read'] });
    expect(created.secret).to.match(/^sk-so-/);
    expect(created.secret.endsWith(created.key.last4)).to.equal(true);
    const rotated = await client.rotateApiKey('key_ci', { gracePeriodSeconds: 3600 });
    expect(rotated.secret).to.match(/^sk-so-/);
    expect(rotated.previousKey).to.include({ id: 'key_ci', status: 'expiring' });
    const revealed = await client.revealApiKey!('key_platform');
    expect(revealed.secret).to.match(/^sk-so-.*3F92$/);

    const after = await client.listApiKeys();
    expect(after.find((key) => key.id === created.key.id)).to.deep.equal(created.key);
    const secrets = [created.secret, rotated.secret, revealed.secret];
    for (const secret of secrets) expect(JSON.stringify(after)).to.not.include(secret);

    const { requests } = await session.log();
    // Every URL the server received, preflights included: no secret, in any encoding.
    for (const { url } of requests) {
      const decoded = decodeURIComponent(url);
      expect(decoded).to.not.include('sk-so-');
      for (const secret of secrets) expect(decoded).to.not.include(secret);
    }
    expect(calls(requests, session.baseUrl)).to.deep.equal([
      'GET /api-keys',
      'POST /api-keys',
      'POST /api-keys/key_ci/rotate',
      'POST /api-keys/key_platform/reveal',
      'GET /api-keys',
    ]);
    for (const request of requests.filter((logged) => logged.method === 'POST')) {
      expect(request.idempotencyKey, request.url).to.be.a('string').and.not.equal('');
    }
  });

  it('maps error statuses: 404, 409 for an organization with deletion blockers, 422 with fieldErrors', async () => {
    const missing = await rejection(client.rotateApiKey('key_nope'));
    expect([missing.code, missing.status]).to.deep.equal(['not_found', 404]);

    const organization = (await client.getOrganization())!;
    expect(organization.deletionBlockers.length).to.be.greaterThan(0);
    const blocked = await rejection(client.deleteOrganization!({ confirmName: organization.name }));
    expect([blocked.code, blocked.status]).to.deep.equal(['conflict', 409]);
    expect(blocked.message).to.include('before deleting the organization');

    const wrongName = await rejection(client.deleteOrganization!({ confirmName: organization.name.toUpperCase() }));
    expect([wrongName.code, wrongName.status]).to.deep.equal(['validation', 422]);
    expect(wrongName.fieldErrors).to.have.property('confirmName').that.is.an('array').with.length(1);
    const unnamed = await rejection(client.createApiKey!({ name: '  ' }));
    expect(unnamed.fieldErrors).to.deep.equal({ name: ['Enter a name for the key.'] });
    expect((await session.log()).effects).to.deep.equal({});
  });

  it('reads Retry-After on a 429 across origins', async () => {
    const limited = await openLoopbackSession({ failures: { getUsage: { code: 'rate_limited', retryAfterSeconds: 30 } } });
    const error = await rejection(createHttpAccountClient({ baseUrl: limited.baseUrl, fetch: loopbackFetch }).getUsage());
    // Without Access-Control-Expose-Headers the browser hides Retry-After and this is undefined.
    expect([error.code, error.status, error.retryAfterSeconds]).to.deep.equal(['rate_limited', 429, 30]);
    // 30 s is longer than the client waits, so it did not retry.
    expect(calls((await limited.log()).requests, limited.baseUrl)).to.deep.equal(['GET /usage']);
  });

  it('applies a mutation sent twice with one Idempotency-Key once, and refuses the key for another request', async () => {
    const idempotencyKey = crypto.randomUUID();
    const first = await client.createApiKey!({ name: 'Sent twice' }, { idempotencyKey });
    const again = await client.createApiKey!({ name: 'Sent twice' }, { idempotencyKey });
    expect(again).to.deep.equal(first);
    expect((await client.listApiKeys()).filter((key) => key.name === 'Sent twice')).to.have.length(1);

    const reused = await rejection(client.createApiKey!({ name: 'Something else' }, { idempotencyKey }));
    expect([reused.code, reused.status]).to.deep.equal(['conflict', 409]);

    const { requests, effects } = await session.log();
    expect(effects.createApiKey).to.equal(1);
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts.map((request) => request.idempotencyKey)).to.deep.equal([idempotencyKey, idempotencyKey, idempotencyKey]);
  });

  it('pages through every member with the cursor in the query, and searches', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let total: number | undefined;
    do {
      const page = await client.listMembers({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).to.be.within(1, 3);
      seen.push(...page.items.map((member) => member.id));
      total = page.total;
      cursor = page.nextCursor ?? undefined;
    } while (cursor && seen.length < 100);
    expect(total).to.be.greaterThan(3);
    expect(seen).to.have.length(total!);
    expect(new Set(seen).size).to.equal(seen.length);

    const found = await client.listMembers({ search: 'priya' });
    expect(found.items.map((member) => member.id)).to.deep.equal(['usr_priya']);

    const urls = calls((await session.log()).requests, session.baseUrl);
    expect(urls[0]).to.equal('GET /members?limit=3');
    expect(urls[1]).to.match(/^GET \/members\?cursor=[^&]+&limit=3$/);
    expect(urls.at(-1)).to.equal('GET /members?search=priya');
  });
});
