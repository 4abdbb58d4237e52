import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountApiError } from '../../src/client/errors.js';
import type { BillingPortalFlow, RequestOptions } from '../../src/client/types.js';
import type { SoBillingCard, SoBillingPortalOpenDetail } from '../../src/so-billing-card.js';
import { captureConsole } from '../helpers/console.js';
import { deferred } from '../helpers/deferred.js';
import {
  alertOf,
  billing,
  button,
  clientWith,
  describeNode,
  recordCalls,
  renderCard,
  settled,
  textOf,
  type RecordingBillingCard,
} from '../helpers/so-billing-card-fixtures.js';

const PORTAL = 'https://billing.sentientone.example/portal/';

/** A memory client whose portal sessions answer `url` instead of the store's own. */
function clientAnswering(url: string) {
  const client = clientWith();
  const calls: { flow?: BillingPortalFlow; returnUrl?: string; idempotencyKey?: string }[] = [];
  return {
    calls,
    client: {
      ...client,
      createBillingPortalSession: async (input: { flow?: BillingPortalFlow; returnUrl?: string }, options?: RequestOptions) => {
        calls.push({ ...input, idempotencyKey: options?.idempotencyKey });
        return { url };
      },
    },
  };
}

/** Collects every `so-billing-portal-open` the card fires. */
function portalEvents(el: RecordingBillingCard): CustomEvent<SoBillingPortalOpenDetail>[] {
  const events: CustomEvent<SoBillingPortalOpenDetail>[] = [];
  el.addEventListener('so-billing-portal-open', (event) => events.push(event));
  return events;
}

const portalError = (el: RecordingBillingCard) => el.shadowRoot!.querySelector<HTMLElement>('.portal-error');

