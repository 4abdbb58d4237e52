import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-passkeys.js';
import type { SoPasskeys } from '../../src/so-passkeys.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  client?: AccountClient;
}

function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

/**
 * A `beforeEach` that answers the browser's passkey prompt for the story — with a credential, or
 * with the error a user's cancel produces — so Add works in the catalogue without an authenticator.
 */
const simulatedAuthenticator =
  (outcome: 'create' | 'cancel' = 'create') =>
  () => {
    const original = navigator.credentials.create;
    navigator.credentials.create = async () => {
      if (outcome === 'cancel') throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
      const bytes = (...values: number[]) => new Uint8Array(values).buffer;
      return {
        id: `cred_${Date.now()}`,
        rawId: bytes(1, 2, 3),
        type: 'public-key',
        getClientExtensionResults: () => ({}),
        response: { clientDataJSON: bytes(4), attestationObject: bytes(5), getTransports: () => ['internal'] },
      } as unknown as Credential;
    };
    return () => {
      navigator.credentials.create = original;
    };
  };

/** A `beforeEach` that makes the browser look as if it had no WebAuthn, until the story ends. */
function noWebAuthn(): () => void {
  const original = window.PublicKeyCredential;
  // @ts-expect-error -- a browser without WebAuthn
  delete window.PublicKeyCredential;
  return () => {
    window.PublicKeyCredential = original;
  };
}

/** A `play` that names a new passkey and presses Add. */
async function addPasskey({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector<SoPasskeys>('so-passkeys')!;
  for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('#new-name'); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#new-name')!;
  input.value = 'Work laptop';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-form"] button[type="submit"]')!.click();
}

const meta: Meta<Args> = {
  title: 'Elements/Passkeys',
  component: 'so-passkeys',
  argTypes: { client: { control: false } },
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
  render: (args) => html`<div style="max-inline-size: 40rem">
    <so-passkeys
      .client=${args.client}
      @so-passkey-added=${logEvent}
      @so-passkey-renamed=${logEvent}
      @so-passkey-delete-request=${logEvent}
      @so-passkey-deleted=${logEvent}
      @so-error=${logEvent}
    ></so-passkeys>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The example account's two passkeys. */
export const TwoPasskeys: Story = { name: 'Two passkeys', args: { client: clientWith() } };

/** Add with a simulated authenticator: begin, the browser prompt, finish; the new passkey is listed. */
export const AddPasskey: Story = {
  name: 'Adding a passkey (simulated authenticator)',
  args: { client: clientWith() },
  beforeEach: simulatedAuthenticator('create'),
  play: addPasskey,
};

/** The user dismissed the browser's prompt: nothing is added, and the element says so. */
export const Cancelled: Story = {
  name: 'Prompt cancelled',
  args: { client: clientWith() },
  beforeEach: simulatedAuthenticator('cancel'),
  play: addPasskey,
};

/** A browser without WebAuthn: the list stays, Add is replaced by an explanation. */
export const Unsupported: Story = { name: 'Browser without WebAuthn', args: { client: clientWith() }, beforeEach: noWebAuthn };

export const Empty: Story = { name: 'No passkeys yet', args: { client: clientWith({ seed: { passkeys: [] } }) } };

export const Loading: Story = {
  name: 'Loading',
  args: { client: { ...createMemoryAccountClient(), listPasskeys: () => new Promise<never>(() => undefined) } },
};

export const LoadError: Story = { name: 'Error loading', args: { client: clientWith({ failures: { listPasskeys: 'unavailable' } }) } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith() },
  decorators: [darkTheme],
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...TwoPasskeys, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...TwoPasskeys, name: 'Pseudo-locale', decorators: [pseudo] };
