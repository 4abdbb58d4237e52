import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-sessions.js';
import type { SoSessions } from '../../src/so-sessions.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  headingLevel: number;
  client?: AccountClient;
}

/** A memory client over the example account, with a little latency so the loading state shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

/** Waits for the element in the story to load, then returns it. */
async function loadedSessions(canvasElement: HTMLElement): Promise<SoSessions> {
  const el = canvasElement.querySelector('so-sessions')!;
  for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('[part="session"]'); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

/** A `play` that opens "Sign out of all other sessions", and confirms it when asked. */
const openOthers =
  (confirm = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await loadedSessions(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="revoke-others-button"]')!.click();
    const dialog = el.shadowRoot!.querySelector<SoConfirmDialog>('so-confirm-dialog')!;
    await dialog.updateComplete;
    if (confirm) dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  };

/** A `play` that signs out the phone session. */
async function revokePhone({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await loadedSessions(canvasElement);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[data-session-id="ses_phone"] [part="revoke-button"]')!.click();
}

const meta: Meta<Args> = {
  title: 'Elements/Sessions',
  component: 'so-sessions',
  args: { headingLevel: 2 },
  argTypes: { client: { control: false } },
  parameters: { docs: { story: { inline: false, iframeHeight: 520 } } },
  render: (args) => html`<div style="max-inline-size: 44rem">
    <so-sessions
      .client=${args.client}
      heading-level=${args.headingLevel}
      @so-session-revoke-request=${logEvent}
      @so-session-revoked=${logEvent}
      @so-other-sessions-revoke-request=${logEvent}
      @so-other-sessions-revoked=${logEvent}
      @so-error=${logEvent}
      @so-reauth-required=${logEvent}
    ></so-sessions>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The example account: this device, a phone and a browser in Berlin. */
export const ThreeSessions: Story = { name: 'Three sessions', args: { client: clientWith() } };

/** Only this device is signed in: nothing to sign out of. */
export const OnlyThisDevice: Story = {
  name: 'Only this device',
  args: { client: clientWith({ seed: { sessions: [{ id: 'ses_only', device: 'Chrome on macOS', lastActiveAt: new Date().toISOString(), current: true }] } }) },
};

/** The confirmation before signing out every other session. */
export const SignOutOthersDialog: Story = { name: 'Dialog: sign out of all other sessions', args: { client: clientWith() }, play: openOthers() };

/** A failed sign-out keeps the dialog open with the error; confirm again to retry what is left. */
export const SignOutOthersError: Story = {
  name: 'Error: sign out of all other sessions',
  args: { client: clientWith({ failures: { revokeSession: 'unavailable' } }) },
  play: openOthers(true),
};

/** A failed sign-out of one session keeps its row and says why. */
export const SignOutOneError: Story = {
  name: 'Error: sign out of one session',
  args: { client: clientWith({ failures: { revokeSession: { code: 'rate_limited', retryAfterSeconds: 30 } } }) },
  play: revokePhone,
};

/** A sign-out that needs a fresh sign-in fires `so-reauth-required` (logged below); the host calls `retry()`. */
export const StepUp: Story = {
  name: 'Step-up required',
  args: { client: clientWith({ failures: { revokeSession: 'reauth_required' } }) },
  play: revokePhone,
};

export const Empty: Story = { name: 'No sessions', args: { client: clientWith({ seed: { sessions: [] } }) } };

export const Loading: Story = {
  name: 'Loading',
  args: { client: { ...createMemoryAccountClient(), listSessions: () => new Promise<never>(() => undefined) } },
};

export const LoadError: Story = { name: 'Error loading', args: { client: clientWith({ failures: { listSessions: 'network' } }) } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith() },
  decorators: [darkTheme],
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...ThreeSessions, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...ThreeSessions, name: 'Pseudo-locale', decorators: [pseudo] };
