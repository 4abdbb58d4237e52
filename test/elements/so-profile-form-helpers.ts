import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountClient, ProfilePatch } from '../../src/client/types.js';
import '../../src/so-profile-form.js';
import type { AvatarUploader, SoProfileForm } from '../../src/so-profile-form.js';
import type { RecordingClient } from '../helpers/recording-client.js';

/** The patches `updateProfile` received, in order. */
export const patches = (recording: RecordingClient) => recording.callsTo('updateProfile').map((call) => call.args[0] as ProfilePatch);
export { deepFocus, record } from '../helpers/dom.js';

export const shadow = (el: SoProfileForm) => el.shadowRoot!;
export const base = (el: SoProfileForm) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const input = (el: SoProfileForm, id: string) => shadow(el).querySelector<HTMLInputElement>(`#${id}`)!;
export const language = (el: SoProfileForm) => shadow(el).querySelector<HTMLSelectElement>('#locale')!;
export const saveButton = (el: SoProfileForm) => shadow(el).querySelector<HTMLButtonElement>('[part="save-button"]')!;
export const discardButton = (el: SoProfileForm) => shadow(el).querySelector<HTMLButtonElement>('[part="discard-button"]')!;
export const failure = (el: SoProfileForm) => shadow(el).querySelector<HTMLElement>('[part="failure"]');
export const avatar = (el: SoProfileForm) => shadow(el).querySelector<HTMLElement>('[part="avatar"]')!;
export const listbox = (el: SoProfileForm) => shadow(el).querySelector<HTMLElement>('[role="listbox"]')!;
export const options = (el: SoProfileForm) => [...shadow(el).querySelectorAll<HTMLElement>('[role="option"]')].map((option) => textOf(option));
export const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether Save (or Discard) is inert: it stays focusable but says `aria-disabled="true"`. */
export const inert = (button: HTMLButtonElement) => button.getAttribute('aria-disabled') === 'true';

/** The texts an input's `aria-describedby` points at, in order. */
export function descriptionOf(el: SoProfileForm, field: HTMLElement): string[] {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(shadow(el).getElementById(id)));
}

/** The text the status announcer holds (polite live region). */
export const announced = (el: SoProfileForm) => textOf(shadow(el).querySelector('so-status-announcer')!.shadowRoot);

/** Renders the element on `client` and waits until it has loaded. */
export async function render(client: AccountClient, uploadAvatar?: AvatarUploader): Promise<SoProfileForm> {
  const el = await fixture<SoProfileForm>(html`<so-profile-form .client=${client} .uploadAvatar=${uploadAvatar}></so-profile-form>`);
  await waitUntil(() => base(el).getAttribute('aria-busy') === 'false', 'the profile did not load');
  await el.updateComplete;
  return el;
}

/** Types into an input as one input event (as a paste does), then leaves it when `leave` is set. */
export async function typeInto(el: SoProfileForm, field: HTMLInputElement, value: string, leave = false): Promise<void> {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  if (leave) {
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
  }
}

/** Chooses a language in the menu as a user does. */
export async function chooseLanguage(el: SoProfileForm, code: string): Promise<void> {
  language(el).value = code;
  language(el).dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Picks `file` in the avatar's file input. */
export async function pickFile(el: SoProfileForm, file = new File(['png'], 'me.png', { type: 'image/png' })): Promise<void> {
  const picker = input(el, 'avatar-file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The offset `Intl` gives `timeZone` now, as the list writes it (`GMT+01:00`); DST-proof expectations. */
export function offsetOf(timeZone: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? 'GMT+00:00' : name;
}
