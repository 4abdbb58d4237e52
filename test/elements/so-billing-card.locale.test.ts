import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import type { AccountClient } from '../../src/client/types.js';
import { captureConsole } from '../helpers/console.js';
import {
  billing,
  clientWith,
  invoice,
  settled,
  textOf,
  type RecordingBillingCard,
} from '../helpers/so-billing-card-fixtures.js';

const euroPlan = billing({
  plan: { id: 'plan_pro_eur', name: 'Pro', amount: 4900, currency: 'EUR', interval: 'month' },
  renewsAt: '2026-05-18T12:00:00.000Z',
  paymentMethod: { brand: 'visa', last4: '4242', expMonth: 8, expYear: 2031 },
  scheduledChange: { planName: 'Team', effectiveAt: '2026-05-18T12:00:00.000Z' },
});
const euroInvoices = [invoice('eur_1', '2026-04-18T12:00:00.000Z', { amount: 123_456, currency: 'EUR' })];

/** A card inside a wrapper with `lang`, as a host page sets it. */
async function cardIn(lang: string, client: AccountClient): Promise<{ wrapper: HTMLElement; el: RecordingBillingCard }> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><test-billing-card .client=${client}></test-billing-card></div>`);
  const el = wrapper.querySelector('test-billing-card')!;
  await settled(el);
  return { wrapper, el };
}

const section = (el: RecordingBillingCard, part: string) => textOf(el.shadowRoot!.querySelector(`[part="${part}"]`)!);

describe('<so-billing-card> localization', () => {
  let warnings: ReturnType<typeof captureConsole>;
  before(() => {
    registerTranslation('de', {
      'billingCard.price': (_locale: string, price: string, interval: string) => `${price} pro ${interval === 'year' ? 'Jahr' : 'Monat'}`,
      'billingCard.renewsOn': (_locale: string, date: string) => `Verlängert sich am ${date}`,
      'billingCard.cardExpires': (_locale: string, date: string) => `Gültig bis ${date}`,
    });
  });
  // Keys the test leaves untranslated fall back to English with a dev warning; keep the log clean.
  beforeEach(() => (warnings = captureConsole('warn')));
  afterEach(() => warnings.restore());

  it('formats money and dates in English for en', async () => {
    const { el } = await cardIn('en', clientWith(euroPlan, { invoices: euroInvoices }));
    expect(section(el, 'plan')).to.contain('€49.00 per month');
    expect(section(el, 'plan')).to.contain('Renews on May 18, 2026');
    expect(section(el, 'plan')).to.contain('Changes to Team on May 18, 2026');
    expect(section(el, 'payment-method')).to.contain('Expires 08/2031');
    expect(section(el, 'invoices')).to.contain('Apr 18, 2026 ACME-eur_1 €1,234.56 Paid');
  });

  it('formats money and dates in German for de, with the German messages registered', async () => {
    const { el } = await cardIn('de', clientWith(euroPlan, { invoices: euroInvoices }));
    expect(section(el, 'plan')).to.contain('49,00 € pro Monat');
    expect(section(el, 'plan')).to.contain('Verlängert sich am 18. Mai 2026');
    expect(section(el, 'plan')).to.contain('Changes to Team on 18. Mai 2026');
    // German month and year: "08/2031" in Chromium's CLDR data, "08.2031" in Firefox's — what Intl says here.
    const expiry = new Intl.DateTimeFormat('de', { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2031, 7, 1));
    expect(expiry).to.match(/^08[/.]2031$/);
    expect(section(el, 'payment-method')).to.contain(`Gültig bis ${expiry}`);
    expect(section(el, 'invoices')).to.contain('18.04.2026 ACME-eur_1 1.234,56 € Paid');
    await expect(el).to.be.accessible();
  });

  it('formats US dollars for de and euros for en-US each in the reader’s locale', async () => {
    const dollars = await cardIn('de', clientWith(billing()));
    expect(section(dollars.el, 'plan')).to.contain('49,00 $ pro Monat');
    const euros = await cardIn('en-US', clientWith(euroPlan));
    expect(section(euros.el, 'plan')).to.contain('€49.00 per month');
  });

  it('formats a currency without minor units (yen) from its integer amount', async () => {
    const yen = billing({ plan: { id: 'plan_jp', name: 'Pro', amount: 58_000, currency: 'JPY', interval: 'year' } });
    const { el } = await cardIn('en', clientWith(yen));
    expect(section(el, 'plan')).to.contain('¥58,000 per year');
    const german = await cardIn('de', clientWith(yen));
    expect(section(german.el, 'plan')).to.contain('58.000 ¥ pro Jahr');
  });

  it('re-renders in the new language when the page’s lang changes', async () => {
    const { wrapper, el } = await cardIn('en', clientWith(euroPlan));
    expect(section(el, 'plan')).to.contain('€49.00 per month');
    wrapper.lang = 'de';
    await waitUntil(() => section(el, 'plan').includes('49,00 € pro Monat'), 'the card did not switch to German');
    expect(section(el, 'plan')).to.contain('Verlängert sich am 18. Mai 2026');
  });

  it('shows an amount in a currency Intl does not know as a number and its code, without breaking', async () => {
    const odd = billing({ plan: { id: 'x', name: 'Pro', amount: 4900, currency: 'XX1', interval: 'month' } });
    const { el } = await cardIn('en', clientWith(odd));
    expect(section(el, 'plan')).to.contain('49 XX1 per month');
  });
});
