import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createSeed } from '../../src/client/seed.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { alertOf, button, settled, textOf, type RecordingBillingCard } from '../helpers/so-billing-card-fixtures.js';

describe('<so-billing-card> on the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const render = async () => {
    const client = createHttpAccountClient({ baseUrl: API });
    return settled(await fixture<RecordingBillingCard>(html`<test-billing-card .client=${client}></test-billing-card>`));
  };

  it('shows the seed’s Pro plan, card and invoices', async () => {
    const el = await render();
    const seed = createSeed();
    const plan = textOf(el.shadowRoot!.querySelector('[part="plan"]')!);
    expect(plan).to.contain('Pro Active');
    expect(plan).to.contain('$49.00 per month');
    expect(textOf(el.shadowRoot!.querySelector('[part="payment-method"]')!)).to.contain(
      `Visa ending in 4242 Expires 08/${seed.billing.paymentMethod!.expYear}`,
    );
    const numbers = [...el.shadowRoot!.querySelectorAll('tbody tr td:nth-child(2)')].map((cell) => textOf(cell));
    expect(numbers).to.deep.equal(seed.invoices.map((entry) => entry.number));
    expect(server.requestsTo('GET', '/billing')).to.have.length(1);
    expect(server.requestsTo('GET', '/billing/invoices')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('opens the portal with one POST carrying an idempotency key, for a double click', async () => {
    const el = await render();
    const manage = button(el, 'Change payment method')!;
    manage.click();
    manage.click();
    await waitUntil(() => el.navigations.length === 1, 'the portal did not open');
    const posts = server.requestsTo('POST', '/billing/portal-sessions');
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.be.empty;
    expect(store.effects.createBillingPortalSession).to.equal(1);
    expect(el.navigations[0]!.url).to.match(/^https:\/\/billing\.sentientone\.example\/portal\/.+flow=payment_method$/);
  });

  it('shows the payment problem the server reports', async () => {
    const seed = createSeed();
    store.reset({ billing: { ...seed.billing, status: 'past_due', paymentIssue: { code: 'card_declined' } } });
    const el = await render();
    expect(textOf(alertOf(el)!)).to.contain('Your last payment was declined');
  });

  it('shows the no-subscription state for a 404 on GET /billing', async () => {
    server.worker.use(
      http.get(`${API}/billing`, () => HttpResponse.json({ error: { code: 'not_found', message: 'No subscription.' } }, { status: 404 })),
    );
    const el = await render();
    expect(textOf(el.shadowRoot!.querySelector('[part="empty"]')!)).to.contain('No active subscription');
  });

  it('refuses a portal URL from the server that is not https:', async () => {
    server.worker.use(http.post(`${API}/billing/portal-sessions`, () => HttpResponse.json({ url: 'javascript:alert(1)' }, { status: 201 })));
    const el = await render();
    const warn = console.warn;
    console.warn = () => {};
    try {
      button(el, 'Manage billing')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.portal-error'), 'no error was shown');
    } finally {
      console.warn = warn;
    }
    expect(el.navigations).to.deep.equal([]);
  });
});
