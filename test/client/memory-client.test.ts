import { expect } from '@open-wc/testing';
import * as clientEntry from '../../src/client/index.js';
import * as memoryEntry from '../../src/memory.js';
import { AccountStore } from '../../src/client/account-store.js';
import { ACCOUNT_ERROR_CODES } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { ACCOUNT_OPERATIONS, OPTIONAL_ACCOUNT_OPERATIONS } from '../../src/client/operations.js';
import type { MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import { rejection } from '../helpers/rejection.js';

const START = new Date('2026-05-01T12:00:00.000Z');

/** Resolves to 'pending' when `promise` has not settled within `ms`. */
function stateAfter(promise: Promise<unknown>, ms: number): Promise<'settled' | 'pending'> {
  const settled = promise.then(
    () => 'settled' as const,
    () => 'settled' as const,
  );
  return Promise.race([settled, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);
}

describe('createMemoryAccountClient', () => {
  it('serves the seed through every AccountClient method and exposes its store', async () => {
    const client = createMemoryAccountClient();
    expect(client.store).to.be.instanceOf(AccountStore);
    for (const operation of ACCOUNT_OPERATIONS) expect(client[operation], operation).to.be.a('function');
    expect((await client.getViewer()).name).to.equal('Maya Chen');
    expect((await client.getOrganization())!.name).to.equal('Acme Robotics');
    await client.createApiKey!({ name: 'Through the client' });
    expect(client.store.effects).to.deep.equal({ createApiKey: 1 });
  });

  it('lists the contract’s operations, the optional ones among them', () => {
    expect(ACCOUNT_OPERATIONS).to.have.length(37);
    expect(OPTIONAL_ACCOUNT_OPERATIONS).to.include.members(['revokeApiKey', 'revealApiKey', 'createApiKey', 'deleteOrganization']);
    expect(OPTIONAL_ACCOUNT_OPERATIONS).not.to.include('rotateApiKey');
    expect(ACCOUNT_OPERATIONS).to.include.members(OPTIONAL_ACCOUNT_OPERATIONS);
  });

  it('replaces only the seed parts given', async () => {
    const billing = { ...createSeed(START).billing, status: 'past_due' as const };
    const client = createMemoryAccountClient({ seed: { billing }, now: () => START });
    expect(await client.getBilling()).to.deep.equal(billing);
    expect((await client.listApiKeys()).map((key) => key.name)).to.include('Platform key');
  });

  it('shares one store between clients, so a change through one shows through the other', async () => {
    const store = new AccountStore({ now: () => START });
    const first = createMemoryAccountClient({ store });
    const second = createMemoryAccountClient({ store });
    expect(first.store).to.equal(store);
    await first.revokeApiKey!('key_ci');
    expect((await second.listApiKeys()).find((key) => key.id === 'key_ci')!.status).to.equal('revoked');
  });

  it('refuses a shared store together with a seed or clock', () => {
    const store = new AccountStore();
    expect(() => createMemoryAccountClient({ store, seed: { invoices: [] } })).to.throw(TypeError, /store/);
    expect(() => createMemoryAccountClient({ store, now: () => START })).to.throw(TypeError, /store/);
  });

  it('runs the new store on the given clock', async () => {
    let time = START.getTime();
    const client = createMemoryAccountClient({ now: () => new Date(time) });
    const { previousKey } = await client.rotateApiKey('key_ci', { gracePeriodSeconds: 60 });
    expect(previousKey!.expiresAt).to.equal(new Date(START.getTime() + 60_000).toISOString());
    time += 60_000;
    expect((await client.listApiKeys()).find((key) => key.id === 'key_ci')!.status).to.equal('expired');
  });

  it('passes the idempotency key to the store', async () => {
    const client = createMemoryAccountClient();
    const first = await client.createApiKey!({ name: 'Once' }, { idempotencyKey: 'k1' });
    const again = await client.createApiKey!({ name: 'Once' }, { idempotencyKey: 'k1' });
    expect(again).to.deep.equal(first);
    expect(client.store.effects.createApiKey).to.equal(1);
  });

  it('passes non-option arguments through in place, e.g. listMembers input and updateMemberRole ids', async () => {
    const client = createMemoryAccountClient();
    expect((await client.listMembers({ search: 'kenji' })).items.map((member) => member.id)).to.deep.equal(['usr_kenji']);
    expect((await client.updateMemberRole!('usr_kenji', 'admin')).roleId).to.equal('admin');
    expect((await client.cancelSubscription!('sub_jobs', { atPeriodEnd: true })).cancelAtPeriodEnd).to.equal(true);
  });
});

describe('createMemoryAccountClient: latency', () => {
  it('holds each call for latencyMs before it reaches the store', async () => {
    const client = createMemoryAccountClient({ latencyMs: 60 });
    const call = client.createApiKey!({ name: 'Slow' });
    expect(await stateAfter(call, 5)).to.equal('pending');
    expect(client.store.effects).to.deep.equal({});
    await call;
    expect(client.store.effects).to.deep.equal({ createApiKey: 1 });
  });

  it('waits between min and max when given a range', async () => {
    const client = createMemoryAccountClient({ latencyMs: { min: 40, max: 60 } });
    const call = client.getViewer();
    expect(await stateAfter(call, 5)).to.equal('pending');
    expect((await call).id).to.equal('usr_maya');
  });

  it('rejects with aborted, applying nothing, when the signal aborts during the wait', async () => {
    const client = createMemoryAccountClient({ latencyMs: 10_000 });
    const controller = new AbortController();
    const call = client.createApiKey!({ name: 'Never' }, { signal: controller.signal });
    controller.abort();
    expect((await rejection(call)).code).to.equal('aborted');
    expect(client.store.effects).to.deep.equal({});
    expect(await client.store.listApiKeys()).to.have.length(3);
  });

  it('rejects at once with aborted when the signal is already aborted', async () => {
    const client = createMemoryAccountClient({ latencyMs: 10_000 });
    const call = client.getUsage({ signal: AbortSignal.abort() });
    expect(await stateAfter(call, 50)).to.equal('settled');
    expect((await rejection(call)).code).to.equal('aborted');
  });

  it('refuses a negative latency or an upside-down range', () => {
    expect(() => createMemoryAccountClient({ latencyMs: -1 })).to.throw(RangeError);
    expect(() => createMemoryAccountClient({ latencyMs: { min: 50, max: 10 } })).to.throw(RangeError);
  });
});

describe('createMemoryAccountClient: injected failures', () => {
  it('fails every call of the operation with the code, leaving the store untouched', async () => {
    const client = createMemoryAccountClient({ failures: { createApiKey: 'unavailable' } });
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await rejection(client.createApiKey!({ name: 'Blocked' }));
      expect(error.code).to.equal('unavailable');
      expect(error.message).not.to.equal('');
      expect(error.retryable).to.equal(true);
    }
    expect(client.store.effects).to.deep.equal({});
    expect((await client.listApiKeys()).map((key) => key.name)).not.to.include('Blocked');
  });

  it('fails only the given operation', async () => {
    const client = createMemoryAccountClient({ failures: { getUsage: 'network' } });
    expect((await rejection(client.getUsage())).code).to.equal('network');
    expect((await client.getBilling()).plan.name).to.equal('Pro');
  });

  it('fails once and then succeeds when `once` is set, so Retry can be shown to work', async () => {
    const client = createMemoryAccountClient({ failures: { listMembers: { code: 'timeout', once: true } } });
    expect((await rejection(client.listMembers())).code).to.equal('timeout');
    expect((await client.listMembers()).total).to.equal(8);
  });

  it('carries status, retryAfterSeconds, fieldErrors and message', async () => {
    const fieldErrors = { name: ['Name is taken.'] };
    const client = createMemoryAccountClient({
      failures: {
        getUsage: { code: 'rate_limited', status: 429, retryAfterSeconds: 12 },
        createApiKey: { code: 'validation', status: 422, fieldErrors, message: 'Check the name.' },
      },
    });
    const limited = await rejection(client.getUsage());
    expect(limited).to.include({ code: 'rate_limited', status: 429, retryAfterSeconds: 12 });
    const invalid = await rejection(client.createApiKey!({ name: 'Taken' }));
    expect(invalid).to.include({ code: 'validation', status: 422, message: 'Check the name.' });
    expect(invalid.fieldErrors).to.deep.equal(fieldErrors);
    expect(invalid.fieldErrors).not.to.equal(fieldErrors);
  });

  it('can inject every error code', async () => {
    for (const code of ACCOUNT_ERROR_CODES) {
      const client = createMemoryAccountClient({ failures: { getViewer: code } });
      expect((await rejection(client.getViewer())).code).to.equal(code);
    }
  });

  it('injects after the latency, so loading states show before the error', async () => {
    const client = createMemoryAccountClient({ latencyMs: 60, failures: { getProfile: 'unknown' } });
    const call = client.getProfile();
    expect(await stateAfter(call, 5)).to.equal('pending');
    expect((await rejection(call)).code).to.equal('unknown');
  });

  it('refuses a failure for an unknown operation or with an unknown code', () => {
    const unknownOperation = { failures: { getEverything: 'unknown' } } as unknown as MemoryClientOptions;
    const unknownCode = { failures: { getViewer: 'oops' } } as unknown as MemoryClientOptions;
    expect(() => createMemoryAccountClient(unknownOperation)).to.throw(TypeError, /getEverything/);
    expect(() => createMemoryAccountClient(unknownCode)).to.throw(TypeError, /getViewer/);
  });
});

describe('createMemoryAccountClient: capabilities', () => {
  it('really leaves out omitted methods, keeping the rest', async () => {
    const client = createMemoryAccountClient({ capabilities: { omit: ['revokeApiKey', 'deleteOrganization'] } });
    expect('revokeApiKey' in client).to.equal(false);
    expect(client.revokeApiKey).to.equal(undefined);
    expect('deleteOrganization' in client).to.equal(false);
    expect(client.revealApiKey).to.be.a('function');
    expect(Object.keys(client).filter((name) => name !== 'store')).to.have.length(ACCOUNT_OPERATIONS.length - 2);
    expect((await client.listApiKeys()).length).to.equal(3);
    // The store itself keeps every method: a shared MSW backend may still offer it.
    expect(client.store.revokeApiKey).to.be.a('function');
  });

  it('refuses to omit a method every AccountClient must have', () => {
    expect(() => createMemoryAccountClient({ capabilities: { omit: ['rotateApiKey' as never] } })).to.throw(TypeError, /rotateApiKey/);
  });
});

describe('client.js entry', () => {
  it('exports the contract, errors and the HTTP client', () => {
    for (const name of ['AccountApiError', 'createHttpAccountClient', 'withReadCache', 'ACCOUNT_ROUTES', 'PERMISSIONS', 'ACCOUNT_ERROR_CODES']) {
      expect(clientEntry, name).to.have.property(name);
    }
  });

  it('leaves the in-memory backend to memory.js', () => {
    for (const name of ['AccountStore', 'createSeed', 'generateMembers', 'createMemoryAccountClient']) {
      expect(clientEntry, name).not.to.have.property(name);
    }
  });
});

describe('memory.js entry', () => {
  it('exports the memory client, the store and the seed helpers', () => {
    expect(Object.keys(memoryEntry).sort()).to.deep.equal(['AccountStore', 'createMemoryAccountClient', 'createSeed', 'generateMembers']);
    expect(memoryEntry.createMemoryAccountClient).to.equal(createMemoryAccountClient);
    expect(memoryEntry.AccountStore).to.equal(AccountStore);
  });
});
