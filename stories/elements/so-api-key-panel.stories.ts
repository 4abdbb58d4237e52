import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed, type SeedApiKey } from '../../src/client/seed.js';
import type { AccountErrorCode } from '../../src/client/errors.js';
import type { AccountClient } from '../../src/client/types.js';
import type { SoReauthRequiredDetail } from '../../src/internal/events.js';
import '../../src/so-api-key-panel.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  variant: 'keys' | 'app-credentials';
  appId: string;
  revealTimeout: number;
  rotationGracePeriods: string;
  availableScopes: string;
  environmentVariable: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The seed's keys as of now: the platform key (revealable), "CI deploys", "Staging agents". */
const seedKeys = (): SeedApiKey[] => createSeed().apiKeys;

/** A memory client for one story, with the catalogue's usual bit of latency. */
const client = (options: MemoryClientOptions = {}): AccountClient => createMemoryAccountClient({ latencyMs: { min: 150, max: 400 }, ...options });

const readOnlyViewer = { ...createSeed().viewer, name: 'Sofia Alvarez', permissions: [] };

// Stories that open a dialog or the once-only panel drive the panel through its shadow root, as a user would.
async function ready(canvas: HTMLElement): Promise<SoApiKeyPanel> {
  const panel = canvas.querySelector('so-api-key-panel')!;
  for (let tries = 0; tries < 200; tries += 1) {
    if (panel.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await panel.updateComplete;
  return panel;
}

function press(panel: SoApiKeyPanel, name: string): void {
  const button = [...panel.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent!.trim()) === name,
  );
  button?.click();
}

async function confirmOpenDialog(panel: SoApiKeyPanel): Promise<void> {
  for (let tries = 0; tries < 40 && !panel.shadowRoot!.querySelector('so-confirm-dialog[open]'); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const dialog = panel.shadowRoot!.querySelector('so-confirm-dialog[open]')!;
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
}

const meta: Meta<Args> = {
  title: 'Elements/API key panel',
  component: 'so-api-key-panel',
  args: {
    variant: 'keys',
    appId: '',
    revealTimeout: 30,
    rotationGracePeriods: '0 3600 86400 604800',
    availableScopes: '',
    environmentVariable: 'SENTIENTONE_API_KEY',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['keys', 'app-credentials'] },
  },
  // Dialogs are modal and take over the page, so each story gets its own frame in the docs.
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
  render: (args) => html`<so-api-key-panel
    variant=${args.variant}
    app-id=${args.appId || nothing}
    reveal-timeout=${args.revealTimeout}
    rotation-grace-periods=${args.rotationGracePeriods}
    available-scopes=${args.availableScopes || nothing}
    environment-variable=${args.environmentVariable}
  ></so-api-key-panel>`,
};

export default meta;
type Story = StoryObj<Args>;

/** Renders the panel on a story's own client, keeping the controls. */
const withClient =
  (make: () => AccountClient): Story['render'] =>
  (args) => html`<so-api-key-panel
    .client=${make()}
    variant=${args.variant}
    app-id=${args.appId || nothing}
    reveal-timeout=${args.revealTimeout}
    rotation-grace-periods=${args.rotationGracePeriods}
    available-scopes=${args.availableScopes || nothing}
    environment-variable=${args.environmentVariable}
  ></so-api-key-panel>`;

/** Several named team keys on the embedded default client: create, reveal the platform key, rotate, revoke. */
export const TeamKeys: Story = {
  name: 'Several team keys',
  args: { availableScopes: 'jobs:run, jobs:read, agents:deploy, usage:read' },
};

/** One platform key: `sk-so-•••• 3F92`, created on 12 March, last used 2 minutes ago on /v1/chat, with Reveal, Copy and Rotate. */
export const PlatformKey: Story = {
  name: 'Single platform key',
  render: withClient(() => client({ seed: { apiKeys: [seedKeys()[0]!] } })),
};

/** An app ID (copyable, not secret) beside the app secret, hidden by default, with Rotate. */
export const AppCredentials: Story = {
  name: 'App credentials',
  args: { variant: 'app-credentials', appId: 'app_7Hq2LmZ9vKc4' },
  render: withClient(() => client({ seed: { apiKeys: [{ ...seedKeys()[0]!, name: 'App secret', createdVia: 'Developer console' }] } })),
};

/** Keys near and past their end: one expiring in a few days' grace, one expired, one revoked. */
export const ExpiringAndExpired: Story = {
  name: 'Expiring and expired keys',
  render: withClient(() => {
    const [platform, ci, staging] = seedKeys();
    const now = Date.now();
    return client({
      seed: {
        apiKeys: [
          platform!,
          { ...ci!, replacedBy: platform!.id, expiresAt: new Date(now + 3 * DAY).toISOString() },
          { ...staging!, expiresAt: new Date(now - 2 * DAY).toISOString() },
          { ...seedKeys()[1]!, id: 'key_laptop', name: 'Old laptop', last4: 'Lp77', revokedAt: new Date(now - 9 * DAY).toISOString() },
        ],
      },
    });
  }),
};

/** Just after a rotation with a 24-hour grace period: the old key keeps working and counts down. */
export const GracePeriod: Story = {
  name: 'Key in its grace period',
  render: withClient(() => {
    const [platform] = seedKeys();
    return client({
      seed: {
        apiKeys: [
          { ...platform!, id: 'key_platform_2', last4: 'Q8z1', createdAt: new Date().toISOString(), lastUsedAt: undefined, lastUsedPath: undefined },
          { ...platform!, replacedBy: 'key_platform_2', revealable: false, expiresAt: new Date(Date.now() + 23 * HOUR + 20 * 60_000).toISOString() },
        ],
      },
    });
  }),
};

/** A viewer without `api_keys:write`: no Rotate, Create or Revoke, and a note saying why. */
export const ReadOnly: Story = {
  name: 'Read-only',
  render: withClient(() => client({ seed: { viewer: readOnlyViewer } })),
};

/** No keys yet, with a Create call to action. */
export const Empty: Story = {
  render: withClient(() => client({ seed: { apiKeys: [] } })),
};

/** No keys, and the viewer may not create one. */
export const EmptyReadOnly: Story = {
  name: 'Empty, read-only',
  render: withClient(() => client({ seed: { apiKeys: [], viewer: readOnlyViewer } })),
};

/** The keys never arrive: the skeleton, with `aria-busy`. */
export const Loading: Story = {
  render: withClient(() => ({ ...createMemoryAccountClient(), listApiKeys: () => new Promise(() => undefined) })),
};

const errorStory = (code: AccountErrorCode, extra: Partial<{ retryAfterSeconds: number }> = {}): Story => ({
  render: withClient(() => client({ failures: { listApiKeys: { code, once: true, ...extra } } })),
});

/** Loading failed because the service is down; Try again loads (the failure happens once). */
export const ErrorUnavailable: Story = { name: 'Error: unavailable', ...errorStory('unavailable') };
/** Loading failed because the network is unreachable. */
export const ErrorNetwork: Story = { name: 'Error: network', ...errorStory('network') };
/** Loading took too long. */
export const ErrorTimeout: Story = { name: 'Error: timeout', ...errorStory('timeout') };
/** Too many requests, with the wait the server asked for. */
export const ErrorRateLimited: Story = { name: 'Error: rate limited', ...errorStory('rate_limited', { retryAfterSeconds: 20 }) };
/** The session expired (the host also receives `so-auth-expired`). */
export const ErrorUnauthorized: Story = { name: 'Error: session expired', ...errorStory('unauthorized') };
/** The viewer may not list keys at all. */
export const ErrorForbidden: Story = { name: 'Error: forbidden', ...errorStory('forbidden') };
/** Something unexpected. */
export const ErrorUnknown: Story = { name: 'Error: unknown', ...errorStory('unknown') };

/** Reveal fails: the secret field says so and the panel fires `so-error`. */
export const ErrorReveal: Story = {
  name: 'Error: reveal fails',
  render: withClient(() => client({ failures: { revealApiKey: 'unavailable' } })),
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    panel.shadowRoot!.querySelector('so-secret-field')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="reveal-button"]')!.click();
  },
};

