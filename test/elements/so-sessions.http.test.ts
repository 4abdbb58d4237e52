import { expect, waitUntil } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { SoReauthRequiredDetail } from '../../src/internal/events.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoOtherSessionsDetail } from '../../src/so-sessions.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { dialogPart, openOthersDialog, record, render, revokeButton, row, rows } from './so-sessions-helpers.js';

describe('<so-sessions> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const client = () => createHttpAccountClient({ baseUrl: API });

  it('lists the sessions from GET /sessions and signs one out with one DELETE carrying an idempotency key', async () => {
    const el = await render(client());
    expect(rows(el).map((r) => r.dataset['sessionId'])).to.deep.equal(['ses_current', 'ses_phone', 'ses_berlin']);
    expect(server.requestsTo('GET', '/sessions')).to.have.length(1);
    revokeButton(el, 'ses_phone')!.click();
    revokeButton(el, 'ses_phone')!.click();
    await waitUntil(() => !row(el, 'ses_phone'), 'the row did not go');
    const deletes = server.requestsTo('DELETE', '/sessions/ses_phone');
    expect(deletes).to.have.length(1);
    expect(deletes[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect((await store.listSessions()).map((s) => s.id)).to.deep.equal(['ses_current', 'ses_berlin']);
    await expect(el).to.be.accessible();
  });

  it('signs out every other session and leaves this device signed in', async () => {
    const el = await render(client());
    const done = record<SoOtherSessionsDetail>(el, 'so-other-sessions-revoked');
    const d = await openOthersDialog(el);
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => done.length === 1, 'so-other-sessions-revoked did not fire');
    expect(server.requestsTo('DELETE', '/sessions/ses_phone')).to.have.length(1);
    expect(server.requestsTo('DELETE', '/sessions/ses_berlin')).to.have.length(1);
    expect((await store.listSessions()).map((s) => s.id)).to.deep.equal(['ses_current']);
  });

  it('repeats a step-up sign-out with the same Idempotency-Key when the host retries', async () => {
    const backend = createMemoryAccountClient({ failures: { revokeSession: { code: 'reauth_required', once: true } } });
    server.worker.use(...createAccountHandlers(backend, { baseUrl: API }));
    const el = await render(client());
    const stepUps = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
    revokeButton(el, 'ses_berlin')!.click();
    await waitUntil(() => stepUps.length === 1, 'no so-reauth-required');
    await stepUps[0]!.retry();
    await waitUntil(() => !row(el, 'ses_berlin'), 'the retry did not sign out');
    const keys = (await server.waitForRequests('DELETE', '/sessions/ses_berlin', 2)).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(backend.store.effects.revokeSession).to.equal(1);
    expect((await backend.listSessions()).map((s) => s.id)).to.deep.equal(['ses_current', 'ses_phone']);
  });
});
