import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  alertOf,
  billing,
  button,
  buttonTexts,
  clientWith,
  describeNode,
  settled,
  textOf,
  viewerWithoutBilling,
  type RecordingBillingCard,
} from '../helpers/so-billing-card-fixtures.js';
import type { AccountClient } from '../../src/client/types.js';

/** A card with a host payment form in its payment-method slot. */
async function withHostForm(client: AccountClient): Promise<RecordingBillingCard> {
  const el = await fixture<RecordingBillingCard>(html`<test-billing-card .client=${client}>
    <form slot="payment-method" aria-label="New card">
      <label>Card details <input name="card" /></label>
      <button type="submit">Save card</button>
    </form>
  </test-billing-card>`);
  return settled(el);
}

const paymentSection = (el: RecordingBillingCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="payment-method"]')!;

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<so-billing-card> payment-method slot', () => {
  it('shows the host’s form in the payment method section instead of the portal button', async () => {
    const el = await withHostForm(clientWith());
    const slot = paymentSection(el).querySelector<HTMLSlotElement>('slot[name="payment-method"]')!;
    expect(slot.assignedElements().map((element) => element.localName)).to.deep.equal(['form']);
    expect(textOf(paymentSection(el))).to.contain('Visa ending in 4242');
    expect(textOf(paymentSection(el))).to.contain('Card details');
    expect(describeNode(button(el, 'Change payment method'))).to.equal('nothing');
    // The other portal buttons stay.
    expect(buttonTexts(el)).to.deep.equal(['Manage billing', 'View invoices']);
    await expect(el).to.be.accessible();
  });

  it('brings the portal button back when the host removes its form', async () => {
    const el = await withHostForm(clientWith());
    el.querySelector('form')!.remove();
    await waitUntil(() => button(el, 'Change payment method'), 'the portal button did not come back');
  });

  it('shows the portal button until a form is slotted later', async () => {
    const el = await settled(await fixture<RecordingBillingCard>(html`<test-billing-card .client=${clientWith()}></test-billing-card>`));
    expect(describeNode(button(el, 'Change payment method'))).not.to.equal('nothing');
    const form = document.createElement('form');
    form.slot = 'payment-method';
    form.textContent = 'Hosted card field';
    el.append(form);
    await waitUntil(() => !button(el, 'Change payment method'), 'the portal button stayed');
  });

  it('does not show the host’s form to a viewer who cannot manage billing', async () => {
    const el = await withHostForm(clientWith(billing(), { viewer: viewerWithoutBilling() }));
    expect(describeNode(paymentSection(el).querySelector('slot'))).to.equal('nothing');
    expect(textOf(paymentSection(el))).not.to.contain('Card details');
  });

  it('takes the user from the payment problem alert to the host’s form, without opening the portal', async () => {
    const el = await withHostForm(clientWith(billing({ status: 'past_due', paymentIssue: { code: 'card_declined' } })));
    const action = alertOf(el)!.querySelector('button')!;
    expect(textOf(action)).to.equal('Update payment method');
    action.click();
    expect(deepActiveElement() === paymentSection(el), describeNode(deepActiveElement())).to.be.true;
    expect(el.navigations).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
