import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { SoErrorDetail } from '../../src/internal/events.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoSubscriptionCancelledDetail } from '../../src/so-subscriptions.js';
import { API, setupMockServer } from '../helpers/msw.js';
import {
  choose,
  closed,
  dialogError,
  dialogPart,
  openDialog,
  record,
  render,
  renewalDate,
  rowIds,
  rowPart,
  textOf,
  unsubscribeButton,
} from './so-subscriptions-helpers.js';

describe('<so-subscriptions> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const client = () => createHttpAccountClient({ baseUrl: API });
  const stored = async (id: string) => (await store.listSubscriptions()).find((subscription) => subscription.id === id)!;

  it('lists the subscriptions from GET /subscriptions', async () => {
    const el = await render(client());
    expect(rowIds(el)).to.deep.equal(['sub_jobs', 'sub_capacity']);
    expect(textOf(rowPart(el, 'sub_jobs', 'kind'))).to.equal('Job plan');
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Renews on ${renewalDate()}`);
    expect(server.requestsTo('GET', '/subscriptions')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('cancels at the end of the period with one POST carrying an Idempotency-Key', async () => {
    const el = await render(client());
    const cancelled = record<SoSubscriptionCancelledDetail>(el, 'so-subscription-cancelled');
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    const posts = await server.waitForRequests('POST', '/subscriptions/sub_jobs/cancel', 1);
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect(await stored('sub_jobs')).to.include({ status: 'active', cancelAtPeriodEnd: true });
    expect(store.effects.cancelSubscription).to.equal(1);
    expect(cancelled[0]!.subscription).to.include({ id: 'sub_jobs', cancelAtPeriodEnd: true });
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Ends on ${renewalDate()}`);
  });

  it('cancels now, and the organization no longer counts it as a deletion blocker', async () => {
    const el = await render(client());
    const d = await openDialog(el, 'sub_capacity');
    choose(d, 'now');
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    expect(await server.waitForRequests('POST', '/subscriptions/sub_capacity/cancel', 1)).to.have.length(1);
    expect(await stored('sub_capacity')).to.include({ status: 'canceled', cancelAtPeriodEnd: false });
    expect((await store.getOrganization())!.deletionBlockers.map((blocker) => blocker.id)).to.deep.equal(['sub_jobs']);
    expect(textOf(rowPart(el, 'sub_capacity', 'status-badge'))).to.equal('Ended');
  });

  it('keeps the dialog open with the reason when the server answers 409 (canceled elsewhere meanwhile)', async () => {
    const el = await render(client());
    const errors = record<SoErrorDetail>(el, 'so-error');
    await store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => dialogError(d), 'no error in the dialog');
    expect(textOf(dialogError(d))).to.equal(
      'Couldn’t unsubscribe from Agent job plan — 10,000 runs. This change conflicts with the current state. Refresh and try again.',
    );
    expect(errors.map((e) => [e.error.code, e.error.status])).to.deep.equal([['conflict', 409]]);
    expect(dialogPart<HTMLDialogElement>(d, 'base').open).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('keeps the dialog open on a 503, and a retry repeats the same Idempotency-Key', async () => {
    let refusals = 1;
    server.worker.use(
      http.post(`${API}/subscriptions/sub_jobs/cancel`, () => {
        if (refusals-- <= 0) return undefined; // then the store's handler answers
        return HttpResponse.json({ error: { code: 'unavailable', message: 'Down for maintenance.' } }, { status: 503 });
      }),
    );
    const el = await render(client());
    const errors = record<SoErrorDetail>(el, 'so-error');
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => dialogError(d), 'no error in the dialog');
    expect(textOf(dialogError(d))).to.contain('The service is temporarily unavailable.');
    expect(errors.map((e) => [e.error.code, e.error.status])).to.deep.equal([['unavailable', 503]]);
    expect(unsubscribeButton(el, 'sub_jobs')).to.exist;
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    const keys = (await server.waitForRequests('POST', '/subscriptions/sub_jobs/cancel', 2)).map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(store.effects.cancelSubscription).to.equal(1);
    expect(await stored('sub_jobs')).to.include({ cancelAtPeriodEnd: true });
  });
});
