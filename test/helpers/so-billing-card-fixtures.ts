import { fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, BillingSummary, Invoice, PaymentMethod, Viewer } from '../../src/client/types.js';
import { SoBillingCard, type BillingPortalTarget } from '../../src/elements/so-billing-card/so-billing-card.js';
import { defineElement } from '../../src/internal/so-element.js';

/**
 * `<so-billing-card>` with its navigation seam recorded instead of followed, so portal tests never
 * leave the test page. `navigateResult = false` acts as a blocked pop-up.
 */
export class RecordingBillingCard extends SoBillingCard {
  navigations: { url: string; target: BillingPortalTarget }[] = [];
  navigateResult = true;

  protected override navigate(url: string, target: BillingPortalTarget): boolean {
    this.navigations.push({ url, target });
    return this.navigateResult;
  }
}
defineElement('test-billing-card', RecordingBillingCard);

declare global {
  interface HTMLElementTagNameMap {
    'test-billing-card': RecordingBillingCard;
  }
}

const now = new Date();
const thisYear = now.getUTCFullYear();
const thisMonth = now.getUTCMonth() + 1;

/** A card that is good for two more years. */
export const validCard: PaymentMethod = { brand: 'visa', last4: '4242', expMonth: 8, expYear: thisYear + 2 };
/** A card whose expiry month is this month: its last valid day is at most 30 days away. */
export const expiringCard: PaymentMethod = { brand: 'mastercard', last4: '4444', expMonth: thisMonth, expYear: thisYear };
/** A card whose expiry month was last month. */
export const expiredCard: PaymentMethod =
  thisMonth === 1
    ? { brand: 'visa', last4: '0005', expMonth: 12, expYear: thisYear - 1 }
    : { brand: 'visa', last4: '0005', expMonth: thisMonth - 1, expYear: thisYear };

/** The month a card expires, as the element writes it in English: "May 2026". */
export function expiryMonthText(card: PaymentMethod): string {
  return new Date(Date.UTC(card.expYear, card.expMonth - 1, 1)).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const DAY = 86_400_000;
export const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** An active Pro plan at $49.00 a month renewing on May 18, 2026, paid by a valid Visa. */
export function billing(overrides: Partial<BillingSummary> = {}): BillingSummary {
  return {
    plan: { id: 'plan_pro_monthly', name: 'Pro', amount: 4900, currency: 'USD', interval: 'month' },
    status: 'active',
    renewsAt: '2026-05-18T12:00:00.000Z',
    paymentMethod: validCard,
    paymentIssue: null,
    ...overrides,
  };
}

export function invoice(id: string, issuedAt: string, overrides: Partial<Invoice> = {}): Invoice {
  return { id, number: `ACME-${id}`, amount: 4900, currency: 'USD', status: 'paid', issuedAt, url: `https://billing.example/invoices/${id}`, ...overrides };
}

/** The seed's viewer (Maya Chen), without `billing:manage`. */
export function viewerWithoutBilling(): Viewer {
  const viewer = createSeed().viewer;
  return { ...viewer, permissions: viewer.permissions.filter((permission) => permission !== 'billing:manage') };
}

/** A memory client over the seed with `billing` (and optionally invoices, viewer) replaced. */
export function clientWith(
  summary: BillingSummary = billing(),
  options: Omit<MemoryClientOptions, 'seed'> & { invoices?: Invoice[]; viewer?: Viewer } = {},
) {
  const { invoices, viewer, ...rest } = options;
  return createMemoryAccountClient({
    seed: { billing: summary, ...(invoices && { invoices }), ...(viewer && { viewer }) },
    ...rest,
  });
}

/** Waits until the card and its invoices have finished loading. */
export async function settled<T extends SoBillingCard>(el: T): Promise<T> {
  await el.updateComplete; // a load just asked for has rendered its busy state
  await waitUntil(() => !isBusy(el), 'the billing card did not finish loading', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

function isBusy(el: SoBillingCard): boolean {
  return [...el.shadowRoot!.querySelectorAll('[aria-busy]')].some((node) => node.getAttribute('aria-busy') === 'true');
}

/** Renders a recording card for `client` and waits until it has loaded. */
export async function renderCard(client: AccountClient): Promise<RecordingBillingCard> {
  const el = await fixture<RecordingBillingCard>(html`<test-billing-card .client=${client}></test-billing-card>`);
  return settled(el);
}

/** The text a user reads in the card (shadow DOM and slotted content), whitespace collapsed. */
export function textOf(node: Node): string {
  return renderedText(node).replace(/\s+/g, ' ').trim();
}

function renderedText(node: Node): string {
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(renderedText).join(' ');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  if (node instanceof HTMLElement && node.classList.contains('visually-hidden')) return ` ${node.textContent} `;
  if (node instanceof Element && (node.localName === 'style' || node.localName === 'template')) return '';
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(renderedText).join(' ');
}

/** The element's shadow text. */
export const cardText = (el: SoBillingCard) => textOf(el.shadowRoot!);

/** The payment problem alert at the top, or null. */
export const alertOf = (el: SoBillingCard) => el.shadowRoot!.querySelector<HTMLElement>('[part="alert"]');

/** A button in the card by its visible text. */
export function button(el: SoBillingCard, text: string): HTMLButtonElement | null {
  return [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => textOf(candidate) === text) ?? null;
}

/** Every button's text, in order. */
export const buttonTexts = (el: SoBillingCard) => [...el.shadowRoot!.querySelectorAll('button')].map((candidate) => textOf(candidate));

/** Counts the calls each client method receives, passing them through to `client`. */
export function recordCalls<T extends AccountClient>(client: T): { client: T; calls: string[] } {
  const calls: string[] = [];
  const recorded = new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        calls.push(name);
        return (value as (...params: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { client: recorded, calls };
}

/**
 * `nothing`, or a short description of `node` (`button "Manage billing"`). Assert on this rather
 * than on the node: chai formatting a rendered element for a failure message can take minutes.
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `${node.localName}${part ? `[part=${part}]` : ''} "${textOf(node).slice(0, 60)}"`;
}
