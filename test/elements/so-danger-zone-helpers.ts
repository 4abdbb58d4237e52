import { aTimeout, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, Member } from '../../src/client/types.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoSecretOnce } from '../../src/internal/parts/so-secret-once/so-secret-once.js';
import '../../src/so-danger-zone.js';
import type { DangerAction, SoDangerZone } from '../../src/so-danger-zone.js';

/** The seed organization's name, the phrase the delete dialog asks for. */
export const ORG_NAME = 'Acme Robotics';

export { recordingClient, type RecordedCall, type RecordingClient } from '../helpers/recording-client.js';
export { withoutLastOwner } from '../../stories/support/without-last-owner.js';

/** The seed with no subscriptions: nothing blocks deleting the organization. */
export function unblockedSeed() {
  return { subscriptions: [] };
}

/** Members where the viewer (Maya) is the only owner. */
export function lastOwnerSeed(): { members: Member[] } {
  const members = createSeed().members.map((member) => (member.id === 'usr_daniel' ? { ...member, roleId: 'admin' } : member));
  return { members };
}

/** A viewer with only the given permissions. */
export function viewerWith(...permissions: string[]) {
  return { viewer: { ...createSeed().viewer, permissions } };
}

/** A client whose reads never settle: the loading state. */
export function hangingClient(): AccountClient {
  return { ...createMemoryAccountClient(), getOrganization: () => new Promise<never>(() => undefined) };
}

export const shadow = (el: SoDangerZone) => el.shadowRoot!;
export const base = (el: SoDangerZone) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const rows = (el: SoDangerZone) => [...shadow(el).querySelectorAll<HTMLElement>('[part="action"]')];
export const rowActions = (el: SoDangerZone) => rows(el).map((row) => row.dataset['action']);
export const row = (el: SoDangerZone, action: DangerAction) => shadow(el).querySelector<HTMLElement>(`[part="action"][data-action="${action}"]`);
export const actionButton = (el: SoDangerZone, action: DangerAction) => row(el, action)!.querySelector<HTMLButtonElement>('[part="action-button"]')!;
export const dialog = (el: SoDangerZone, action: DangerAction) =>
  shadow(el).querySelector<SoConfirmDialog>(`so-confirm-dialog[data-action="${action}"]`)!;
export const dialogPart = <T extends HTMLElement>(d: SoConfirmDialog, name: string) => d.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;
export const confirmButton = (d: SoConfirmDialog) => dialogPart<HTMLButtonElement>(d, 'confirm-button');
export const cancelButton = (d: SoConfirmDialog) => dialogPart<HTMLButtonElement>(d, 'cancel-button');
export const phraseInput = (d: SoConfirmDialog) => d.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]');
export const secretPanel = (el: SoDangerZone) => shadow(el).querySelector<SoSecretOnce>('so-secret-once')!;
export const notice = (el: SoDangerZone) => shadow(el).querySelector<HTMLElement>('[part="notice"]');
export const dialogError = (d: SoConfirmDialog) => d.querySelector<HTMLElement>('[role="alert"]');

/** Visible text with whitespace collapsed. */
export function textOf(node: Node | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The focused element, looking inside shadow roots. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Renders `template` and waits until the element has loaded (aria-busy false). */
export async function render(template: TemplateResult): Promise<SoDangerZone> {
  const el = await fixture<SoDangerZone>(template);
  await loaded(el);
  return el;
}

export async function loaded(el: SoDangerZone): Promise<void> {
  await waitUntil(() => base(el)?.getAttribute('aria-busy') === 'false', 'the danger zone did not finish loading');
  await el.updateComplete;
}

/** Clicks an action's button the way a user does (focus first) and waits for its dialog to open. */
export async function openFromButton(el: SoDangerZone, action: DangerAction): Promise<SoConfirmDialog> {
  const button = actionButton(el, action);
  button.focus();
  button.click();
  const d = dialog(el, action);
  await waitUntil(() => d.open && dialogPart<HTMLDialogElement>(d, 'base').open, `the ${action} dialog did not open`);
  await d.updateComplete;
  return d;
}

/** Waits until `d` has closed, including the native dialog's late `close` event. */
export async function closed(d: SoConfirmDialog): Promise<void> {
  await waitUntil(() => !d.open && !dialogPart<HTMLDialogElement>(d, 'base').open, 'the dialog did not close');
  await aTimeout(30);
}

/** Counts events of `name` fired on (or bubbling through) `target`, keeping their details. */
export function record<T = unknown>(target: EventTarget, name: string): T[] {
  const details: T[] = [];
  target.addEventListener(name, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** Types `text` into the delete dialog's phrase field as the browser does for each keystroke. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await aTimeout(0);
}
