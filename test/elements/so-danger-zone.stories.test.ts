import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoSecretOnce } from '../../src/internal/parts/so-secret-once/so-secret-once.js';
import type { SoDangerZone } from '../../src/so-danger-zone.js';
import * as stories from '../../stories/elements/so-danger-zone.stories.js';
import { captureConsole } from '../helpers/console.js';

type Decorator = (story: () => TemplateResult, context: unknown) => TemplateResult;
type Story = {
  name?: string;
  args?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
};
const { default: meta, ...named } = stories as unknown as { default: Story } & Record<string, Story>;

/** What each story must show once it has settled (its play included). */
const EXPECTED: Record<string, string> = {
  AllActions: 'Sign out of all sessions',
  Subset: 'Regenerate API secrets',
  BlockedDelete: 'Cancel each of them first, then delete',
  UnblockedDelete: 'Permanently deletes Acme Robotics',
  LastOwner: 'You are the only owner of Acme Robotics.',
  ShowUnavailable: 'You don’t have permission to do this.',
  RevokeSessionsDialog: 'Every device and browser signed in to your account is signed out at once.',
  RegenerateSecretsDialog: 'The new secrets are shown once.',
  LeaveOrganizationDialog: 'You lose access to Acme Robotics right away',
  DeleteOrganizationDialog: 'Deleting the organization permanently removes:',
  SecretsPanel: 'will not be shown again',
  RevokeSessionsError: 'The service is temporarily unavailable. Try again in a moment.',
  RegenerateSecretsError: 'Too many requests. Try again in 30 seconds.',
  LeaveOrganizationError: 'Make another member an owner before you leave.',
  DeleteOrganizationError: 'For your security, confirm your identity again to continue.',
  Loading: 'Loading…',
  LoadError: 'The service is temporarily unavailable.',
  Empty: 'These actions need permissions you don’t have.',
  DarkTheme: '2 active subscriptions must be canceled first.',
  DarkThemeDialog: 'Cancel each of them first, then delete',
  AnotherLocale: 'Von allen Sitzungen abmelden',
  AnotherLocaleDialog: 'Beim Löschen der Organisation wird endgültig entfernt:',
  Arabic: 'تسجيل الخروج من جميع الجلسات',
  Pseudo: '[!! Šíĝñ öüţ öƒ áļļ šëššíöñš·· !!]',
};

/** The dialog each story opens in its play: it must be open, since closed dialogs keep their bodies in the DOM. */
const OPEN_DIALOG: Record<string, string> = {
  BlockedDelete: 'delete-organization',
  RevokeSessionsDialog: 'revoke-sessions',
  RegenerateSecretsDialog: 'regenerate-secrets',
  LeaveOrganizationDialog: 'leave-organization',
  DeleteOrganizationDialog: 'delete-organization',
  RevokeSessionsError: 'revoke-sessions',
  RegenerateSecretsError: 'regenerate-secrets',
  LeaveOrganizationError: 'leave-organization',
  DeleteOrganizationError: 'delete-organization',
  DarkThemeDialog: 'delete-organization',
  AnotherLocaleDialog: 'delete-organization',
};

/** The text of `node` and of every shadow root below it. */
function deepText(node: Node): string {
  let text = '';
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += current.textContent ?? '';
    if (current instanceof Element && current.shadowRoot) visit(current.shadowRoot);
    for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return text.replace(/\s+/g, ' ');
}

/** The story's template with its decorators applied, innermost first, as Storybook does. */
function template(story: Story, args: Record<string, unknown>): TemplateResult {
  const render = story.render ?? meta.render!;
  let result = () => render(args, {});
  for (const decorator of story.decorators ?? []) {
    const inner = result;
    result = () => decorator(inner, {});
  }
  return result();
}

describe('<so-danger-zone> stories', () => {
  before(() => setDefaultAccountClient(createMemoryAccountClient({ latencyMs: 20 })));
  after(() => setDefaultAccountClient(undefined));

  it('has a check for every story', () => {
    expect(Object.keys(named).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [exportName, story] of Object.entries(named)) {
    it(`renders “${story.name ?? exportName}” and is accessible`, async () => {
      const errors = captureConsole('error');
      // A message missing from a locale's catalogue warns.
      const warnings = captureConsole('warn');
      try {
        const args = { ...meta.args, ...story.args };
        const frame = await fixture<HTMLElement>(template(story, args));
        const canvasElement = frame.parentElement!;
        await story.play?.({ canvasElement, args });
        await waitUntil(() => deepText(canvasElement).includes(EXPECTED[exportName]!), `shows “${EXPECTED[exportName]}”`, { timeout: 4000 });
        const zone = canvasElement.querySelector<SoDangerZone>('so-danger-zone')!;
        // The dialogs and the secrets panel are imported on demand, from when the element connects.
        await Promise.all(['so-confirm-dialog', 'so-secret-once'].map((tag) => customElements.whenDefined(tag)));
        const open = [...zone.shadowRoot!.querySelectorAll<SoConfirmDialog>('so-confirm-dialog')].filter((d) => d.open);
        expect(open.map((d) => d.dataset['action'])).to.deep.equal(OPEN_DIALOG[exportName] ? [OPEN_DIALOG[exportName]] : []);
        expect(zone.shadowRoot!.querySelector<SoSecretOnce>('so-secret-once')!.open).to.equal(exportName === 'SecretsPanel');
        await expect(canvasElement).to.be.accessible();
      } finally {
        warnings.restore();
        errors.restore();
      }
      expect(errors.messages).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
