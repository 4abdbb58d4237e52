import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient, ApiKey } from '../../src/client/types.js';
import { createAccountHandlers } from '../../src/mocks/index.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';
import { captureConsole } from '../helpers/console.js';
import { API, setupMockServer } from '../helpers/msw.js';
import {
  base,
  button,
  clientWith,
  DAY,
  detailsOf,
  dialogClosed,
  dialogOpened,
  confirmButton,
  fieldButton,
  fieldValue,
  hangingClient,
  HOUR,
  keyCard,
  keyCards,
  loaded,
  MINUTE,
  onceShown,
  renderPanel,
  restoreClipboard,
  secretField,
  seedKeys,
  shadow,
  stubClipboard,
  textOf,
  announced,
  nodeOf,
  same,
} from './so-api-key-panel-helpers.js';

const part = (el: SoApiKeyPanel, name: string) => shadow(el).querySelector<HTMLElement>(`[part="${name}"]`);

describe('<so-api-key-panel>', () => {
  afterEach(() => restoreClipboard());

  describe('states', () => {
    it('is busy with a skeleton while the keys load', async () => {
      const el = await fixture<SoApiKeyPanel>(html`<so-api-key-panel .client=${hangingClient()}></so-api-key-panel>`);
      await el.updateComplete;
      expect(base(el).getAttribute('aria-busy')).to.equal('true');
      expect(nodeOf(part(el, 'skeleton'))).to.not.equal(null);
      expect(textOf(part(el, 'skeleton'))).to.equal('Loading…');
      expect(el.matches(':state(loading)')).to.equal(true);
      expect((keyCards(el)).length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows an error with role=alert and a Retry that loads again', async () => {
      const client = clientWith({ failures: { listApiKeys: { code: 'unavailable', once: true } } });
      const errors: string[] = [];
      const el = await fixture<SoApiKeyPanel>(
        html`<so-api-key-panel .client=${client} @so-error=${(event: CustomEvent) => errors.push(event.detail.operation)}></so-api-key-panel>`,
      );
      await loaded(el);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(textOf(alert)).to.include('The service is temporarily unavailable.');
      expect(el.matches(':state(error)')).to.equal(true);
      expect(errors).to.deep.equal(['listApiKeys']);
      await expect(el).to.be.accessible();
      button(el, 'Try again')!.click();
      await waitUntil(() => keyCards(el).length === 3, 'the retry loaded the keys');
      expect(el.matches(':state(error)')).to.equal(false);
    });

    it('says which error happened, by its code', async () => {
      const el = await renderPanel(clientWith({ failures: { listApiKeys: 'forbidden' } }));
      expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.include('You don’t have permission to do this.');
    });

    it('shows the empty state with a Create call to action when creating is allowed', async () => {
      const el = await renderPanel(clientWith({ seed: { apiKeys: [] } }));
      const empty = part(el, 'empty')!;
      expect(textOf(empty)).to.include('There are no API keys yet.');
      expect(nodeOf(button(empty, 'Create key'))).to.not.equal(null);
      expect(same(part(el, 'create-button')!.closest('[part="empty"]'), empty)).to.equal('same');
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state without Create when the viewer may not create', async () => {
      const viewer = { id: 'usr_x', name: 'Viewer', email: 'v@example.com', permissions: [] };
      const el = await renderPanel(clientWith({ seed: { apiKeys: [], viewer } }));
      expect(textOf(part(el, 'empty'))).to.include('There are no API keys yet.');
      expect(nodeOf(button(el, 'Create key'))).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows "No account client configured" without a client', async () => {
      const errors = captureConsole('error');
      try {
        const el = await fixture<SoApiKeyPanel>(html`<so-api-key-panel></so-api-key-panel>`);
        await el.updateComplete;
        expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.include('No account client configured.');
      } finally {
        errors.restore();
      }
      expect(errors.messages.some((message) => message.includes('<so-api-key-panel> has no account client'))).to.equal(true);
    });
  });

  describe('ready', () => {
    it('renders one key as a single card with its masked value, history and actions', async () => {
      const [platform] = seedKeys();
      const el = await renderPanel(clientWith({ seed: { apiKeys: [platform!] } }));
      expect(nodeOf(part(el, 'list')), 'no list for one key').to.equal(null);
      const [card] = keyCards(el);
      expect((keyCards(el)).length).to.equal(1);
      expect(textOf(card!.querySelector('[part="key-name"]'))).to.equal('Platform key');
      expect(card!.getAttribute('aria-labelledby')).to.equal(card!.querySelector('[part="key-name"]')!.id);
      expect(fieldValue(card!)).to.equal('sk-so-•••••••••••••• 3F92sk-so-…3F92, hidden');
      expect(secretField(card!).shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Platform key');
      const details = detailsOf(card!);
      expect(details['Created']).to.equal('March 12, 2026 · Web dashboard');
      expect(details['Last used']).to.equal('2 minutes ago · /v1/chat');
      expect(nodeOf(fieldButton(card!, 'reveal-button'))).to.not.equal(null);
      expect(nodeOf(fieldButton(card!, 'copy-button'))).to.not.equal(null);
      expect(nodeOf(button(el, 'Rotate Platform key'))).to.not.equal(null);
      expect(nodeOf(button(el, 'Revoke Platform key'))).to.not.equal(null);
      expect(nodeOf(button(el, 'Create key'))).to.not.equal(null);
      expect(textOf(part(el, 'guidance'))).to.include('How to rotate a key safely');
      expect(textOf(part(el, 'guidance'))).to.include('under SENTIENTONE_API_KEY or your equivalent');
      await expect(el).to.be.accessible();
    });

    it('renders several keys as a named list; Reveal and Copy only where the key can be revealed', async () => {
      const el = await renderPanel(clientWith());
      const list = part(el, 'list')!;
      expect(list.getAttribute('aria-label')).to.equal('API keys');
      expect((list.querySelectorAll(':scope > li')).length).to.equal(3);
      const ci = keyCard(el, 'CI deploys');
      expect(nodeOf(fieldButton(ci, 'reveal-button')), 'CI deploys is not revealable').to.equal(null);
      expect(nodeOf(fieldButton(ci, 'copy-button'))).to.equal(null);
      expect(nodeOf(fieldButton(keyCard(el, 'Platform key'), 'reveal-button'))).to.not.equal(null);
      expect(detailsOf(ci)).to.deep.include({ Scopes: 'agents:deploy', 'Last used': '5 hours ago · /v1/agents/deploy' });
      const staging = keyCard(el, 'Staging agents');
      expect(detailsOf(staging)['Expires']).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
      expect(nodeOf(staging.querySelector('[part="badge"]'))).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps the last-used time current', async () => {
      const [platform] = seedKeys();
      platform!.lastUsedAt = new Date(Date.now() - 58_000).toISOString();
      const el = await renderPanel(clientWith({ seed: { apiKeys: [platform!] } }));
      const lastUsed = () => detailsOf(keyCard(el, 'Platform key'))['Last used'];
      expect(lastUsed()).to.match(/^5[89] seconds ago · \/v1\/chat$/);
      await waitUntil(() => lastUsed() === '1 minute ago · /v1/chat', 'the relative time moved on', { timeout: 5000 });
    });

    it('says when a key was never used', async () => {
      const [platform] = seedKeys();
      delete platform!.lastUsedAt;
      delete platform!.lastUsedPath;
      const el = await renderPanel(clientWith({ seed: { apiKeys: [platform!] } }));
      expect(detailsOf(keyCard(el, 'Platform key'))['Last used']).to.equal('Never');
    });

    it('badges expiring, expired and revoked keys, with the grace period left, and offers them no rotation', async () => {
      const [platform, ci, staging] = seedKeys();
      const now = Date.now();
      const keys = [
        { ...platform!, id: 'key_new', last4: 'N3w0' },
        { ...ci!, replacedBy: 'key_new', expiresAt: new Date(now + 23 * HOUR + 10 * MINUTE).toISOString() },
        { ...staging!, expiresAt: new Date(now - 2 * DAY).toISOString() },
        { ...seedKeys()[1]!, id: 'key_gone', name: 'Old laptop', revokedAt: new Date(now - DAY).toISOString() },
      ];
      const el = await renderPanel(clientWith({ seed: { apiKeys: keys } }));
      const badge = (name: string) => textOf(keyCard(el, name).querySelector('[part="badge"]'));
      expect(badge('CI deploys')).to.equal('Expiring');
      expect(detailsOf(keyCard(el, 'CI deploys'))['Stops working']).to.equal('in 23 hours');
      expect(badge('Staging agents')).to.equal('Expired');
      expect(detailsOf(keyCard(el, 'Staging agents'))['Expired']).to.match(/\d{4}$/);
      expect(badge('Old laptop')).to.equal('Revoked');
      expect(nodeOf(button(el, 'Rotate CI deploys')), 'an expiring key is already replaced').to.equal(null);
      expect(nodeOf(button(el, 'Revoke CI deploys')), 'its grace period can be ended').to.not.equal(null);
      for (const name of ['Staging agents', 'Old laptop']) {
        expect(nodeOf(button(el, `Rotate ${name}`))).to.equal(null);
        expect(nodeOf(button(el, `Revoke ${name}`))).to.equal(null);
        expect(nodeOf(fieldButton(keyCard(el, name), 'reveal-button'))).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });

    it('quietly refreshes when a grace period ends, so the old key shows expired', async () => {
      const [platform, ci] = seedKeys();
      const keys = [
        { ...platform!, id: 'key_new' },
        { ...ci!, replacedBy: 'key_new', expiresAt: new Date(Date.now() + 300).toISOString() },
      ];
      const client = clientWith({ seed: { apiKeys: keys } });
      const el = await renderPanel(client);
      expect(textOf(keyCard(el, 'CI deploys').querySelector('[part="badge"]'))).to.equal('Expiring');
      await waitUntil(() => textOf(keyCard(el, 'CI deploys').querySelector('[part="badge"]')) === 'Expired', 'the badge follows the expiry', { timeout: 4000 });
      expect(base(el).getAttribute('aria-busy')).to.equal('false');
      expect(client.callsTo('listApiKeys').length).to.equal(2);
    });
  });

  describe('app credentials', () => {
    it('shows the app ID, copies it, and offers Rotate but not Create or Revoke', async () => {
      const [platform] = seedKeys();
      const client = clientWith({ seed: { apiKeys: [{ ...platform!, name: 'App secret' }] } });
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} variant="app-credentials" app-id="app_7Hq2LmZ"></so-api-key-panel>`);
      expect(textOf(shadow(el).querySelector('h2'))).to.equal('App credentials');
      const appId = part(el, 'app-id')!;
      expect(appId.getAttribute('role')).to.equal('group');
      expect(textOf(appId.querySelector('code'))).to.equal('app_7Hq2LmZ');
      expect(nodeOf(fieldButton(keyCard(el, 'App secret'), 'reveal-button'))).to.not.equal(null);
      expect(nodeOf(button(el, 'Rotate App secret'))).to.not.equal(null);
      expect(nodeOf(button(el, 'Revoke App secret'))).to.equal(null);
      expect(nodeOf(button(el, 'Create key'))).to.equal(null);
      await expect(el).to.be.accessible();

      const written = stubClipboard('accept');
      button(el, 'Copy app ID')!.click();
      await waitUntil(() => written.length === 1);
      expect(written).to.deep.equal(['app_7Hq2LmZ']);
      await waitUntil(() => announced(el) === 'App ID copied to clipboard.', 'the copy is announced');
    });

    it('selects the app ID for copying by hand when the clipboard refuses', async () => {
      const client = clientWith();
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} variant="app-credentials" app-id="app_7Hq2LmZ"></so-api-key-panel>`);
      stubClipboard('refuse');
      button(el, 'Copy app ID')!.click();
      await waitUntil(() => textOf(part(el, 'app-id')).includes('Couldn’t copy automatically'), 'the refusal is explained');
      expect(getSelection()!.toString()).to.equal('app_7Hq2LmZ');
    });
  });

  describe('permissions and capabilities', () => {
    it('is read-only without api_keys:write, and says why; Reveal and Copy stay', async () => {
      const viewer = { id: 'usr_x', name: 'Viewer', email: 'v@example.com', permissions: ['billing:manage'] };
      const el = await renderPanel(clientWith({ seed: { viewer } }));
      expect(textOf(part(el, 'notice'))).to.include('you can’t create, rotate or revoke them: that needs permission to manage API keys');
      expect(el.matches(':state(read-only)')).to.equal(true);
      expect((shadow(el).querySelectorAll('[part="rotate-button"], [part="revoke-button"], [part="create-button"]')).length).to.equal(0);
      expect(nodeOf(fieldButton(keyCard(el, 'Platform key'), 'reveal-button'))).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('hides Reveal and Copy, Create and Revoke when the client lacks them', async () => {
      const client = createMemoryAccountClient({ capabilities: { omit: ['revealApiKey', 'createApiKey', 'revokeApiKey'] } });
      const el = await renderPanel(client);
      for (const card of keyCards(el)) {
        expect(nodeOf(fieldButton(card, 'reveal-button'))).to.equal(null);
        expect(nodeOf(fieldButton(card, 'copy-button'))).to.equal(null);
      }
      expect((shadow(el).querySelectorAll('[part="revoke-button"], [part="create-button"]')).length).to.equal(0);
      expect((shadow(el).querySelectorAll('[part="rotate-button"]')).length).to.equal(3);
    });

    it('offers Reveal on a key whose revealability is unknown, and not on one known to be unrevealable', async () => {
      const memory = createMemoryAccountClient();
      const listed = await memory.listApiKeys();
      const unknown: ApiKey[] = listed.map(({ revealable: _revealable, ...key }) => key);
      unknown[1] = { ...unknown[1]!, revealable: false };
      const client: AccountClient = { ...memory, listApiKeys: async () => unknown };
      const el = await renderPanel(client);
      expect(nodeOf(fieldButton(keyCard(el, 'Platform key'), 'reveal-button'))).to.not.equal(null);
      expect(nodeOf(fieldButton(keyCard(el, 'Staging agents'), 'reveal-button'))).to.not.equal(null);
      expect(nodeOf(fieldButton(keyCard(el, 'CI deploys'), 'reveal-button'))).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('passes reveal-timeout to the secret fields', async () => {
      const client = clientWith();
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} reveal-timeout="0"></so-api-key-panel>`);
      expect(secretField(keyCard(el, 'Platform key')).revealTimeout).to.equal(0);
    });

    it('uses the environment variable it is given in the rotation steps', async () => {
      const client = clientWith();
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} environment-variable="ACME_TOKEN"></so-api-key-panel>`);
      expect(textOf(part(el, 'guidance'))).to.include('under ACME_TOKEN or your equivalent');
    });

    it('replaces the heading and description through slots', async () => {
      const client = clientWith();
      const el = await renderPanel(
        client,
        html`<so-api-key-panel .client=${client}><span slot="heading">Platform access</span><span slot="description">Keys for Acme.</span></so-api-key-panel>`,
      );
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Platform access']);
    });
  });

  describe('development warnings', () => {
    let warnings: ReturnType<typeof captureConsole>;
    beforeEach(() => (warnings = captureConsole('warn')));
    afterEach(() => warnings.restore());

    const warned = (text: string) => warnings.messages.some((message) => message.includes(text));

    it('warns about an unknown variant', async () => {
      const client = clientWith();
      await renderPanel(client, html`<so-api-key-panel .client=${client} variant="grid"></so-api-key-panel>`);
      expect(warned('variant="grid" is not one of keys, app-credentials')).to.equal(true);
    });

    it('warns about a bad reveal-timeout and uses 30 seconds', async () => {
      const client = clientWith();
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} reveal-timeout="-5"></so-api-key-panel>`);
      expect(warned('reveal-timeout must be a number of seconds ≥ 0')).to.equal(true);
      expect(secretField(keyCard(el, 'Platform key')).revealTimeout).to.equal(30);
    });

    it('warns about grace periods it cannot offer, and keeps the valid ones', async () => {
      const client = clientWith();
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} rotation-grace-periods="0, 1h, -60, 3600"></so-api-key-panel>`);
      expect(warned('rotation-grace-periods takes whole seconds from 0 to 2592000; ignoring NaN, -60')).to.equal(true);
      button(el, 'Rotate Platform key')!.click();
      const dialog = await dialogOpened(el);
      const choices = [...dialog.querySelectorAll('input[name="grace-period"]')].map((input) => textOf(input.parentElement));
      expect(choices).to.deep.equal(['Immediately', 'After 1 hour']);
    });

    it('warns when app credentials have no app ID', async () => {
      const client = clientWith();
      const el = await renderPanel(client, html`<so-api-key-panel .client=${client} variant="app-credentials"></so-api-key-panel>`);
      expect(warned('has no app-id')).to.equal(true);
      expect(nodeOf(part(el, 'app-id'))).to.equal(null);
    });

    it('stays quiet when used correctly', async () => {
      const client = clientWith();
      await renderPanel(client, html`<so-api-key-panel .client=${client} variant="app-credentials" app-id="app_1" reveal-timeout="10" rotation-grace-periods="0 600"></so-api-key-panel>`);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('over HTTP with the MSW handlers', () => {
    let store: AccountStore;
    const server = setupMockServer(() => {
      store = new AccountStore();
      return createAccountHandlers(store, { baseUrl: API });
    });

    it('renders the ready state, reveals the platform key and rotates a key', async () => {
      const client = createHttpAccountClient({ baseUrl: API });
      const el = await renderPanel(client);
      expect((keyCards(el)).length).to.equal(3);
      await expect(el).to.be.accessible();

      const platform = keyCard(el, 'Platform key');
      fieldButton(platform, 'reveal-button')!.click();
      await waitUntil(() => fieldValue(platform) === store.snapshot().apiKeys[0]!.secret, 'the platform key is revealed');

      button(el, 'Rotate CI deploys')!.click();
      const dialog = await dialogOpened(el);
      confirmButton(dialog).click();
      await dialogClosed(el);
      await onceShown(el);
      expect(store.effects.rotateApiKey).to.equal(1);
      const rotations = server.requestsTo('POST', '/api-keys/key_ci/rotate');
      expect(rotations.length).to.equal(1);
      expect(rotations[0]!.headers.get('Idempotency-Key')).to.be.a('string');
      const ciCards = keyCards(el).filter((card) => textOf(card.querySelector('[part="key-name"]')) === 'CI deploys');
      expect(ciCards.map((card) => textOf(card.querySelector('[part="badge"]')))).to.deep.equal(['', 'Revoked']);
    });
  });
});
