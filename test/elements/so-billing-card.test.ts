import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-billing-card.js';
import type { SoBillingCard } from '../../src/so-billing-card.js';
import { captureConsole } from '../helpers/console.js';
import {
  alertOf,
  billing,
  button,
  buttonTexts,
  cardText,
  clientWith,
  describeNode,
  expiredCard,
  expiringCard,
  expiryMonthText,
  isoIn,
  recordCalls,
  renderCard,
  settled,
  textOf,
  validCard,
  viewerWithoutBilling,
} from '../helpers/so-billing-card-fixtures.js';

/** A client whose `getBilling()` never answers. */
function neverLoadingClient(): AccountClient {
  const client = createMemoryAccountClient();
  return { ...client, getBilling: () => new Promise(() => {}) };
}

const hasState = (el: SoBillingCard, name: string) => el.matches(`:state(${name})`);

describe('<so-billing-card> states', () => {
  it('is busy with a skeleton while loading', async () => {
    const el = await fixture<SoBillingCard>(html`<so-billing-card .client=${neverLoadingClient()}></so-billing-card>`);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(describeNode(el.shadowRoot!.querySelector('[part="skeleton"]'))).not.to.equal('nothing');
    expect(cardText(el)).to.equal('Loading…');
    expect(hasState(el, 'loading')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry, and fires so-error, when billing fails to load; Retry loads it', async () => {
    const client = clientWith(billing(), { failures: { getBilling: { code: 'unavailable', once: true } } });
    const errorEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('so-error', (e) => resolve(e), { once: true }));
    const el = await fixture<SoBillingCard>(html`<so-billing-card .client=${client}></so-billing-card>`);
    await settled(el);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('The service is temporarily unavailable.');
    const { detail } = await errorEvent;
    expect(detail.operation).to.equal('getBilling');
    expect(detail.error.code).to.equal('unavailable');
    await expect(el).to.be.accessible();

    button(el, 'Try again')!.click();
    await settled(el);
    expect(describeNode(el.shadowRoot!.querySelector('[part="error"]'))).to.equal('nothing');
    expect(textOf(el.shadowRoot!.querySelector('[part="plan"]')!)).to.contain('Pro');
  });

  it('shows the active Pro plan: price, status, renewal date and a valid card', async () => {
    const el = await renderCard(clientWith(billing()));
    const plan = textOf(el.shadowRoot!.querySelector('[part="plan"]')!);
    expect(plan).to.contain('Pro Active');
    expect(plan).to.contain('$49.00 per month');
    expect(plan).to.contain('Renews on May 18, 2026');
    const payment = textOf(el.shadowRoot!.querySelector('[part="payment-method"]')!);
    expect(payment).to.contain('Visa ending in 4242');
    expect(payment).to.contain(`Expires 08/${validCard.expYear}`);
    expect(payment).not.to.contain('Expired');
    expect(payment).not.to.contain('Expires soon');
    expect(describeNode(alertOf(el))).to.equal('nothing');
    expect(describeNode(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal('nothing');
    expect(buttonTexts(el)).to.deep.equal(['Manage billing', 'Change payment method', 'View invoices']);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(hasState(el, 'loading')).to.be.false;
    expect(hasState(el, 'payment-problem')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('names its sections with headings at the heading-level asked for', async () => {
    const el = await settled(
      await fixture<SoBillingCard>(html`<so-billing-card heading-level="2" .client=${clientWith()}></so-billing-card>`),
    );
    const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"]')];
    expect(headings.map((heading) => [textOf(heading), heading.getAttribute('aria-level')])).to.deep.equal([
      ['Plan', '2'],
      ['Payment method', '2'],
      ['Invoices', '2'],
    ]);
  });

  it('shows a yearly plan per year', async () => {
    const el = await renderCard(clientWith(billing({ plan: { id: 'y', name: 'Team', amount: 99_000, currency: 'USD', interval: 'year' } })));
    expect(cardText(el)).to.contain('Team Active');
    expect(cardText(el)).to.contain('$990.00 per year');
  });

  it('shows a trial with its end date', async () => {
    const el = await renderCard(clientWith(billing({ status: 'trialing', trialEndsAt: '2026-06-01T12:00:00.000Z' })));
    const plan = textOf(el.shadowRoot!.querySelector('[part="plan"]')!);
    expect(plan).to.contain('Pro Trial');
    expect(plan).to.contain('Free trial until June 1, 2026; billing starts then');
    expect(plan).not.to.contain('Renews on');
    expect(describeNode(alertOf(el))).to.equal('nothing');
    await expect(el).to.be.accessible();
  });

  it('shows a scheduled plan change and when it applies', async () => {
    const el = await renderCard(clientWith(billing({ scheduledChange: { planName: 'Team', effectiveAt: '2026-05-18T12:00:00.000Z' } })));
    expect(cardText(el)).to.contain('Changes to Team on May 18, 2026 — plan changes apply at your next renewal');
    await expect(el).to.be.accessible();
  });

  it('states that the card expires soon, without an alert', async () => {
    const el = await renderCard(clientWith(billing({ paymentMethod: expiringCard })));
    const payment = textOf(el.shadowRoot!.querySelector('[part="payment-method"]')!);
    expect(payment).to.contain('Mastercard ending in 4444 Expires soon');
    expect(payment).to.contain(`Expires soon, at the end of ${expiryMonthText(expiringCard)}. Update it to avoid an interruption.`);
    expect(describeNode(alertOf(el))).to.equal('nothing');
    await expect(el).to.be.accessible();
  });

  it('alerts at the top when the card has expired (paymentIssue card_expired), with one action', async () => {
    const el = await renderCard(clientWith(billing({ paymentMethod: expiredCard, paymentIssue: { code: 'card_expired' } })));
    const alert = alertOf(el)!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.firstElementChild === alert, 'the alert comes first').to.be.true;
    expect(textOf(alert)).to.equal(
      'Your card has expired Check your payment settings: update your payment method to keep your plan without interruption. Update payment method',
    );
    expect(alert.querySelectorAll('button')).to.have.length(1);
    const payment = textOf(el.shadowRoot!.querySelector('[part="payment-method"]')!);
    expect(payment).to.contain('Visa ending in 0005 Expired');
    expect(payment).to.contain(`Expired at the end of ${expiryMonthText(expiredCard)}.`);
    expect(hasState(el, 'payment-problem')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('alerts about a card that expired even when the server has not flagged it yet', async () => {
    const el = await renderCard(clientWith(billing({ paymentMethod: expiredCard, paymentIssue: null })));
    expect(textOf(alertOf(el)!)).to.contain('Your card has expired');
  });

  it('does not alert about an expired card on a canceled subscription', async () => {
    const el = await renderCard(clientWith(billing({ status: 'canceled', renewsAt: isoIn(10), paymentMethod: expiredCard })));
    expect(describeNode(alertOf(el))).to.equal('nothing');
  });

  it('alerts about a declined card on a past-due subscription', async () => {
    const el = await renderCard(clientWith(billing({ status: 'past_due', paymentIssue: { code: 'card_declined' } })));
    expect(textOf(alertOf(el)!)).to.equal(
      'Your last payment was declined Your bank declined the charge. Update your payment method to avoid an interruption of service. Update payment method',
    );
    expect(textOf(el.shadowRoot!.querySelector('[part="status"]')!)).to.equal('Past due');
    await expect(el).to.be.accessible();
  });

  it('alerts about a past-due status without a payment issue', async () => {
    const el = await renderCard(clientWith(billing({ status: 'past_due' })));
    expect(textOf(alertOf(el)!)).to.contain('Your payment is past due');
    expect(textOf(alertOf(el)!)).to.contain('Update payment method');
  });

  it('asks to confirm a payment that requires action', async () => {
    const el = await renderCard(clientWith(billing({ paymentIssue: { code: 'requires_action' } })));
    expect(textOf(alertOf(el)!)).to.equal(
      'Your bank needs you to confirm a payment Confirm the payment with your bank to keep your plan active. Confirm payment',
    );
  });

  it('shows the server’s message for a payment issue it does not know', async () => {
    const el = await renderCard(clientWith(billing({ paymentIssue: { code: 'bank_account_closed', message: 'The linked bank account was closed.' } })));
    expect(textOf(alertOf(el)!)).to.equal("There’s a problem with your payment The linked bank account was closed. Update payment method");
  });

  it('says when there is no payment method, and offers to add one', async () => {
    const el = await renderCard(clientWith(billing({ paymentMethod: null })));
    const payment = textOf(el.shadowRoot!.querySelector('[part="payment-method"]')!);
    expect(payment).to.contain('No payment method on file.');
    expect(describeNode(button(el, 'Add payment method'))).not.to.equal('nothing');
    expect(describeNode(button(el, 'Change payment method'))).to.equal('nothing');
    await expect(el).to.be.accessible();
  });

  it('asks for a payment method before a trial ends', async () => {
    const el = await renderCard(clientWith(billing({ status: 'trialing', paymentMethod: null, trialEndsAt: '2026-06-01T12:00:00.000Z' })));
    expect(cardText(el)).to.contain('Add a payment method before your trial ends on June 1, 2026 to keep your plan.');
  });

  it('shows a canceled plan with the date access ends, and asks the host for plans', async () => {
    const el = await renderCard(clientWith(billing({ status: 'canceled', renewsAt: '2099-05-18T12:00:00.000Z' })));
    expect(textOf(el.shadowRoot!.querySelector('[part="plan"]')!)).to.contain('Pro Canceled');
    expect(cardText(el)).to.contain('Canceled; access continues until May 18, 2099');
    const request = oneEvent(el, 'so-plan-choose-request');
    button(el, 'Choose a plan')!.click();
    const event = await request;
    expect(event.detail).to.deep.equal({ reason: 'canceled' });
    expect(event.bubbles && event.composed).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('says when a canceled plan has ended', async () => {
    const el = await renderCard(clientWith(billing({ status: 'canceled', renewsAt: '2025-01-18T12:00:00.000Z' })));
    expect(cardText(el)).to.contain('Ended on January 18, 2025');
  });

  describe('no subscription', () => {
    it('shows the call to action when getBilling answers not_found, without an error', async () => {
      const client = clientWith(billing(), { failures: { getBilling: 'not_found' } });
      let errors = 0;
      const el = await fixture<SoBillingCard>(html`<so-billing-card .client=${client} @so-error=${() => (errors += 1)}></so-billing-card>`);
      await settled(el);
      const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
      expect(textOf(empty)).to.equal('No active subscription Choose a plan to get started. Choose a plan');
      expect(describeNode(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal('nothing');
      expect(errors).to.equal(0);
      expect(hasState(el, 'no-subscription')).to.be.true;
      await expect(el).to.be.accessible();

      const request = oneEvent(el, 'so-plan-choose-request');
      button(el, 'Choose a plan')!.click();
      expect((await request).detail).to.deep.equal({ reason: 'no_subscription' });
    });

    it('treats a null billing summary as no subscription', async () => {
      const client = createMemoryAccountClient();
      const el = await renderCard({ ...client, getBilling: async () => null as never });
      expect(textOf(el.shadowRoot!.querySelector('[part="empty"]')!)).to.contain('No active subscription');
    });

    it('tells a viewer who cannot manage billing whom to ask, with no button', async () => {
      const client = clientWith(billing(), { failures: { getBilling: 'not_found' }, viewer: viewerWithoutBilling() });
      const el = await renderCard(client);
      expect(textOf(el.shadowRoot!.querySelector('[part="empty"]')!)).to.equal(
        'No active subscription Ask someone who manages billing for your organization to choose a plan.',
      );
      expect(buttonTexts(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('permissions', () => {
    it('is read-only without billing:manage: says who can change billing and offers no changes', async () => {
      const el = await renderCard(clientWith(billing(), { viewer: viewerWithoutBilling() }));
      const note = el.shadowRoot!.querySelector('[part="read-only"]')!;
      expect(textOf(note)).to.equal(
        'You can view billing, but only people allowed to manage billing for your organization, such as its owners, can change the plan or payment method.',
      );
      expect(buttonTexts(el)).to.deep.equal([]);
      // Still shows everything there is to read.
      expect(cardText(el)).to.contain('$49.00 per month');
      expect(cardText(el)).to.contain('Visa ending in 4242');
      expect(describeNode(el.shadowRoot!.querySelector('table'))).not.to.equal('nothing');
      expect(hasState(el, 'read-only')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('in a payment problem, asks a read-only viewer to get someone who manages billing', async () => {
      const el = await renderCard(clientWith(billing({ status: 'past_due', paymentIssue: { code: 'card_declined' } }), { viewer: viewerWithoutBilling() }));
      expect(textOf(alertOf(el)!)).to.contain('Ask someone who manages billing for your organization to fix this.');
      expect(describeNode(alertOf(el)!.querySelector('button'))).to.equal('nothing');
      await expect(el).to.be.accessible();
    });

    it('is not read-only with billing:manage', async () => {
      const el = await renderCard(clientWith());
      expect(describeNode(el.shadowRoot!.querySelector('[part="read-only"]'))).to.equal('nothing');
      expect(hasState(el, 'read-only')).to.be.false;
    });
  });

  describe('capabilities', () => {
    it('hides every portal button when the client cannot create portal sessions', async () => {
      const el = await renderCard(clientWith(billing(), { capabilities: { omit: ['createBillingPortalSession'] } }));
      expect(buttonTexts(el)).to.deep.equal([]);
      expect(describeNode(el.shadowRoot!.querySelector('[part="portal-button"]'))).to.equal('nothing');
    });

    it('in a payment problem without a portal, states the problem with no dead button', async () => {
      const el = await renderCard(
        clientWith(billing({ paymentIssue: { code: 'card_declined' } }), { capabilities: { omit: ['createBillingPortalSession'] } }),
      );
      expect(textOf(alertOf(el)!)).to.contain('Your last payment was declined');
      expect(describeNode(alertOf(el)!.querySelector('button'))).to.equal('nothing');
    });
  });

  it('loads billing once and the viewer once', async () => {
    const { client, calls } = recordCalls(clientWith());
    await renderCard(client);
    expect(calls.filter((name) => name === 'getBilling')).to.have.length(1);
    expect(calls.filter((name) => name === 'getViewer')).to.have.length(1);
    expect(calls.filter((name) => name === 'listInvoices')).to.have.length(1);
  });

  it('reload() loads billing and invoices again', async () => {
    const { client, calls } = recordCalls(clientWith());
    const el = await renderCard(client);
    await el.reload();
    await settled(el);
    expect(calls.filter((name) => name === 'getBilling')).to.have.length(2);
    expect(calls.filter((name) => name === 'listInvoices')).to.have.length(2);
  });

  it('says so when no client is configured anywhere', async () => {
    const errors = captureConsole('error');
    try {
      const el = await fixture<SoBillingCard>(html`<so-billing-card></so-billing-card>`);
      expect(textOf(el.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('No account client configured.');
      expect(errors.messages.filter((message) => message.includes('<so-billing-card> has no account client'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  describe('dev-mode warnings', () => {
    async function warningsFor(template: ReturnType<typeof html>): Promise<string[]> {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture<SoBillingCard>(template);
        await settled(el);
        return warnings.messages;
      } finally {
        warnings.restore();
      }
    }

    it('warns about a portal-target other than _self or _blank, and uses _self', async () => {
      const client = clientWith();
      const messages = await warningsFor(html`<test-billing-card portal-target="new" .client=${client}></test-billing-card>`);
      expect(messages.join('\n')).to.contain('portal-target="new" is not _self or _blank; using _self.');
    });

    it('warns about an invoice-limit that is not a positive whole number', async () => {
      const messages = await warningsFor(html`<so-billing-card invoice-limit="-2" .client=${clientWith()}></so-billing-card>`);
      expect(messages.join('\n')).to.contain('invoice-limit="-2" is not a positive whole number; using 5.');
    });

    it('warns about a heading-level outside 2–6, and uses 3', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await settled(await fixture<SoBillingCard>(html`<so-billing-card heading-level="9" .client=${clientWith()}></so-billing-card>`));
        expect(warnings.messages.join('\n')).to.contain('heading-level="9" is not 2–6; using 3.');
        expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      } finally {
        warnings.restore();
      }
    });

    it('warns about a return-url that is not an absolute http(s) URL', async () => {
      const messages = await warningsFor(html`<so-billing-card return-url="/settings" .client=${clientWith()}></so-billing-card>`);
      expect(messages.join('\n')).to.contain('return-url="/settings" is not an absolute http(s) URL');
    });

    it('is silent with good attributes', async () => {
      const messages = await warningsFor(html`<so-billing-card
        portal-target="_blank"
        invoice-limit="3"
        heading-level="2"
        return-url="https://app.example/settings"
        .client=${clientWith()}
      ></so-billing-card>`);
      expect(messages).to.deep.equal([]);
    });
  });

  it('re-renders a new client’s billing when the client changes', async () => {
    const el = await renderCard(clientWith());
    el.client = clientWith(billing({ plan: { id: 't', name: 'Team', amount: 9900, currency: 'USD', interval: 'month' } }));
    await waitUntil(() => cardText(el).includes('Team'), 'the new client’s plan did not show');
    expect(cardText(el)).to.contain('$99.00 per month');
  });
});
