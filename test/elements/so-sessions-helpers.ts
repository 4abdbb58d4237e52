import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountClient } from '../../src/client/types.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-sessions.js';
import type { SoSessions } from '../../src/so-sessions.js';
export { deepFocus, record } from '../helpers/dom.js';

export const shadow = (el: SoSessions) => el.shadowRoot!;
export const base = (el: SoSessions) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const rows = (el: SoSessions) => [...shadow(el).querySelectorAll<HTMLElement>('[part="session"]')];
export const row = (el: SoSessions, id: string) => shadow(el).querySelector<HTMLElement>(`[data-session-id="${id}"]`);
export const revokeButton = (el: SoSessions, id: string) => row(el, id)?.querySelector<HTMLButtonElement>('[part="revoke-button"]') ?? null;
export const othersButton = (el: SoSessions) => shadow(el).querySelector<HTMLButtonElement>('[part="revoke-others-button"]');
export const dialog = (el: SoSessions) => shadow(el).querySelector<SoConfirmDialog>('so-confirm-dialog')!;
export const dialogPart = (d: SoConfirmDialog, name: string) => d.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
export const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function render(client: AccountClient): Promise<SoSessions> {
  const el = await fixture<SoSessions>(html`<so-sessions .client=${client}></so-sessions>`);
  await waitUntil(() => base(el).getAttribute('aria-busy') === 'false', 'the sessions did not load');
  await el.updateComplete;
  return el;
}

export async function openOthersDialog(el: SoSessions): Promise<SoConfirmDialog> {
  othersButton(el)!.focus();
  othersButton(el)!.click();
  const d = dialog(el);
  await waitUntil(() => (dialogPart(d, 'base') as HTMLDialogElement).open, 'the dialog did not open');
  return d;
}
