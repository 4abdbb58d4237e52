import { fixture, html, waitUntil } from '@open-wc/testing';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-passkeys.js';
import type { SoPasskeys } from '../../src/so-passkeys.js';
export { deepFocus, record } from '../helpers/dom.js';

export const shadow = (el: SoPasskeys) => el.shadowRoot!;
export const base = (el: SoPasskeys) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const names = (el: SoPasskeys) => [...shadow(el).querySelectorAll('[part="passkey"] .name')].map((node) => node.textContent!.trim());
export const row = (el: SoPasskeys, id: string) => shadow(el).querySelector<HTMLElement>(`[data-passkey-id="${id}"]`);
export const nameInput = (el: SoPasskeys) => shadow(el).querySelector<HTMLInputElement>('#new-name')!;
export const addButton = (el: SoPasskeys) => shadow(el).querySelector<HTMLButtonElement>('[part="add-form"] button[type="submit"]')!;
export const failure = (el: SoPasskeys) => shadow(el).querySelector<HTMLElement>('[part="failure"]');
export const textOf = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into an input as one input event, as a paste or fast typing does. */
export async function typeInto(el: SoPasskeys, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function render(client: AccountClient): Promise<SoPasskeys> {
  const el = await fixture<SoPasskeys>(html`<so-passkeys .client=${client}></so-passkeys>`);
  await waitUntil(() => base(el).getAttribute('aria-busy') === 'false', 'the passkeys did not load');
  await el.updateComplete;
  return el;
}

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

/**
 * Replaces `navigator.credentials.create` for one test: it resolves with a credential shaped as
 * the browser returns it, or rejects with `error`. Returns the options it was called with and a restore.
 */
export function stubCredentials(outcome: { error?: DOMException } = {}) {
  const original = navigator.credentials.create;
  const calls: CredentialCreationOptions[] = [];
  navigator.credentials.create = async (options?: CredentialCreationOptions) => {
    calls.push(options!);
    if (outcome.error) throw outcome.error;
    return {
      id: 'cred_new',
      rawId: bytes(1, 2, 3),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      getClientExtensionResults: () => ({}),
      response: { clientDataJSON: bytes(4, 5), attestationObject: bytes(6, 7), getTransports: () => ['internal'] },
    } as unknown as Credential;
  };
  return { calls, restore: () => (navigator.credentials.create = original) };
}