describe('<so-billing-card> billing portal', () => {
  for (const [label, flow] of [
    ['Manage billing', 'manage'],
    ['Change payment method', 'payment_method'],
    ['View invoices', 'invoices'],
  ] as const) {
    it(`“${label}” creates a ${flow} session, fires so-billing-portal-open, then navigates`, async () => {
      const client = clientWith();
      const el = await renderCard(client);
      const opening = oneEvent(el, 'so-billing-portal-open');
      button(el, label)!.click();
      const event = await opening;
      expect(event.detail.flow).to.equal(flow);
      expect(event.detail.target).to.equal('_self');
      expect(event.detail.url.startsWith(PORTAL)).to.be.true;
      expect(event.detail.url).to.contain(`flow=${flow}`);
      expect(event.cancelable && event.bubbles && event.composed).to.be.true;
      expect(el.navigations).to.deep.equal([{ url: event.detail.url, target: '_self' }]);
      expect(client.store.effects.createBillingPortalSession).to.equal(1);
    });
  }

  it('does not navigate when the host cancels so-billing-portal-open', async () => {
    const el = await renderCard(clientWith());
    el.addEventListener('so-billing-portal-open', (event) => event.preventDefault());
    const opening = oneEvent(el, 'so-billing-portal-open');
    button(el, 'Manage billing')!.click();
    const event = await opening;
    await el.updateComplete;
    expect(event.defaultPrevented).to.be.true;
    expect(el.navigations).to.deep.equal([]);
    expect(button(el, 'Manage billing')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('opens in a new tab with portal-target="_blank"', async () => {
    const el = await settled(await fixture<RecordingBillingCard>(html`<test-billing-card portal-target="_blank" .client=${clientWith()}></test-billing-card>`));
    const opening = oneEvent(el, 'so-billing-portal-open');
    button(el, 'Manage billing')!.click();
    expect((await opening).detail.target).to.equal('_blank');
    expect(el.navigations.map((navigation) => navigation.target)).to.deep.equal(['_blank']);
  });

  it('passes return-url to the portal session', async () => {
    const { client, calls } = clientAnswering(`${PORTAL}session_1`);
    const el = await settled(
      await fixture<RecordingBillingCard>(html`<test-billing-card return-url="https://app.example/billing" .client=${client}></test-billing-card>`),
    );
    button(el, 'Manage billing')!.click();
    await waitUntil(() => el.navigations.length === 1);
    expect(calls.map(({ flow, returnUrl }) => ({ flow, returnUrl }))).to.deep.equal([{ flow: 'manage', returnUrl: 'https://app.example/billing' }]);
    expect(calls[0]!.idempotencyKey).to.be.a('string');
  });

  for (const url of ['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'http://billing.example/portal', 'data:text/html,<script>alert(1)</script>', '/portal/session', 'not a url']) {
    it(`refuses a portal URL that is not https: (${url.trim().slice(0, 24)}) with a clear error and no navigation`, async () => {
      const { client } = clientAnswering(url);
      const el = await renderCard(client);
      const events = portalEvents(el);
      const errors: CustomEvent[] = [];
      el.addEventListener('so-error', (event) => errors.push(event));
      const warnings = captureConsole('warn');
      try {
        button(el, 'Manage billing')!.click();
        await waitUntil(() => portalError(el), 'no error was shown');
      } finally {
        warnings.restore();
      }
      expect(portalError(el)!.getAttribute('role')).to.equal('alert');
      expect(textOf(portalError(el)!)).to.equal(
        'The billing portal sent back a link that isn’t a secure https: address, so it wasn’t opened. Try again, or contact support if this keeps happening.',
      );
      expect(el.navigations).to.deep.equal([]);
      expect(events.map((event) => event.detail)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.operation).to.equal('createBillingPortalSession');
      expect(errors[0]!.detail.error).to.be.instanceOf(AccountApiError);
      // The warning names the problem, never the session URL.
      expect(warnings.messages.join('\n')).to.contain('instead of an https: URL; it was not opened.');
      if (url.includes(':')) expect(warnings.messages.join('\n')).not.to.contain(url.trim());
      await expect(el).to.be.accessible();
    });
  }

  it('makes one portal session for a double click, and navigates once', async () => {
    const client = clientWith(billing(), { latencyMs: 30 });
    const el = await renderCard(client);
    const manage = button(el, 'Manage billing')!;
    manage.click();
    manage.click();
    await el.updateComplete;
    // While it opens, the button says so and keeps its focusability.
    expect(manage.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(manage)).to.equal('Opening the billing portal…');
    button(el, 'View invoices')!.click(); // a second flow while the first opens does nothing either
    await waitUntil(() => el.navigations.length > 0);
    await aTimeout(60);
    expect(client.store.effects.createBillingPortalSession).to.equal(1);
    expect(el.navigations).to.have.length(1);
    expect(el.navigations[0]!.url).to.contain('flow=manage');
  });

  it('opens the portal from the keyboard', async () => {
    const el = await renderCard(clientWith());
    button(el, 'Change payment method')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.navigations.length === 1);
    expect(el.navigations[0]!.url).to.contain('flow=payment_method');
  });

  it('shows why the portal could not open, and fires so-error', async () => {
    const client = clientWith(billing(), { failures: { createBillingPortalSession: { code: 'unavailable', once: true } } });
    const el = await renderCard(client);
    const failed = oneEvent(el, 'so-error');
    button(el, 'Change payment method')!.click();
    expect((await failed).detail.operation).to.equal('createBillingPortalSession');
    await waitUntil(() => portalError(el), 'no error was shown');
    const error = portalError(el)!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal('Couldn’t open the billing portal. The service is temporarily unavailable. Try again in a moment.');
    // It sits with the button that was pressed.
    expect(el.shadowRoot!.querySelector('[part="payment-method"]')!.contains(error)).to.be.true;
    expect(el.navigations).to.deep.equal([]);
    await expect(el).to.be.accessible();

    button(el, 'Change payment method')!.click();
    await waitUntil(() => el.navigations.length === 1);
    expect(describeNode(portalError(el))).to.equal('nothing');
  });

  it('keeps one idempotency key when a failed portal request is retried', async () => {
    const keys: (string | undefined)[] = [];
    let failures = 1;
    const client = {
      ...clientWith(),
      createBillingPortalSession: async (_input: unknown, options?: RequestOptions) => {
        keys.push(options?.idempotencyKey);
        if (failures-- > 0) throw new AccountApiError('network');
        return { url: `${PORTAL}session_2` };
      },
    };
    const el = await renderCard(client);
    button(el, 'Manage billing')!.click();
    await waitUntil(() => portalError(el));
    button(el, 'Manage billing')!.click();
    await waitUntil(() => el.navigations.length === 1);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('offers a link when the browser blocks the new tab', async () => {
    const el = await settled(await fixture<RecordingBillingCard>(html`<test-billing-card portal-target="_blank" .client=${clientWith()}></test-billing-card>`));
    el.navigateResult = false;
    button(el, 'Manage billing')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.portal-blocked'));
    const blocked = el.shadowRoot!.querySelector('.portal-blocked')!;
    expect(blocked.getAttribute('role')).to.equal('status');
    const link = blocked.querySelector('a')!;
    expect(textOf(blocked)).to.equal('Your browser blocked the new tab. Open the billing portal (opens in a new tab)');
    expect(link.href).to.equal(el.navigations[0]!.url);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('loads billing again when the user comes back from a portal opened in a new tab', async () => {
    const { client, calls } = recordCalls(clientWith());
    const el = await settled(await fixture<RecordingBillingCard>(html`<test-billing-card portal-target="_blank" .client=${client}></test-billing-card>`));
    window.dispatchEvent(new Event('focus'));
    await settled(el);
    expect(calls.filter((name) => name === 'getBilling'), 'no reload before the portal opened').to.have.length(1);

    button(el, 'Manage billing')!.click();
    await waitUntil(() => el.navigations.length === 1);
    window.dispatchEvent(new Event('focus'));
    await settled(el);
    expect(calls.filter((name) => name === 'getBilling')).to.have.length(2);
    window.dispatchEvent(new Event('focus'));
    await settled(el);
    expect(calls.filter((name) => name === 'getBilling'), 'only once per portal visit').to.have.length(2);
  });

  describe('the card’s own navigation, with portal-target="_blank"', () => {
    const realOpen = window.open;
    afterEach(() => (window.open = realOpen));

    const renderPlain = async () =>
      settled(await fixture<SoBillingCard>(html`<so-billing-card portal-target="_blank" .client=${clientWith()}></so-billing-card>`));

    it('opens the checked URL in a new tab with window.open, cut off from this page', async () => {
      const opened: unknown[][] = [];
      const tab = { opener: window as unknown };
      window.open = ((...args: unknown[]) => {
        opened.push(args);
        return tab;
      }) as typeof window.open;
      const el = await renderPlain();
      const opening = oneEvent(el, 'so-billing-portal-open');
      button(el, 'Manage billing')!.click();
      const { detail } = await opening;
      await waitUntil(() => opened.length > 0, 'window.open was not called');
      expect(opened).to.deep.equal([[detail.url, '_blank']]);
      expect(detail.url.startsWith(PORTAL)).to.be.true;
      // Compared as a boolean: chai printing `window` in a failure message takes minutes.
      expect(tab.opener === null, 'the portal page cannot reach back into this one').to.be.true;
      expect(describeNode(el.shadowRoot!.querySelector('.portal-blocked'))).to.equal('nothing');
    });

    it('offers a link to the portal when window.open is blocked', async () => {
      window.open = (() => null) as typeof window.open;
      const el = await renderPlain();
      const opening = oneEvent(el, 'so-billing-portal-open');
      button(el, 'Manage billing')!.click();
      const { detail } = await opening;
      await waitUntil(() => el.shadowRoot!.querySelector('.portal-blocked'), 'no link was offered');
      expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('.portal-blocked a')!.href).to.equal(detail.url);
    });
  });

  describe('from the payment problem alert', () => {
    it('“Update payment method” opens the payment_method flow', async () => {
      const el = await renderCard(clientWith(billing({ status: 'past_due', paymentIssue: { code: 'card_declined' } })));
      alertOf(el)!.querySelector('button')!.click();
      await waitUntil(() => el.navigations.length === 1);
      expect(el.navigations[0]!.url).to.contain('flow=payment_method');
    });

    it('“Confirm payment” opens the invoices flow, where the payment is confirmed', async () => {
      const el = await renderCard(clientWith(billing({ paymentIssue: { code: 'requires_action' } })));
      const opening = oneEvent(el, 'so-billing-portal-open');
      alertOf(el)!.querySelector('button')!.click();
      expect((await opening).detail.flow).to.equal('invoices');
    });
  });

  it('neither fires nor navigates when the card was removed while the session was being created', async () => {
    const gate = deferred<{ url: string }>();
    const client = { ...clientWith(), createBillingPortalSession: () => gate.promise };
    const el = await renderCard(client);
    const events = portalEvents(el);
    button(el, 'Manage billing')!.click();
    await el.updateComplete;
    el.remove();
    gate.resolve({ url: `${PORTAL}late` });
    await aTimeout(20);
    expect(events.map((event) => event.detail)).to.deep.equal([]);
    expect(el.navigations).to.deep.equal([]);
  });
});
