import { expect, waitUntil } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoPasskeyDetail } from '../../src/so-passkeys.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { addButton, nameInput, names, record, render, stubCredentials, typeInto } from './so-passkeys-helpers.js';

describe('<so-passkeys> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });

  it('registers a passkey: registration options, the ceremony, then POST /passkeys, each once', async () => {
    const stub = stubCredentials();
    try {
      const el = await render(createHttpAccountClient({ baseUrl: API }));
      expect(names(el)).to.deep.equal(['MacBook Pro', 'YubiKey 5C']);
      const added = record<SoPasskeyDetail>(el, 'so-passkey-added');
      await typeInto(el, nameInput(el), 'Work laptop');
      addButton(el).click();
      // The first Add also imports the WebAuthn library (through the service worker here).
      await waitUntil(() => added.length === 1, 'no so-passkey-added', { timeout: 4000 });
      expect(server.requestsTo('POST', '/passkeys/registration-options')).to.have.length(1);
      const posts = server.requestsTo('POST', '/passkeys');
      expect(posts).to.have.length(1);
      expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
      expect((await store.listPasskeys()).map((passkey) => passkey.name)).to.deep.equal(['MacBook Pro', 'YubiKey 5C', 'Work laptop']);
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });
});
