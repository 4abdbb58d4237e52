import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-org-profile.js';
import type { LogoUploader, SoOrgProfile } from '../../src/so-org-profile.js';
export { deepFocus, record } from '../helpers/dom.js';

export const shadow = (el: SoOrgProfile) => el.shadowRoot!;
export const base = (el: SoOrgProfile) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const input = (el: SoOrgProfile, field: string) => shadow(el).querySelector<HTMLInputElement>(`input#${field}`);
export const picker = (el: SoOrgProfile) => shadow(el).querySelector<HTMLInputElement>('input[type="color"]')!;
export const saveButton = (el: SoOrgProfile) => shadow(el).querySelector<HTMLButtonElement>('[part="save-button"]');
export const failure = (el: SoOrgProfile) => shadow(el).querySelector<HTMLElement>('[part="failure"]');
export const part = (el: SoOrgProfile, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const buttonNamed = (el: SoOrgProfile, name: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button) === name) ?? null;
export const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The error shown beside a field, or '' — found through the field's aria-describedby, as a screen reader would. */
export function fieldError(el: SoOrgProfile, field: string): string {
  const ids = (input(el, field)?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const error = ids.map((id) => shadow(el).getElementById(id)).find((node) => node?.classList.contains('field-error'));
  return textOf(error ?? null);
}

/** The text the status announcer holds (polite live region). */
export const announced = (el: SoOrgProfile) => textOf(shadow(el).querySelector('so-status-announcer')!.shadowRoot);

/** Renders the element on `client` and waits until it has loaded. */
export async function render(client: AccountClient, options: { uploadLogo?: LogoUploader; headingLevel?: number } = {}): Promise<SoOrgProfile> {
  const el = await fixture<SoOrgProfile>(
    html`<so-org-profile .client=${client} .uploadLogo=${options.uploadLogo} heading-level=${options.headingLevel ?? 2}></so-org-profile>`,
  );
  await waitUntil(() => base(el).getAttribute('aria-busy') === 'false', 'the organization did not load');
  await el.updateComplete;
  return el;
}

/** Types into a field the way a user does: the value, an input event, then change (as on leaving it). */
export async function type(el: SoOrgProfile, field: string, value: string, options: { leave?: boolean } = {}): Promise<void> {
  const target = input(el, field)!;
  target.value = value;
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (options.leave ?? true) target.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks Save and waits for the element to settle. */
export async function save(el: SoOrgProfile): Promise<void> {
  saveButton(el)!.click();
  await el.updateComplete;
}

/** Chooses a file in the hidden logo file input, as the browser's picker would. */
export async function chooseLogoFile(el: SoOrgProfile, name = 'logo.png'): Promise<void> {
  const fileInput = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['<svg/>'], name, { type: 'image/png' }));
  fileInput.files = transfer.files;
  fileInput.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
