import { expect } from '@open-wc/testing';
import { withReadCache } from '../../src/client/read-cache.js';
import { rejection } from '../helpers/rejection.js';
import { recordingClient } from '../helpers/recording-client.js';

describe('withReadCache', () => {
  it('fetches a plain read once for every caller, at the same time or later', async () => {
    const { client, callsTo } = recordingClient({ latencyMs: 20 });
    const cached = withReadCache(client);
    const [a, b] = await Promise.all([cached.getOrganization(), cached.getOrganization()]);
    const c = await cached.getOrganization();
    expect(a!.name).to.equal('Acme Robotics');
    expect(b === a && c === a, 'every caller gets the one response').to.be.true;
    expect(callsTo('getOrganization')).to.have.length(1);
  });

  it('gives the same wrapper for the same client, and does not wrap a wrapper', () => {
    const { client } = recordingClient();
    const cached = withReadCache(client);
    expect(withReadCache(client) === cached, 'same wrapper').to.be.true;
    expect(withReadCache(cached) === cached, 'not wrapped twice').to.be.true;
    expect(cached.source === client, 'source is the wrapped client').to.be.true;
  });

  it('passes reads with inputs straight through', async () => {
    const { client, callsTo } = recordingClient();
    const cached = withReadCache(client);
    await cached.listMembers({ limit: 5 });
    await cached.listMembers({ limit: 5 });
    expect(callsTo('listMembers')).to.have.length(2);
  });

  it('forgets the shared reads when a mutation starts and when it settles', async () => {
    const { client, callsTo } = recordingClient({ latencyMs: 10 });
    const cached = withReadCache(client);
    const before = await cached.listApiKeys();
    await cached.createApiKey!({ name: 'Fresh' });
    const after = await cached.listApiKeys();
    expect(callsTo('listApiKeys')).to.have.length(2);
    expect(after.length).to.equal(before.length + 1);
  });

  it('forgets a failed read, so the next call tries again', async () => {
    const { client, callsTo } = recordingClient({ failures: { getUsage: { code: 'unavailable', once: true } } });
    const cached = withReadCache(client);
    expect((await rejection(cached.getUsage())).code).to.equal('unavailable');
    expect((await cached.getUsage()).metrics.length).to.be.greaterThan(0);
    expect(callsTo('getUsage')).to.have.length(2);
  });

  it("aborts one caller's wait without aborting the shared request", async () => {
    const { client, callsTo } = recordingClient({ latencyMs: 30 });
    const cached = withReadCache(client);
    const controller = new AbortController();
    const first = cached.getProfile({ signal: controller.signal });
    const second = cached.getProfile();
    controller.abort();
    expect((await rejection(first)).code).to.equal('aborted');
    expect((await second).displayName).to.be.a('string');
    expect(callsTo('getProfile')).to.have.length(1);
  });

  it('fetches again after invalidate(), for all reads or one', async () => {
    const { client, callsTo } = recordingClient();
    const cached = withReadCache(client);
    await Promise.all([cached.getUsage(), cached.getBilling()]);
    cached.invalidate('getUsage');
    await Promise.all([cached.getUsage(), cached.getBilling()]);
    expect([callsTo('getUsage').length, callsTo('getBilling').length]).to.deep.equal([2, 1]);
    cached.invalidate();
    await cached.getBilling();
    expect(callsTo('getBilling')).to.have.length(2);
  });

  it('keeps the capabilities of the client it wraps', () => {
    const { client } = recordingClient({ capabilities: { omit: ['createApiKey', 'listInvoices'] } });
    const cached = withReadCache(client);
    expect(cached.createApiKey).to.equal(undefined);
    expect(cached.listInvoices).to.equal(undefined);
    expect(cached.revokeApiKey).to.be.a('function');
  });
});