/** Rotation fails: the dialog stays open with the reason, and nothing changed. */
export const ErrorRotate: Story = {
  name: 'Error: rotation fails',
  render: withClient(() => client({ failures: { rotateApiKey: 'unavailable' } })),
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    press(panel, 'Rotate Platform key');
    await confirmOpenDialog(panel);
  },
};

/** Revoking fails (too many requests): the dialog stays open with the reason and the wait, and the key stays active. */
export const ErrorRevoke: Story = {
  name: 'Error: revoke fails',
  render: withClient(() => client({ failures: { revokeApiKey: { code: 'rate_limited', retryAfterSeconds: 20 } } })),
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    press(panel, 'Revoke CI deploys');
    await confirmOpenDialog(panel);
  },
};

/** Creating fails because the server rejects the name: the dialog shows its field error inline. */
export const ErrorCreate: Story = {
  name: 'Error: create rejected',
  render: withClient(() => client({ failures: { createApiKey: { code: 'validation', fieldErrors: { name: ['Reserved name.'] } } } })),
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    press(panel, 'Create key');
    for (let tries = 0; tries < 40 && !panel.shadowRoot!.querySelector('#key-name'); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const name = panel.shadowRoot!.querySelector<HTMLInputElement>('#key-name')!;
    name.value = 'admin';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await confirmOpenDialog(panel);
  },
};

