import { expect } from '@open-wc/testing';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient, Viewer } from '../../src/client/types.js';
import { hasPermission, loadViewer } from '../../src/internal/viewer.js';
import { captureConsole } from '../helpers/console.js';
import { rejection } from '../helpers/rejection.js';

function countingClient(results: (() => Promise<Viewer>)[]) {
  let calls = 0;
  const client = { getViewer: () => results[calls++]!() } as unknown as AccountClient;
  return { client, calls: () => calls };
}

describe('loadViewer / hasPermission', () => {
  it('fetches the viewer once per client, however many callers ask', async () => {
    const viewer = await createMemoryAccountClient().getViewer();
    const fake = countingClient([async () => viewer]);
    const [a, b] = await Promise.all([loadViewer(fake.client), loadViewer(fake.client)]);
    expect(a).to.equal(b);
    await loadViewer(fake.client);
    expect(fake.calls()).to.equal(1);
  });

  it('forgets a failed fetch so the next caller tries again', async () => {
    const viewer = await createMemoryAccountClient().getViewer();
    const fake = countingClient([async () => Promise.reject(new AccountApiError('unavailable')), async () => viewer]);
    expect((await rejection(loadViewer(fake.client))).code).to.equal('unavailable');
    expect(await loadViewer(fake.client)).to.equal(viewer);
    expect(fake.calls()).to.equal(2);
  });

  it('lets one caller stop waiting without aborting the shared request', async () => {
    const viewer = await createMemoryAccountClient().getViewer();
    const fake = countingClient([() => new Promise((resolve) => setTimeout(() => resolve(viewer), 20))]);
    const controller = new AbortController();
    const abandoned = loadViewer(fake.client, controller.signal);
    const kept = loadViewer(fake.client);
    controller.abort();
    expect((await rejection(abandoned)).code).to.equal('aborted');
    expect(await kept).to.equal(viewer);
  });

  it('checks permissions and warns about unknown ones', async () => {
    const viewer = await createMemoryAccountClient().getViewer();
    expect(hasPermission(viewer, 'api_keys:write')).to.be.true;
    expect(hasPermission({ ...viewer, permissions: [] }, 'api_keys:write')).to.be.false;
    expect(hasPermission(undefined, 'api_keys:write')).to.be.false;
    const warnings = captureConsole('warn');
    try {
      hasPermission(viewer, 'keys:write' as never);
      expect(warnings.messages[0]).to.contain('Unknown permission "keys:write"');
    } finally {
      warnings.restore();
    }
  });
});
