import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { Subscription } from '../../src/client/types.js';
import type { SoErrorDetail, SoReauthRequiredDetail } from '../../src/internal/events.js';
import type { SoSubscriptionCancelledDetail, SoSubscriptionCancelRequestDetail, SoSubscriptions } from '../../src/so-subscriptions.js';
import { captureConsole } from '../helpers/console.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  base,
  choose,
  closed,
  deepFocus,
  dialog,
  dialogError,
  dialogPart,
  hangingClient,
  openDialog,
  radio,
  record,
  render,
  renewalDate,
  row,
  rowIds,
  rowPart,
  shadow,
  textOf,
  unsubscribeButton,
  viewerWith,
} from './so-subscriptions-helpers.js';

const JOBS = 'Agent job plan — 10,000 runs';
const RENEWS_AT = '2031-03-01T00:00:00.000Z';
const RENEWS_ON = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(RENEWS_AT));

function subscription(id: string, patch: Partial<Subscription> = {}): Subscription {
  return { id, kind: 'job_plan', name: id, status: 'active', renewsAt: RENEWS_AT, cancelAtPeriodEnd: false, ...patch };
}

const announced = (el: SoSubscriptions) => textOf(shadow(el).querySelector('so-status-announcer')!.shadowRoot);

describe('<so-subscriptions> states', () => {
  it('shows a skeleton with aria-busy while loading', async () => {
    const el = await fixture<SoSubscriptions>(html`<so-subscriptions .client=${hangingClient(createMemoryAccountClient())}></so-subscriptions>`);
    expect(base(el)!.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    expect(el.matches(':state(loading)')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('lists each subscription with its name as a heading, its kind, status and renewal date', async () => {
    const el = await render(createMemoryAccountClient());
    const heading = shadow(el).querySelector('#heading')!;
    expect(textOf(heading)).to.equal('Subscriptions');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(rowIds(el)).to.deep.equal(['sub_jobs', 'sub_capacity']);
    const name = rowPart(el, 'sub_jobs', 'name')!;
    expect(textOf(name)).to.equal(JOBS);
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('3');
    expect(name.id).to.equal('subscription-sub_jobs');
    expect(textOf(rowPart(el, 'sub_jobs', 'kind'))).to.equal('Job plan');
    expect(textOf(rowPart(el, 'sub_capacity', 'kind'))).to.equal('Workspace capacity');
    expect(textOf(rowPart(el, 'sub_jobs', 'status-badge'))).to.equal('Active');
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Renews on ${renewalDate()}`);
    expect(unsubscribeButton(el, 'sub_jobs')!.getAttribute('aria-label')).to.equal(`Unsubscribe from ${JOBS}`);
    expect(textOf(unsubscribeButton(el, 'sub_jobs'))).to.equal('Unsubscribe');
    expect(shadow(el).querySelector('[part="read-only"]')).to.be.null;
    expect(el.matches(':state(loading)')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('names known statuses, shows unknown kinds and statuses as they came, and offers Unsubscribe only on renewing ones', async () => {
    const client = createMemoryAccountClient({
      seed: {
        subscriptions: [
          subscription('trial', { status: 'trialing' }),
          subscription('late', { status: 'past_due', kind: 'workspace_capacity' }),
          subscription('odd', { status: 'paused_by_vendor', kind: 'storage_addon' }),
          subscription('ending', { cancelAtPeriodEnd: true }),
          subscription('gone', { status: 'canceled' }),
        ],
      },
    });
    const el = await render(client);
    const badge = (id: string) => textOf(rowPart(el, id, 'status-badge'));
    expect(['trial', 'late', 'odd', 'ending', 'gone'].map(badge)).to.deep.equal(['Trial', 'Past due', 'paused_by_vendor', 'Active', 'Ended']);
    expect(textOf(rowPart(el, 'odd', 'kind'))).to.equal('storage_addon');
    expect(textOf(rowPart(el, 'trial', 'renewal'))).to.equal(`Renews on ${RENEWS_ON}`);
    expect(textOf(rowPart(el, 'ending', 'renewal'))).to.equal(`Ends on ${RENEWS_ON}`);
    expect(rowPart(el, 'gone', 'renewal'), 'a subscription canceled at once has no end date to tell').to.be.null;
    expect(['trial', 'late', 'odd', 'ending', 'gone'].map((id) => !!unsubscribeButton(el, id))).to.deep.equal([true, true, true, false, false]);
    await expect(el).to.be.accessible();
  });

  it('says "Ended on" for a subscription whose period ended after it was set to end', async () => {
    const client = createMemoryAccountClient({ seed: { subscriptions: [subscription('past', { cancelAtPeriodEnd: true, renewsAt: '2020-01-15T00:00:00.000Z' })] } });
    const el = await render(client);
    expect(textOf(rowPart(el, 'past', 'status'))).to.equal(`Ended Ended on ${new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date('2020-01-15T00:00:00.000Z'))}`);
    expect(unsubscribeButton(el, 'past')).to.be.null;
  });

  it('follows heading-level, and warns about one out of range', async () => {
    const el = await fixture<SoSubscriptions>(html`<so-subscriptions heading-level="4" .client=${createMemoryAccountClient()}></so-subscriptions>`);
    await waitUntil(() => rowIds(el).length === 2, 'did not load');
    expect(shadow(el).querySelector('#heading')!.getAttribute('aria-level')).to.equal('4');
    expect(rowPart(el, 'sub_jobs', 'name')!.getAttribute('aria-level')).to.equal('5');
    const warnings = captureConsole('warn');
    try {
      el.headingLevel = 9;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal(['[settings-elements] <so-subscriptions> heading-level="9" is not 2–6; using 2.']);
    expect(shadow(el).querySelector('#heading')!.getAttribute('aria-level')).to.equal('2');
  });

  it('shows the empty state when there are no subscriptions', async () => {
    const el = await render(createMemoryAccountClient({ seed: { subscriptions: [] } }));
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('Your organization has no subscriptions.');
    await expect(el).to.be.accessible();
  });

  it('shows an alert chosen by the error code, fires so-error, and recovers on Retry', async () => {
    const client = createMemoryAccountClient({ failures: { listSubscriptions: { code: 'network', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await fixture<SoSubscriptions>(
      html`<so-subscriptions .client=${client} @so-error=${(e: CustomEvent<SoErrorDetail>) => errors.push(e.detail)}></so-subscriptions>`,
    );
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error state');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('Can’t reach the server');
    expect(errors.map((e) => [e.operation, e.error.code])).to.deep.equal([['listSubscriptions', 'network']]);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => rowIds(el).length === 2, 'Retry did not load the subscriptions');
  });

  it('without organization:manage, is read-only and says who can cancel', async () => {
    const recording = recordingClient({ seed: viewerWith('billing:manage') });
    const el = await render(recording.client);
    expect(rowIds(el)).to.deep.equal(['sub_jobs', 'sub_capacity']);
    expect(textOf(shadow(el).querySelector('[part="read-only"]'))).to.equal(
      'You can see the organization’s subscriptions, but only people who manage the organization, such as its owners, can cancel them.',
    );
    expect(shadow(el).querySelectorAll('[part="unsubscribe-button"]')).to.have.length(0);
    expect(shadow(el).querySelector('so-confirm-dialog')).to.be.null;
    expect(el.matches(':state(read-only)')).to.be.true;
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Renews on ${renewalDate()}`);
    await expect(el).to.be.accessible();
  });

  it('says subscriptions are not available when the client can’t list them, and makes no call', async () => {
    const recording = recordingClient({ capabilities: { omit: ['listSubscriptions'] } });
    const el = await render(recording.client);
    expect(textOf(shadow(el).querySelector('[part="unavailable"]'))).to.equal('Subscriptions can’t be shown here: this service doesn’t list them.');
    expect(shadow(el).querySelector('[part="subscription"]')).to.be.null;
    expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
    expect(recording.calls).to.have.length(0);
    expect(el.matches(':state(read-only)')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('hides Unsubscribe, and the read-only note, when the client can’t cancel', async () => {
    const el = await render(createMemoryAccountClient({ capabilities: { omit: ['cancelSubscription'] } }));
    expect(rowIds(el)).to.deep.equal(['sub_jobs', 'sub_capacity']);
    expect(shadow(el).querySelectorAll('[part="unsubscribe-button"]')).to.have.length(0);
    expect(shadow(el).querySelector('[part="read-only"]')).to.be.null;
    expect(shadow(el).querySelector('so-confirm-dialog')).to.be.null;
  });
});

describe('<so-subscriptions> unsubscribing', () => {
  it('confirms in a modal dialog that offers the end of the billing period (chosen) or now', async () => {
    const el = await render(createMemoryAccountClient());
    const d = await openDialog(el, 'sub_jobs');
    expect(dialogPart<HTMLDialogElement>(d, 'base').matches(':modal')).to.be.true;
    expect(textOf(d.shadowRoot!.querySelector('h2'))).to.equal(`Unsubscribe from ${JOBS}?`);
    expect(textOf(d.querySelector('legend'))).to.equal('When should it end?');
    expect(radio(d, 'period-end')!.checked).to.be.true;
    expect(radio(d, 'now')!.checked).to.be.false;
    expect(textOf(radio(d, 'period-end')!.labels![0]!)).to.equal('At the end of the billing period');
    expect(textOf(radio(d, 'now')!.labels![0]!)).to.equal('Now');
    expect(textOf(d)).to.contain(`It keeps working until ${renewalDate()} and doesn’t renew.`);
    expect(textOf(dialogPart(d, 'confirm-button'))).to.equal('Unsubscribe');
    expect(deepFocus() === dialogPart(d, 'cancel-button'), 'focus starts on Keep subscription').to.be.true;
    expect(textOf(dialogPart(d, 'cancel-button'))).to.equal('Keep subscription');
    await expect(el).to.be.accessible();
  });

  it('at the end of the period: one call with atPeriodEnd true, then "Ends on", no Unsubscribe, focus on the row', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const requests = record<SoSubscriptionCancelRequestDetail>(el, 'so-subscription-cancel-request');
    const cancelled = record<SoSubscriptionCancelledDetail>(el, 'so-subscription-cancelled');
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    expect(recording.callsTo('cancelSubscription').map((call) => call.args)).to.deep.equal([['sub_jobs', { atPeriodEnd: true }]]);
    expect(requests).to.deep.equal([{ subscriptionId: 'sub_jobs', atPeriodEnd: true }]);
    expect(cancelled).to.have.length(1);
    expect(cancelled[0]!.subscriptionId).to.equal('sub_jobs');
    expect(cancelled[0]!.subscription).to.include({ id: 'sub_jobs', status: 'active', cancelAtPeriodEnd: true });
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Ends on ${renewalDate()}`);
    expect(row(el, 'sub_jobs')!.dataset['phase']).to.equal('ending');
    expect(unsubscribeButton(el, 'sub_jobs')).to.be.null;
    expect(unsubscribeButton(el, 'sub_capacity')).to.exist;
    expect(deepFocus() === rowPart(el, 'sub_jobs', 'name'), 'focus on the row’s heading').to.be.true;
    expect(rowPart(el, 'sub_jobs', 'name')!.getAttribute('aria-describedby')).to.equal('subscription-sub_jobs-status');
    await waitUntil(() => announced(el).includes(`${JOBS} ends on ${renewalDate()}.`), 'not announced');
    const stored = (await recording.client.listSubscriptions!()).find((s) => s.id === 'sub_jobs')!;
    expect(stored.cancelAtPeriodEnd).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('now: one call with atPeriodEnd false, then the subscription shows as ended', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const cancelled = record<SoSubscriptionCancelledDetail>(el, 'so-subscription-cancelled');
    const d = await openDialog(el, 'sub_capacity');
    choose(d, 'now');
    await el.updateComplete;
    expect(radio(d, 'now')!.checked).to.be.true;
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    expect(recording.callsTo('cancelSubscription').map((call) => call.args)).to.deep.equal([['sub_capacity', { atPeriodEnd: false }]]);
    expect(cancelled.map((c) => [c.atPeriodEnd, c.subscription.status])).to.deep.equal([[false, 'canceled']]);
    expect(textOf(rowPart(el, 'sub_capacity', 'status-badge'))).to.equal('Ended');
    expect(rowPart(el, 'sub_capacity', 'renewal')).to.be.null;
    expect(unsubscribeButton(el, 'sub_capacity')).to.be.null;
    expect(deepFocus() === rowPart(el, 'sub_capacity', 'name'), 'focus on the row’s heading').to.be.true;
    await waitUntil(() => announced(el).includes('Workspace capacity — 25 seats has ended.'), 'not announced');
    expect((await recording.client.getOrganization())!.deletionBlockers.map((b) => b.id)).to.deep.equal(['sub_jobs']);
  });

  it('starts each dialog at the end of the period, whatever was chosen before', async () => {
    const el = await render(createMemoryAccountClient());
    let d = await openDialog(el, 'sub_jobs');
    choose(d, 'now');
    dialogPart(d, 'cancel-button').click();
    await closed(d);
    d = await openDialog(el, 'sub_capacity');
    expect(radio(d, 'period-end')!.checked).to.be.true;
  });

  it('with period-end-only, offers no "Now" and cancels at the end of the period', async () => {
    const recording = recordingClient();
    const el = await render(recording.client, { periodEndOnly: true });
    const d = await openDialog(el, 'sub_jobs');
    expect(radio(d, 'now')).to.be.null;
    expect(radio(d, 'period-end')).to.be.null;
    expect(textOf(d)).to.contain(`${JOBS} keeps working until the end of the billing period, ${renewalDate()}, and doesn’t renew.`);
    await expect(el).to.be.accessible();
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    expect(recording.callsTo('cancelSubscription').map((call) => call.args)).to.deep.equal([['sub_jobs', { atPeriodEnd: true }]]);
  });

  it('is operated from the keyboard: arrow keys choose the timing', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    unsubscribeButton(el, 'sub_jobs')!.focus();
    await sendKeys({ press: 'Enter' });
    const d = dialog(el);
    await waitUntil(() => dialogPart<HTMLDialogElement>(d, 'base').open, 'Enter did not open the dialog');
    radio(d, 'period-end')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(d, 'now')!.checked).to.be.true;
    dialogPart(d, 'confirm-button').focus();
    await sendKeys({ press: 'Enter' });
    await closed(d);
    expect(recording.callsTo('cancelSubscription').map((call) => call.args)).to.deep.equal([['sub_jobs', { atPeriodEnd: false }]]);
  });

  it('returns focus to Unsubscribe on Escape and makes no call', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await openDialog(el, 'sub_jobs');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepFocus() === unsubscribeButton(el, 'sub_jobs'), 'focus did not return to Unsubscribe');
    expect(recording.callsTo('cancelSubscription')).to.have.length(0);
  });

  it('makes no call and closes when the host vetoes the request', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const requests = record<SoSubscriptionCancelRequestDetail>(el, 'so-subscription-cancel-request');
    const cancelled = record(el, 'so-subscription-cancelled');
    el.addEventListener('so-subscription-cancel-request', (event) => event.preventDefault());
    const d = await openDialog(el, 'sub_jobs');
    choose(d, 'now');
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    expect(requests).to.deep.equal([{ subscriptionId: 'sub_jobs', atPeriodEnd: false }]);
    expect(recording.callsTo('cancelSubscription')).to.have.length(0);
    expect(cancelled).to.have.length(0);
    expect(unsubscribeButton(el, 'sub_jobs')).to.exist;
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Renews on ${renewalDate()}`);
  });

  it('cancels once when Confirm is pressed twice: one call, one key, one store effect', async () => {
    const recording = recordingClient({ latencyMs: 30 });
    const el = await render(recording.client);
    const requests = record(el, 'so-subscription-cancel-request');
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    dialogPart(d, 'confirm-button').click();
    await el.updateComplete;
    expect(d.busy).to.be.true;
    expect(textOf(unsubscribeButton(el, 'sub_jobs'))).to.equal('Unsubscribing…');
    await closed(d);
    expect(recording.callsTo('cancelSubscription')).to.have.length(1);
    expect(recording.callsTo('cancelSubscription')[0]!.idempotencyKey).to.be.a('string').and.not.empty;
    expect(recording.store.effects.cancelSubscription).to.equal(1);
    expect(requests).to.have.length(1);
  });

  it('keeps the dialog open with the error when the call fails, and a retry carries the same key', async () => {
    const recording = recordingClient({ failures: { cancelSubscription: { code: 'unavailable', once: true } } });
    const el = await render(recording.client);
    const errors = record<SoErrorDetail>(el, 'so-error');
    const cancelled = record(el, 'so-subscription-cancelled');
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => dialogError(d), 'no error in the dialog');
    expect(textOf(dialogError(d))).to.equal(`Couldn’t unsubscribe from ${JOBS}. The service is temporarily unavailable. Try again in a moment.`);
    expect(dialogPart<HTMLDialogElement>(d, 'base').open).to.be.true;
    expect(d.busy).to.be.false;
    expect(errors.map((e) => [e.operation, e.error.code])).to.deep.equal([['cancelSubscription', 'unavailable']]);
    expect(cancelled).to.have.length(0);
    expect(unsubscribeButton(el, 'sub_jobs'), 'the row is unchanged').to.exist;
    await expect(el).to.be.accessible();
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    const keys = recording.callsTo('cancelSubscription').map((call) => call.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(recording.store.effects.cancelSubscription).to.equal(1);
    expect(dialogError(d), 'the error is gone after success').to.be.null;
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Ends on ${renewalDate()}`);
  });

  it('clears the error when the dialog is dismissed', async () => {
    const el = await render(createMemoryAccountClient({ failures: { cancelSubscription: 'conflict' } }));
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => dialogError(d), 'no error in the dialog');
    expect(textOf(dialogError(d))).to.contain('This change conflicts with the current state.');
    dialogPart(d, 'cancel-button').click();
    await closed(d);
    await openDialog(el, 'sub_jobs');
    expect(dialogError(d)).to.be.null;
  });

  it('asks for a step-up and cancels once when the host retries', async () => {
    const recording = recordingClient({ failures: { cancelSubscription: { code: 'reauth_required', once: true } } });
    const el = await render(recording.client);
    const stepUps = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
    const d = await openDialog(el, 'sub_jobs');
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => stepUps.length === 1, 'no so-reauth-required');
    expect(stepUps[0]!.operation).to.equal('cancelSubscription');
    await stepUps[0]!.retry();
    await closed(d);
    expect(textOf(rowPart(el, 'sub_jobs', 'renewal'))).to.equal(`Ends on ${renewalDate()}`);
    const keys = recording.callsTo('cancelSubscription').map((call) => call.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(recording.store.effects.cancelSubscription).to.equal(1);
  });

  it('reload() drops what it learned and shows the server’s list again', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await recording.store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    expect(unsubscribeButton(el, 'sub_jobs')).to.exist;
    await el.reload();
    await el.updateComplete;
    expect(textOf(rowPart(el, 'sub_jobs', 'status-badge'))).to.equal('Ended');
  });
});
