import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-notification-settings.js';
import type { NotificationSettingsMode, SoNotificationSettings } from '../../src/so-notification-settings.js';
export { record } from '../helpers/dom.js';

export const shadow = (el: SoNotificationSettings) => el.shadowRoot!;
export const base = (el: SoNotificationSettings) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const switches = (el: SoNotificationSettings) => [...shadow(el).querySelectorAll<HTMLInputElement>('[part="switch"]')];
export const toggle = (el: SoNotificationSettings, category: string, channel: string) =>
  shadow(el).querySelector<HTMLInputElement>(`[part="switch"][data-category="${category}"][data-channel="${channel}"]`)!;
export const saveButton = (el: SoNotificationSettings) => shadow(el).querySelector<HTMLButtonElement>('[part="save-button"]');
export const failure = (el: SoNotificationSettings) => shadow(el).querySelector<HTMLElement>('[part="failure"]');
export const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The grid as `category/channel: on|off` lines, in order. */
export const grid = (el: SoNotificationSettings) =>
  switches(el).map((input) => `${input.dataset['category']}/${input.dataset['channel']}: ${input.checked ? 'on' : 'off'}`);

/** The text the status announcer holds (polite live region). */
export const announced = (el: SoNotificationSettings) => textOf(shadow(el).querySelector('so-status-announcer')!.shadowRoot);

/** Renders the element on `client` and waits until it has loaded. */
export async function render(client: AccountClient, mode: NotificationSettingsMode = 'instant'): Promise<SoNotificationSettings> {
  const el = await fixture<SoNotificationSettings>(html`<so-notification-settings .client=${client} mode=${mode}></so-notification-settings>`);
  await waitUntil(() => base(el).getAttribute('aria-busy') === 'false', 'the preferences did not load');
  await el.updateComplete;
  return el;
}

/** Flips a switch the way a click does. */
export async function flip(el: SoNotificationSettings, category: string, channel: string): Promise<void> {
  toggle(el, category, channel).click();
  await el.updateComplete;
}