/**
 * Step-up: rotating needs the user to confirm who they are. The panel fires `so-reauth-required`;
 * this story's host offers "Confirm it’s you", which calls `retry()` with the same idempotency key.
 */
export const ReauthRequired: Story = {
  name: 'Step-up: re-authentication required',
  render: (args) => {
    let retry: (() => Promise<void>) | undefined;
    // The host's own step-up, opened as a modal on top of the panel's dialog.
    const stepUp = (frame: HTMLElement) => frame.querySelector<HTMLDialogElement>('.story-step-up')!;
    const onReauth = (event: CustomEvent<SoReauthRequiredDetail>) => {
      retry = event.detail.retry;
      stepUp(event.currentTarget as HTMLElement).showModal();
    };
    const onContinue = (event: Event) => {
      (event.currentTarget as HTMLElement).closest('dialog')!.close();
      void retry?.();
    };
    return html`<div @so-reauth-required=${onReauth}>
      <dialog class="story-step-up" aria-label="Confirm it’s you">
        <p>The host asks for a password or passkey here, then calls <code>retry()</code>.</p>
        <button type="button" @click=${onContinue}>Continue</button>
      </dialog>
      <so-api-key-panel
        .client=${client({ failures: { rotateApiKey: { code: 'reauth_required', once: true } } })}
        reveal-timeout=${args.revealTimeout}
        rotation-grace-periods=${args.rotationGracePeriods}
        environment-variable=${args.environmentVariable}
      ></so-api-key-panel>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    press(panel, 'Rotate Platform key');
    await confirmOpenDialog(panel);
  },
};

/** A new key's secret, shown once with "will not be shown again", Copy and "I have saved it". */
export const NewSecretOnce: Story = {
  name: 'Once-only secret panel',
  render: withClient(() => client({ latencyMs: 0 })),
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    press(panel, 'Rotate CI deploys');
    await confirmOpenDialog(panel);
  },
};

/** The rotate dialog: the consequence, the three safe-rotation steps, and when the old key stops. */
export const RotateDialog: Story = {
  name: 'Rotate dialog',
  play: async ({ canvasElement }) => press(await ready(canvasElement), 'Rotate Platform key'),
};

/** The rotate dialog without a grace-period choice (`rotation-grace-periods="0"`). */
export const RotateDialogNoGrace: Story = {
  name: 'Rotate dialog, no grace period',
  args: { rotationGracePeriods: '0' },
  play: async ({ canvasElement }) => press(await ready(canvasElement), 'Rotate Platform key'),
};

/** The revoke dialog, naming the key. */
export const RevokeDialog: Story = {
  name: 'Revoke dialog',
  play: async ({ canvasElement }) => press(await ready(canvasElement), 'Revoke CI deploys'),
};

/** The create dialog with name, expiry and the scopes the host offers. */
export const CreateDialog: Story = {
  name: 'Create dialog',
  args: { availableScopes: 'jobs:run, jobs:read, agents:deploy, usage:read' },
  play: async ({ canvasElement }) => press(await ready(canvasElement), 'Create key'),
};

/** The create dialog after submitting an empty name: the inline error. */
export const CreateDialogInvalid: Story = {
  name: 'Create dialog, invalid name',
  play: async ({ canvasElement }) => {
    const panel = await ready(canvasElement);
    press(panel, 'Create key');
    await confirmOpenDialog(panel);
  },
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...TeamKeys, name: 'Arabic (right to left)', render: (args, context) => arabic(() => meta.render!(args, context)) };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...TeamKeys, name: 'Pseudo-locale', render: (args, context) => pseudo(() => meta.render!(args, context)) };
