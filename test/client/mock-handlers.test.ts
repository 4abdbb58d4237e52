import { expect } from '@open-wc/testing';
import { AccountApiError } from '../../src/client/errors.js';
import type { AccountErrorCode } from '../../src/client/errors.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { AccountClient, RequestOptions } from '../../src/client/types.js';
import { createAccountHandlers } from '../../src/mocks/index.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { rejection } from '../helpers/rejection.js';

interface BackendCall {
  operation: string;
  args: unknown[];
  options: RequestOptions | undefined;
}

/** A backend with a few methods that records its calls and throws `failWith` when set. */
function createStubBackend() {
  const calls: BackendCall[] = [];
  const state: { failWith?: unknown } = {};
  const method = (operation: string, result: unknown) =>
    async (...args: unknown[]) => {
      calls.push({ operation, args: args.slice(0, -1), options: args.at(-1) as RequestOptions | undefined });
      if (state.failWith) throw state.failWith;
      return result;
    };
  const backend = {
    getViewer: method('getViewer', { id: 'u1', name: 'Ada', email: 'ada@example.com', permissions: [] }),
    getOrganization: method('getOrganization', null),
    listMembers: method('listMembers', { items: [], nextCursor: null }),
    updateMemberRole: method('updateMemberRole', { id: 'm1' }),
    rotateApiKey: method('rotateApiKey', { key: { id: 'k2' }, secret: 'sk-so-new' }),
    deletePasskey: method('deletePasskey', undefined),
  } as unknown as AccountClient;
  return { backend, calls, state };
}

describe('MSW handlers', () => {
  const stub = createStubBackend();
  setupMockServer(() => createAccountHandlers(stub.backend));
  // One try: these tests look at exactly what the handlers answered.
  const client = createHttpAccountClient({ baseUrl: API, retry: { attempts: 1 } });

  beforeEach(() => {
    stub.calls.length = 0;
    delete stub.state.failWith;
  });

  it('calls the backend with path parameters, the input and the request’s idempotency key and signal', async () => {
    await client.updateMemberRole!('m 1', 'admin', { idempotencyKey: 'intent-1' });
    const [call] = stub.calls;
    expect(call!.operation).to.equal('updateMemberRole');
    expect(call!.args).to.deep.equal(['m 1', 'admin']);
    expect(call!.options!.idempotencyKey).to.equal('intent-1');
    expect(call!.options!.signal).to.be.instanceOf(AbortSignal);
  });

  it('passes listMembers query parameters as input, with limit as a number', async () => {
    await client.listMembers({ search: 'ada', limit: 10 });
    await client.listMembers();
    expect(stub.calls.map((call) => call.args)).to.deep.equal([[{ search: 'ada', limit: 10 }], [{}]]);
  });

  it('answers 204 for operations that return nothing and JSON null where allowed', async () => {
    expect(await client.deletePasskey('pk_1')).to.equal(undefined);
    expect(await client.getOrganization()).to.equal(null);
  });

  it('answers 501 for an operation the backend lacks, which the client reports as unavailable', async () => {
    const error = await rejection(client.revealApiKey!('k1'));
    expect(error.code).to.equal('unavailable');
    expect(error.status).to.equal(501);
  });

  const roundTrips: [thrown: AccountErrorCode, received: AccountErrorCode, status: number][] = [
    ['unauthorized', 'unauthorized', 401],
    ['forbidden', 'forbidden', 403],
    ['reauth_required', 'reauth_required', 403],
    ['not_found', 'not_found', 404],
    ['conflict', 'conflict', 409],
    ['validation', 'validation', 422],
    ['rate_limited', 'rate_limited', 429],
    ['unavailable', 'unavailable', 503],
    ['unknown', 'unavailable', 500],
  ];
  for (const [thrown, received, status] of roundTrips) {
    it(`turns a backend ${thrown} error into ${status}, which the client reads as ${received}`, async () => {
      stub.state.failWith = new AccountApiError(thrown, `backend ${thrown}`, {
        ...(thrown === 'validation' ? { fieldErrors: { roleId: ['Pick a role.'] } } : {}),
        ...(thrown === 'rate_limited' ? { retryAfterSeconds: 7 } : {}),
      });
      const error = await rejection(client.updateMemberRole!('m1', 'admin'));
      expect(error.code).to.equal(received);
      expect(error.status).to.equal(status);
      expect(error.message).to.equal(`backend ${thrown}`);
      if (thrown === 'validation') expect(error.fieldErrors).to.deep.equal({ roleId: ['Pick a role.'] });
      if (thrown === 'rate_limited') expect(error.retryAfterSeconds).to.equal(7);
    });
  }

  it('answers 500 for anything else the backend throws', async () => {
    stub.state.failWith = new TypeError('bug');
    const error = await rejection(client.getViewer());
    expect(error.status).to.equal(500);
  });

  it('refuses a body that is not JSON, and a wrapped input that is missing, before calling the backend', async () => {
    const notJson = await fetch(`${API}/members/m1`, { method: 'PATCH', body: '{nope', headers: { 'Content-Type': 'application/json' } });
    expect(notJson.status).to.equal(400);
    expect((await notJson.json()).error.code).to.equal('validation');

    const missing = await fetch(`${API}/members/m1`, { method: 'PATCH', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(missing.status).to.equal(422);
    expect((await missing.json()).error.fieldErrors).to.deep.equal({ roleId: ['Required.'] });

    const badLimit = await fetch(`${API}/members?limit=ten`);
    expect(badLimit.status).to.equal(422);
    expect(stub.calls).to.have.length(0);
  });

  it('marks responses no-store, since some carry secrets', async () => {
    const response = await fetch(`${API}/api-keys/k1/rotate`, { method: 'POST', body: '{}' });
    expect(response.headers.get('Cache-Control')).to.equal('no-store');
  });

  it('listens under another base URL when asked', async () => {
    const { backend } = createStubBackend();
    const [handler] = createAccountHandlers(backend, { baseUrl: 'https://api.example.test/v2/' });
    expect(handler!.info.path).to.equal('https://api.example.test/v2/viewer');
  });
});
