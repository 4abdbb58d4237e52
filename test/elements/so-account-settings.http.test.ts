import { expect } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import '../../src/so-account-settings.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { openTab, render, selectedTab, shownElements, tabNames } from './so-account-settings-helpers.js';

describe('<so-account-settings> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const client = () => createHttpAccountClient({ baseUrl: API });

  it('sends one GET per resource while the user visits every tab', async () => {
    const el = await render(client());
    expect(tabNames(el)).to.deep.equal(['General', 'API keys', 'Usage', 'Billing', 'Notifications', 'Organization']);
    for (const name of ['API keys', 'Usage', 'Billing', 'Notifications', 'Organization', 'General']) await openTab(el, name);
    expect(selectedTab(el)).to.equal('General');
    const gets = server.requests.filter((request) => request.method === 'GET').map((request) => new URL(request.url).pathname.slice(API.length));
    const repeated = gets.filter((path, index) => gets.indexOf(path) !== index);
    expect(repeated, `fetched more than once: ${gets.join(' ')}`).to.deep.equal([]);
    expect(gets).to.include.members(['/viewer', '/organization', '/profile', '/passkeys', '/sessions', '/api-keys', '/usage', '/billing', '/notification-preferences', '/roles', '/members', '/invitations', '/subscriptions']);
    expect(server.requests.filter((request) => request.method !== 'GET'), 'looking changes nothing').to.deep.equal([]);
  });

  it('shows the Organization tab only with organization permissions from GET /viewer', async () => {
    store.reset({ viewer: { ...store.snapshot().viewer, permissions: ['api_keys:write'] } });
    const el = await render(client(), { 'active-tab': 'organization' });
    expect(tabNames(el)).to.not.include('Organization');
    expect(selectedTab(el)).to.equal('General');
    expect(shownElements(el)).to.deep.equal(['so-profile-form', 'so-passkeys', 'so-sessions']);
  });
});
