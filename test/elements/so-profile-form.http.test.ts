import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoProfileUpdatedDetail } from '../../src/so-profile-form.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { deepFocus, descriptionOf, failure, inert, input, record, render, saveButton, shadow, textOf, typeInto } from './so-profile-form-helpers.js';

describe('<so-profile-form> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const client = () => createHttpAccountClient({ baseUrl: API });

  it('loads from GET /profile and saves the changed fields with one PATCH carrying an idempotency key', async () => {
    const el = await render(client());
    expect(input(el, 'display-name').value).to.equal('Maya Chen');
    expect(server.requestsTo('GET', '/profile')).to.have.length(1);
    const updates = record<SoProfileUpdatedDetail>(el, 'so-profile-updated');
    await typeInto(el, input(el, 'display-name'), 'Maya Ortiz');
    await typeInto(el, input(el, 'email'), 'maya@ortiz.example');
    saveButton(el).click();
    saveButton(el).click();
    await waitUntil(() => updates.length === 1, 'not saved');
    const requests = await server.waitForRequests('PATCH', '/profile', 1);
    expect(requests).to.have.length(1);
    expect(requests[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect(updates[0]!.changed).to.deep.equal(['displayName', 'email']);
    const saved = await store.getProfile();
    expect(saved).to.include({ displayName: 'Maya Ortiz', email: 'maya.chen@acme-robotics.example', pendingEmail: 'maya@ortiz.example' });
    await waitUntil(() => shadow(el).querySelector('[part="pending-email"]'), 'no pending-email note');
    expect(textOf(shadow(el).querySelector('[part="pending-email"]'))).to.equal('Check maya@ortiz.example to confirm the change.');
    await expect(el).to.be.accessible();
  });

  it('shows the field errors of a 422 from the store beside their field', async () => {
    const el = await render(client());
    // A relative picture URL passes the form's check (isSafeUrl), but this backend wants https.
    await typeInto(el, input(el, 'avatar-url'), '/avatars/maya.png');
    saveButton(el).click();
    await waitUntil(() => input(el, 'avatar-url').getAttribute('aria-invalid') === 'true', 'no field error');
    expect(descriptionOf(el, input(el, 'avatar-url'))[0]).to.equal('Use an https: URL.');
    expect(deepFocus() === input(el, 'avatar-url')).to.be.true;
    expect(input(el, 'avatar-url').value).to.equal('/avatars/maya.png');
    expect(inert(saveButton(el))).to.be.false;
    expect(server.requestsTo('PATCH', '/profile')).to.have.length(1);
    expect((await store.getProfile()).avatarUrl).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('shows a 422 the server sends with fieldErrors, and a 503 as a kept-input alert', async () => {
    server.worker.use(
      http.patch(`${API}/profile`, () =>
        HttpResponse.json({ error: { code: 'validation', message: 'Invalid.', fieldErrors: { displayName: ['That name is reserved.'] } } }, { status: 422 }),
        { once: true },
      ),
      http.patch(`${API}/profile`, () => HttpResponse.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 }), { once: true }),
    );
    const el = await render(client());
    await typeInto(el, input(el, 'display-name'), 'Admin');
    saveButton(el).click();
    await waitUntil(() => input(el, 'display-name').getAttribute('aria-invalid') === 'true', 'no field error');
    expect(descriptionOf(el, input(el, 'display-name'))).to.deep.equal(['That name is reserved.']);
    await typeInto(el, input(el, 'display-name'), 'Maya A');
    saveButton(el).click();
    await waitUntil(() => failure(el), 'no failure alert');
    expect(textOf(failure(el))).to.contain('Couldn’t save your profile; your changes are kept.');
    expect(input(el, 'display-name').value).to.equal('Maya A');
  });
});
