import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient } from '../../src/client/types.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-subscriptions.js';
import type { SoSubscriptions } from '../../src/so-subscriptions.js';
export { deepFocus, record } from '../helpers/dom.js';

export const shadow = (el: SoSubscriptions) => el.shadowRoot!;
export const base = (el: SoSubscriptions) => shadow(el).querySelector<HTMLElement>('[part="base"]');
export const rows = (el: SoSubscriptions) => [...shadow(el).querySelectorAll<HTMLElement>('[part="subscription"]')];
export const rowIds = (el: SoSubscriptions) => rows(el).map((r) => r.dataset['subscriptionId']);
export const row = (el: SoSubscriptions, id: string) => shadow(el).querySelector<HTMLElement>(`[data-subscription-id="${id}"]`);
export const rowPart = (el: SoSubscriptions, id: string, part: string) => row(el, id)?.querySelector<HTMLElement>(`[part="${part}"]`) ?? null;
export const unsubscribeButton = (el: SoSubscriptions, id: string) => rowPart(el, id, 'unsubscribe-button') as HTMLButtonElement | null;
export const dialog = (el: SoSubscriptions) => shadow(el).querySelector<SoConfirmDialog>('so-confirm-dialog')!;
export const dialogPart = <T extends HTMLElement = HTMLElement>(d: SoConfirmDialog, name: string) => d.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;
export const dialogError = (d: SoConfirmDialog) => d.querySelector<HTMLElement>('[role="alert"]');
export const radio = (d: SoConfirmDialog, value: 'period-end' | 'now') => d.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`);
export const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The seed's renewal date, as the rows write it (`Intl`, long date, English). */
export function renewalDate(): string {
  const renewsAt = createSeed().subscriptions[0]!.renewsAt;
  return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(renewsAt));
}

/** A viewer with only the given permissions. */
export function viewerWith(...permissions: string[]) {
  return { viewer: { ...createSeed().viewer, permissions } };
}

/** A client whose subscription list never arrives: the loading state. */
export function hangingClient(client: AccountClient): AccountClient {
  return { ...client, listSubscriptions: () => new Promise<never>(() => undefined) };
}

export async function loaded(el: SoSubscriptions): Promise<void> {
  await waitUntil(() => base(el)?.getAttribute('aria-busy') === 'false', 'the subscriptions did not load');
  await el.updateComplete;
}

export async function render(client: AccountClient, attributes: { periodEndOnly?: boolean } = {}): Promise<SoSubscriptions> {
  const el = await fixture<SoSubscriptions>(html`<so-subscriptions .client=${client} ?period-end-only=${attributes.periodEndOnly}></so-subscriptions>`);
  await loaded(el);
  return el;
}

/** Clicks a row's Unsubscribe as a user does (focus first) and waits for the dialog to open. */
export async function openDialog(el: SoSubscriptions, id: string): Promise<SoConfirmDialog> {
  const button = unsubscribeButton(el, id)!;
  button.focus();
  button.click();
  const d = dialog(el);
  await waitUntil(() => dialogPart<HTMLDialogElement>(d, 'base').open, 'the dialog did not open');
  await d.updateComplete;
  return d;
}

/** Waits until `d` has closed, including the native dialog's late `close` event. */
export async function closed(d: SoConfirmDialog): Promise<void> {
  await waitUntil(() => !d.open && !dialogPart<HTMLDialogElement>(d, 'base').open, 'the dialog did not close');
  await aTimeout(30);
}

/** Picks a timing in the dialog as a user does. */
export function choose(d: SoConfirmDialog, value: 'period-end' | 'now'): void {
  radio(d, value)!.click();
}
