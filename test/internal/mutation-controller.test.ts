import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient, RequestOptions } from '../../src/client/types.js';
import { ClientController } from '../../src/internal/controllers/client-controller.js';
import { MutationController } from '../../src/internal/controllers/mutation-controller.js';
import { defineElement } from '../../src/internal/so-element.js';
import { deferred } from '../helpers/deferred.js';

class TestMutationHost extends LitElement {
  static override properties = { client: { attribute: false } };
  client?: AccountClient;
  readonly clients = new ClientController(this);
  readonly mutations = new MutationController(this, this.clients);
}
defineElement('test-mutation-host', TestMutationHost);

async function host(client: AccountClient): Promise<TestMutationHost> {
  return fixture<TestMutationHost>(html`<test-mutation-host .client=${client}></test-mutation-host>`);
}

describe('MutationController', () => {
  it('makes one call for a double submission of the same intent', async () => {
    const client = createMemoryAccountClient({ latencyMs: 20 });
    const el = await host(client);
    const rotate = () =>
      el.mutations.run('rotate:platform', 'rotateApiKey', (c, options) => c.rotateApiKey(keyId, {}, options));
    const keyId = (await client.listApiKeys())[0]!.id;
    const [first, second] = [rotate(), rotate()];
    expect(el.mutations.busy('rotate:platform')).to.be.true;
    expect(el.mutations.busy()).to.be.true;
    const results = await Promise.all([first, second]);
    expect(results[0]).to.equal(results[1]);
    expect(results[0]!.ok).to.be.true;
    expect(client.store.effects.rotateApiKey).to.equal(1);
    expect(el.mutations.busy()).to.be.false;
  });

  it('keeps one idempotency key across retries of an intent, and starts a new one after success', async () => {
    const keys: (string | undefined)[] = [];
    let fail = true;
    const call = async (_client: AccountClient, options: RequestOptions) => {
      keys.push(options.idempotencyKey);
      if (fail) throw new AccountApiError('unavailable');
      return 'done';
    };
    const el = await host(createMemoryAccountClient());
    expect((await el.mutations.run('create:ci', 'createApiKey', call)).ok).to.be.false;
    fail = false;
    expect(await el.mutations.run('create:ci', 'createApiKey', call)).to.deep.equal({ ok: true, value: 'done' });
    await el.mutations.run('create:ci', 'createApiKey', call);
    expect(keys[0]).to.be.a('string');
    expect(keys[1], 'retry reuses the key').to.equal(keys[0]);
    expect(keys[2], 'a new intent gets a new key').not.to.equal(keys[0]);
  });

  it('fires so-error with the operation, and a cancelable so-reauth-required whose retry reuses the key', async () => {
    const keys: (string | undefined)[] = [];
    const gate = deferred<void>();
    let reauthenticated = false;
    const call = async (_client: AccountClient, options: RequestOptions) => {
      keys.push(options.idempotencyKey);
      if (!reauthenticated) throw new AccountApiError('reauth_required', 'step up', { status: 403 });
      gate.resolve();
      return 'rotated';
    };
    const el = await host(createMemoryAccountClient());
    const errors: string[] = [];
    el.addEventListener('so-error', (event) => errors.push(`${event.detail.operation}:${event.detail.error.code}`));
    let retry: (() => Promise<void>) | undefined;
    el.addEventListener('so-reauth-required', (event) => {
      expect(event.cancelable && event.bubbles && event.composed).to.be.true;
      event.preventDefault();
      retry = event.detail.retry;
    });
    const result = await el.mutations.run('rotate:k', 'rotateApiKey', call);
    expect(result.ok).to.be.false;
    expect(errors).to.deep.equal(['rotateApiKey:reauth_required']);
    expect(retry).to.be.a('function');
    reauthenticated = true;
    await retry!();
    await gate.promise;
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('replays through the store: the same intent retried after a lost response records one effect', async () => {
    const client = createMemoryAccountClient();
    const el = await host(client);
    let loseResponse = true;
    const call = async (c: AccountClient, options: RequestOptions) => {
      const result = await c.createApiKey!({ name: 'CI' }, options);
      if (loseResponse) throw new AccountApiError('network', 'connection reset');
      return result;
    };
    expect((await el.mutations.run('create:CI', 'createApiKey', call)).ok).to.be.false;
    loseResponse = false;
    const retried = await el.mutations.run('create:CI', 'createApiKey', call);
    expect(retried.ok).to.be.true;
    expect(client.store.effects.createApiKey).to.equal(1);
    expect((await client.listApiKeys()).filter((key) => key.name === 'CI')).to.have.length(1);
  });
});
