import { expect, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createSeed } from '../../src/client/seed.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoOrganizationUpdatedDetail } from '../../src/so-org-profile.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { fieldError, input, part, record, render, save, saveButton, type } from './so-org-profile-helpers.js';

describe('<so-org-profile> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const bodies: unknown[] = [];
  const server = setupMockServer(() => {
    store = new AccountStore();
    bodies.length = 0;
    return [
      // Reads the body a PATCH carried, then lets the contract's handler answer it.
      http.patch(`${API}/organization`, async ({ request }) => {
        bodies.push(await request.clone().json());
      }),
      ...createAccountHandlers(store, { baseUrl: API }),
    ];
  });
  const client = () => createHttpAccountClient({ baseUrl: API });

  it('loads from GET /organization and /viewer, and saves only the changed field with one PATCH carrying an idempotency key', async () => {
    const el = await render(client());
    expect(input(el, 'name')!.value).to.equal('Acme Robotics');
    expect(server.requestsTo('GET', '/organization')).to.have.length(1);
    expect(server.requestsTo('GET', '/viewer')).to.have.length(1);
    const updates = record<SoOrganizationUpdatedDetail>(el, 'so-organization-updated');
    await type(el, 'slug', 'acme-labs');
    saveButton(el)!.click();
    saveButton(el)!.click();
    await waitUntil(() => updates.length === 1, 'no so-organization-updated');
    const patches = server.requestsTo('PATCH', '/organization');
    expect(patches).to.have.length(1);
    expect(patches[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect(bodies).to.deep.equal([{ slug: 'acme-labs' }]);
    expect(updates[0]!.organization).to.include({ slug: 'acme-labs', name: 'Acme Robotics' });
    expect((await store.getOrganization())!.slug).to.equal('acme-labs');
    await expect(el).to.be.accessible();
  });

  it('shows a 422 for a taken slug on the slug field and keeps the input', async () => {
    const el = await render(client());
    await type(el, 'slug', 'sentientone');
    await save(el);
    await waitUntil(() => fieldError(el, 'slug'), 'no slug error');
    expect(fieldError(el, 'slug')).to.equal('This slug can’t be used. It may already be taken; try another.');
    expect(input(el, 'slug')!.value).to.equal('sentientone');
    expect(part(el, 'failure')).to.be.null;
    expect((await store.getOrganization())!.slug).to.equal('acme-robotics');
  });

  it('keeps the changes when the server does not implement PATCH /organization (501)', async () => {
    server.worker.use(http.patch(`${API}/organization`, () => new Response(JSON.stringify({ error: { code: 'not_implemented', message: 'no' } }), { status: 501 })));
    const el = await render(client());
    await type(el, 'name', 'Acme Labs');
    await save(el);
    await waitUntil(() => part(el, 'failure'), 'no failure');
    expect(part(el, 'failure')!.textContent).to.contain('temporarily unavailable');
    expect(input(el, 'name')!.value).to.equal('Acme Labs');
  });

  it('shows the upgrade message for an organization whose plan lacks organizations', async () => {
    const seed = createSeed();
    server.worker.use(...createAccountHandlers(new AccountStore({ seed: { organization: { ...seed.organization!, features: [] } } }), { baseUrl: API }));
    const el = await render(client());
    expect(part(el, 'upgrade')).to.exist;
    await expect(el).to.be.accessible();
  });
});
