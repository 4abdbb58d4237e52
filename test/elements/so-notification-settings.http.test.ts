import { expect, waitUntil } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoNotificationPreferencesUpdatedDetail } from '../../src/so-notification-settings.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { flip, grid, record, render, saveButton, toggle } from './so-notification-settings-helpers.js';

describe('<so-notification-settings> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const client = () => createHttpAccountClient({ baseUrl: API });

  it('loads from GET /notification-preferences and saves a switch with one PATCH carrying an idempotency key', async () => {
    const el = await render(client());
    expect(grid(el)).to.have.length(8);
    expect(server.requestsTo('GET', '/notification-preferences')).to.have.length(1);
    const updates = record<SoNotificationPreferencesUpdatedDetail>(el, 'so-notification-preferences-updated');
    await flip(el, 'weekly_digest', 'email');
    await waitUntil(() => updates.length === 1, 'the switch was not saved');
    const patches = server.requestsTo('PATCH', '/notification-preferences');
    expect(patches).to.have.length(1);
    expect(patches[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect((await store.getNotificationPreferences()).values['weekly_digest']).to.deep.equal({ email: true, push: false });
    await expect(el).to.be.accessible();
  });

  it('saves a form-mode draft in one PATCH', async () => {
    const el = await render(client(), 'form');
    const updates = record<SoNotificationPreferencesUpdatedDetail>(el, 'so-notification-preferences-updated');
    await flip(el, 'weekly_digest', 'push');
    await flip(el, 'usage_thresholds', 'push');
    saveButton(el)!.click();
    // The request log holds the PATCH as soon as it is sent, before the store has it: wait for the
    // element to say the save went through.
    await waitUntil(() => updates.length === 1, 'the draft was not saved');
    expect(server.requestsTo('PATCH', '/notification-preferences')).to.have.length(1);
    expect(saveButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    const values = (await store.getNotificationPreferences()).values;
    expect([values['weekly_digest']!['push'], values['usage_thresholds']!['push']]).to.deep.equal([true, false]);
    expect(toggle(el, 'usage_thresholds', 'push').checked).to.be.false;
  });
});
