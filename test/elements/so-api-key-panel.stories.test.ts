import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import * as stories from '../../stories/elements/so-api-key-panel.stories.js';
import { captureConsole } from '../helpers/console.js';
import { deepText, openDialog, restoreClipboard } from './so-api-key-panel-helpers.js';

type Story = {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
};
const { default: meta, ...named } = stories as unknown as { default: Story } & Record<string, Story>;

/** What each story must show once it has settled. */
const EXPECTED: Record<string, string> = {
  TeamKeys: 'Staging agents',
  PlatformKey: 'Platform key',
  AppCredentials: 'app_7Hq2LmZ9vKc4',
  ExpiringAndExpired: 'Expired',
  GracePeriod: 'Expiring',
  ReadOnly: 'you can’t create, rotate or revoke them',
  Empty: 'There are no API keys yet.',
  EmptyReadOnly: 'There are no API keys yet.',
  Loading: 'Loading…',
  ErrorUnavailable: 'temporarily unavailable',
  ErrorNetwork: 'Can’t reach the server',
  ErrorTimeout: 'took too long',
  ErrorRateLimited: 'Try again in 20 seconds',
  ErrorUnauthorized: 'Your session has expired',
  ErrorForbidden: 'You don’t have permission',
  ErrorUnknown: 'Something went wrong',
  ErrorReveal: 'Couldn’t reveal the secret',
  ErrorRotate: 'temporarily unavailable',
  ErrorRevoke: 'Too many requests. Try again in 20 seconds.',
  ErrorCreate: 'The server didn’t accept this name. Try another.',
  ReauthRequired: 'confirm your identity again',
  NewSecretOnce: 'This secret will not be shown again',
  RotateDialog: 'To rotate without downtime',
  RotateDialogNoGrace: 'The current key stops working immediately',
  RevokeDialog: 'This cannot be undone',
  CreateDialog: 'agents:deploy',
  CreateDialogInvalid: 'Enter a name for the key.',
  Arabic: 'إنشاء مفتاح',
  Pseudo: '[!! Çŕëáţë ķëý !!]',
};

describe('<so-api-key-panel> stories', () => {
  before(() => setDefaultAccountClient(createMemoryAccountClient({ latencyMs: 20 })));
  after(() => setDefaultAccountClient(undefined));
  afterEach(() => restoreClipboard());

  it('has a check for every story', () => {
    expect(Object.keys(named).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [exportName, story] of Object.entries(named)) {
    it(`renders “${story.name ?? exportName}”`, async () => {
      const errors = captureConsole('error');
      // A message missing from a locale's catalogue warns.
      const warnings = captureConsole('warn');
      try {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const frame = await fixture<HTMLElement>(render(args, {}));
        const canvasElement = frame.parentElement!;
        await story.play?.({ canvasElement, args });
        await waitUntil(() => deepText(canvasElement).includes(EXPECTED[exportName]!), `shows “${EXPECTED[exportName]}”`, { timeout: 4000 });
        if (!openDialog(canvasElement.querySelector('so-api-key-panel')!)) await expect(canvasElement).to.be.accessible();
      } finally {
        warnings.restore();
        errors.restore();
      }
      expect(errors.messages).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
