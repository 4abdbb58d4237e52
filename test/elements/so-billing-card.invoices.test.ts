import { expect, fixture, html } from '@open-wc/testing';
import type { Invoice } from '../../src/client/types.js';
import {
  billing,
  button,
  clientWith,
  describeNode,
  invoice,
  renderCard,
  settled,
  textOf,
  viewerWithoutBilling,
  type RecordingBillingCard,
} from '../helpers/so-billing-card-fixtures.js';

const invoicesSection = (el: RecordingBillingCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="invoices"]');
const rows = (el: RecordingBillingCard) =>
  [...el.shadowRoot!.querySelectorAll('table tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => textOf(cell)));

// Listed out of order on purpose: the card sorts newest first.
const seven: Invoice[] = [
  invoice('2026_02', '2026-02-18T12:00:00.000Z'),
  invoice('2026_04', '2026-04-18T12:00:00.000Z', { status: 'open', amount: 12_345 }),
  invoice('2025_12', '2025-12-18T12:00:00.000Z'),
  invoice('2026_03', '2026-03-18T12:00:00.000Z', { status: 'uncollectible' }),
  invoice('2026_01', '2026-01-18T12:00:00.000Z', { status: 'void' }),
  invoice('2025_11', '2025-11-18T12:00:00.000Z'),
  invoice('2025_10', '2025-10-18T12:00:00.000Z'),
];

describe('<so-billing-card> invoices', () => {
  it('lists the latest five, newest first, with date, number, amount and status', async () => {
    const el = await renderCard(clientWith(billing(), { invoices: seven }));
    const table = invoicesSection(el)!.querySelector('table')!;
    expect([...table.querySelectorAll('th')].map((th) => textOf(th))).to.deep.equal(['Date', 'Invoice', 'Amount', 'Status']);
    expect(table.getAttribute('aria-labelledby')).to.equal('invoices-heading');
    expect(rows(el)).to.deep.equal([
      ['Apr 18, 2026', 'ACME-2026_04', '$123.45', 'Open'],
      ['Mar 18, 2026', 'ACME-2026_03', '$49.00', 'Uncollectible'],
      ['Feb 18, 2026', 'ACME-2026_02', '$49.00', 'Paid'],
      ['Jan 18, 2026', 'ACME-2026_01', '$49.00', 'Void'],
      ['Dec 18, 2025', 'ACME-2025_12', '$49.00', 'Paid'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('lists as many as invoice-limit asks', async () => {
    const el = await settled(
      await fixture<RecordingBillingCard>(html`<test-billing-card invoice-limit="2" .client=${clientWith(billing(), { invoices: seven })}></test-billing-card>`),
    );
    expect(rows(el).map((row) => row[1])).to.deep.equal(['ACME-2026_04', 'ACME-2026_03']);
  });

  it('links each invoice number to its https: page, in this tab by default', async () => {
    const el = await renderCard(clientWith(billing(), { invoices: seven.slice(0, 1) }));
    const link = invoicesSection(el)!.querySelector('a')!;
    expect(textOf(link)).to.equal('ACME-2026_02');
    expect(link.getAttribute('href')).to.equal('https://billing.example/invoices/2026_02');
    expect(link.getAttribute('target')).to.equal('_self');
  });

  it('opens invoice links in a new tab, and says so, with portal-target="_blank"', async () => {
    const el = await settled(
      await fixture<RecordingBillingCard>(
        html`<test-billing-card portal-target="_blank" .client=${clientWith(billing(), { invoices: seven.slice(0, 1) })}></test-billing-card>`,
      ),
    );
    const link = invoicesSection(el)!.querySelector('a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(textOf(link)).to.equal('ACME-2026_02 (opens in a new tab)');
    await expect(el).to.be.accessible();
  });

  it('links relative invoice URLs, and shows only the number for an unsafe or missing one', async () => {
    const invoices = [
      invoice('a', '2026-04-18T12:00:00.000Z', { url: '/invoices/a' }),
      invoice('b', '2026-03-18T12:00:00.000Z', { url: 'javascript:alert(1)' }),
      invoice('c', '2026-02-18T12:00:00.000Z', { url: 'http://billing.example/c' }),
      invoice('d', '2026-01-18T12:00:00.000Z', { url: '//evil.example/d' }),
      invoice('e', '2025-12-18T12:00:00.000Z', { url: undefined }),
    ];
    const el = await renderCard(clientWith(billing(), { invoices }));
    const links = [...invoicesSection(el)!.querySelectorAll('a')];
    expect(links.map((link) => [textOf(link), link.getAttribute('href')])).to.deep.equal([['ACME-a', '/invoices/a']]);
    expect(rows(el).map((row) => row[1])).to.deep.equal(['ACME-a', 'ACME-b', 'ACME-c', 'ACME-d', 'ACME-e']);
  });

  it('says when there are no invoices yet', async () => {
    const el = await renderCard(clientWith(billing(), { invoices: [] }));
    expect(textOf(invoicesSection(el)!)).to.equal('Invoices View invoices No invoices yet.');
    await expect(el).to.be.accessible();
  });

  it('shows a failure to list invoices inside its section, with Retry, and the rest of the card', async () => {
    const client = clientWith(billing(), { failures: { listInvoices: { code: 'timeout', once: true } } });
    const el = await renderCard(client);
    const section = invoicesSection(el)!;
    const error = section.querySelector('[role="alert"]')!;
    expect(textOf(error)).to.equal('The server took too long to respond. Try again. Try again');
    expect(textOf(el.shadowRoot!.querySelector('[part="plan"]')!)).to.contain('$49.00 per month');
    await expect(el).to.be.accessible();

    button(el, 'Try again')!.click();
    await settled(el);
    expect(rows(el)).to.have.length(3);
  });

  it('without listInvoices, points to the portal for invoices', async () => {
    const el = await renderCard(clientWith(billing(), { capabilities: { omit: ['listInvoices'] } }));
    expect(textOf(invoicesSection(el)!)).to.equal('Invoices View invoices Invoices and receipts are in the billing portal.');
    expect(describeNode(el.shadowRoot!.querySelector('table'))).to.equal('nothing');
  });

  it('without listInvoices or a portal, has no invoices section', async () => {
    const el = await renderCard(clientWith(billing(), { capabilities: { omit: ['listInvoices', 'createBillingPortalSession'] } }));
    expect(describeNode(invoicesSection(el))).to.equal('nothing');
  });

  it('shows invoices, but no portal button, to a viewer without billing:manage', async () => {
    const el = await renderCard(clientWith(billing(), { viewer: viewerWithoutBilling() }));
    expect(rows(el)).to.have.length(3);
    expect(describeNode(invoicesSection(el)!.querySelector('button'))).to.equal('nothing');
  });
});
