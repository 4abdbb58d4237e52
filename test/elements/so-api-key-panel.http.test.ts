import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient, type HttpClientOptions } from '../../src/client/index.js';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createAccountHandlers } from '../../src/mocks/index.js';
import { API, setupMockServer } from '../helpers/msw.js';
import {
  announced,
  button,
  cancelButton,
  confirmButton,
  deepActiveElement,
  detailsOf,
  dialogClosed,
  dialogOpened,
  fieldAnnounced,
  fieldButton,
  fieldValue,
  keyCard,
  keyCards,
  onceDismiss,
  onceOpen,
  onceShown,
  onceValue,
  radios,
  recordEvents,
  renderPanel,
  restoreClipboard,
  nodeOf,
  same,
  secretOnce,
  shadow,
  stubClipboard,
  textOf,
} from './so-api-key-panel-helpers.js';

const badge = (card: HTMLElement) => textOf(card.querySelector('[part="badge"]'));

/** One request body the HTTP client sent, parsed, with its method and path below the API base. */
interface SentBody {
  route: string;
  body: unknown;
}

describe('<so-api-key-panel> on the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  let bodies: SentBody[];
  const server = setupMockServer(() => {
    store = new AccountStore();
    bodies = [];
    return createAccountHandlers(store, { baseUrl: API });
  });
  afterEach(() => restoreClipboard());

  /** The HTTP client on the MSW handlers, keeping the JSON bodies it sends. */
  const httpClient = (options: Partial<HttpClientOptions> = {}) =>
    createHttpAccountClient({
      baseUrl: API,
      fetch: (input, init) => {
        const request = new Request(input, init);
        const path = new URL(request.url).pathname.slice(API.length);
        if (typeof init?.body === 'string') bodies.push({ route: `${request.method} ${path}`, body: JSON.parse(init.body) });
        return fetch(input, init);
      },
      ...options,
    });

  /** Serves the store through a memory client instead, for this test, so failures can be injected. */
  const serveWith = (options: Omit<MemoryClientOptions, 'store' | 'seed' | 'now'>) =>
    server.worker.use(...createAccountHandlers(createMemoryAccountClient({ store, ...options }), { baseUrl: API }));

  it('copies the platform key through POST /api-keys/{id}/reveal without showing it', async () => {
    const el = await renderPanel(httpClient());
    const copied = recordEvents(el, 'so-api-key-copied');
    const written = stubClipboard('accept');
    const platform = keyCard(el, 'Platform key');
    fieldButton(platform, 'copy-button')!.click();
    await waitUntil(() => written.length === 1, 'written to the clipboard');
    expect(written).to.deep.equal([store.snapshot().apiKeys[0]!.secret]);
    expect(fieldValue(platform)).to.include('•');
    expect(server.requestsTo('POST', '/api-keys/key_platform/reveal')).to.have.length(1);
    await waitUntil(() => fieldAnnounced(platform) === 'Copied to clipboard.', 'the copy is announced');
    expect(copied.map((entry) => entry.detail)).to.deep.equal([{ id: 'key_platform', name: 'Platform key' }]);
  });

  it('rotates with a grace period: the body carries it and the old key shows the server’s remaining time', async () => {
    const el = await renderPanel(httpClient());
    button(el, 'Rotate Platform key')!.click();
    const dialog = await dialogOpened(el);
    radios(dialog, 'grace-period')[2]!.input.click();
    await el.updateComplete;
    confirmButton(dialog).click();
    await dialogClosed(el);
    await onceShown(el);
    expect(bodies.filter((sent) => sent.route === 'POST /api-keys/key_platform/rotate').map((sent) => sent.body)).to.deep.equal([
      { gracePeriodSeconds: 86_400 },
    ]);
    const stored = store.snapshot().apiKeys;
    const replacement = stored[0]!;
    expect(onceValue(el)).to.equal(replacement.secret);
    expect(textOf(secretOnce(el).shadowRoot!.querySelector('[part="dismiss-button"]'))).to.equal('I have saved it');
    const platformCards = keyCards(el).filter((card) => textOf(card.querySelector('[part="key-name"]')) === 'Platform key');
    expect(platformCards.map(badge)).to.deep.equal(['', 'Expiring']);
    expect(detailsOf(platformCards[1]!)['Stops working']).to.match(/^in (24|23) hours$/);
    expect(stored.find((key) => key.id === 'key_platform')!.replacedBy).to.equal(replacement.id);
    await expect(el).to.be.accessible();

    // Dismissed from the keyboard, and the secret is gone from the panel.
    onceDismiss(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !onceOpen(el), 'the once-only panel closed');
    expect(shadow(el).textContent).to.not.include(replacement.secret!);
  });

  it('creates through POST /api-keys once for a double click, with a trimmed name and an idempotency key', async () => {
    const el = await renderPanel(httpClient());
    const created = recordEvents(el, 'so-api-key-created');
    button(el, 'Create key')!.click();
    const dialog = await dialogOpened(el);
    await waitUntil(() => same(deepActiveElement(), dialog.querySelector('#key-name')) === 'same', 'focus in the name field');
    await sendKeys({ type: '  Build server  ' });
    confirmButton(dialog).click();
    confirmButton(dialog).click();
    await dialogClosed(el);
    await onceShown(el);

    const posts = server.requestsTo('POST', '/api-keys');
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.be.empty;
    expect(bodies.filter((sent) => sent.route === 'POST /api-keys').map((sent) => sent.body)).to.deep.equal([{ name: 'Build server' }]);
    expect(store.effects.createApiKey).to.equal(1);
    const stored = store.snapshot().apiKeys.at(-1)!;
    expect(stored.name).to.equal('Build server');
    expect(created.map((entry) => entry.detail)).to.deep.equal([{ id: stored.id, name: 'Build server' }]);
    expect(textOf(keyCards(el).at(-1)!.querySelector('[part="key-name"]'))).to.equal('Build server');
  });

  it('shows the server’s 422 field errors inline in the create dialog', async () => {
    serveWith({ failures: { createApiKey: { code: 'validation', fieldErrors: { name: ['Reserved.'] } } } });
    const el = await renderPanel(httpClient());
    button(el, 'Create key')!.click();
    const dialog = await dialogOpened(el);
    await waitUntil(() => same(deepActiveElement(), dialog.querySelector('#key-name')) === 'same', 'focus in the name field');
    await sendKeys({ type: 'admin' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the failure is shown');
    expect([...dialog.querySelectorAll('.field-error')].map((p) => textOf(p))).to.deep.equal(['The server didn’t accept this name. Try another.']);
    expect(dialog.querySelector('#key-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(store.effects.createApiKey).to.equal(undefined);
    expect(onceOpen(el)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('revokes through POST /api-keys/{id}/revoke and shows the key revoked', async () => {
    const el = await renderPanel(httpClient());
    const revoked = recordEvents(el, 'so-api-key-revoked');
    button(el, 'Revoke CI deploys')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOpened(el);
    await sendKeys({ press: 'Tab' });
    expect(same(deepActiveElement(), confirmButton(dialog))).to.equal('same');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => badge(keyCard(el, 'CI deploys')) === 'Revoked', 'the key shows revoked');
    const posts = server.requestsTo('POST', '/api-keys/key_ci/revoke');
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.be.empty;
    expect(store.snapshot().apiKeys.find((key) => key.id === 'key_ci')!.revokedAt).to.be.a('string');
    expect(revoked.map((entry) => entry.detail)).to.deep.equal([{ id: 'key_ci', name: 'CI deploys' }]);
    await waitUntil(() => announced(el) === 'CI deploys was revoked.', 'the revocation is announced');
  });

  it('turns a 403 reauth_required into so-reauth-required; retry() resends with the same Idempotency-Key', async () => {
    serveWith({ failures: { rotateApiKey: { code: 'reauth_required', once: true } } });
    const el = await renderPanel(httpClient());
    const reauth = recordEvents(el, 'so-reauth-required');
    button(el, 'Rotate CI deploys')!.click();
    confirmButton(await dialogOpened(el)).click();
    await waitUntil(() => reauth.length === 1, 'so-reauth-required fired');
    const event = reauth[0]!.event as CustomEvent<{ operation: string; retry: () => Promise<void> }>;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.operation).to.equal('rotateApiKey');
    expect(store.effects.rotateApiKey).to.equal(undefined);
    expect(onceOpen(el)).to.equal(false);

    await event.detail.retry();
    await dialogClosed(el);
    await onceShown(el);
    const keys = server.requestsTo('POST', '/api-keys/key_ci/rotate').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.not.be.empty;
    expect(keys[1], 'the retry reuses the idempotency key').to.equal(keys[0]);
    expect(store.effects.rotateApiKey).to.equal(1);
  });

  it('shows a 503 on GET /api-keys as the error state, and Try again loads', async () => {
    serveWith({ failures: { listApiKeys: { code: 'unavailable', once: true } } });
    const el = await renderPanel(httpClient({ retry: { attempts: 1 } }));
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.include('The service is temporarily unavailable.');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();
    button(el, 'Try again')!.click();
    await waitUntil(() => keyCards(el).length === 3, 'the retry loaded the keys');
    expect(server.requestsTo('GET', '/api-keys')).to.have.length(2);
  });

  it('is read-only for a viewer the server gives no api_keys:write', async () => {
    store.reset({ viewer: { ...store.snapshot().viewer, permissions: ['billing:manage'] } });
    const el = await renderPanel(httpClient());
    expect(textOf(shadow(el).querySelector('[part="notice"]'))).to.include('you can’t create, rotate or revoke them');
    expect(shadow(el).querySelectorAll('[part="rotate-button"], [part="revoke-button"], [part="create-button"]').length).to.equal(0);
    expect(server.requestsTo('GET', '/viewer')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('hides Reveal, Create and Revoke when the HTTP client omits them', async () => {
    const el = await renderPanel(httpClient({ capabilities: { omit: ['revealApiKey', 'createApiKey', 'revokeApiKey'] } }));
    expect(keyCards(el).length).to.equal(3);
    for (const card of keyCards(el)) expect(nodeOf(fieldButton(card, 'reveal-button'))).to.equal(null);
    expect(shadow(el).querySelectorAll('[part="revoke-button"], [part="create-button"]').length).to.equal(0);
    expect(shadow(el).querySelectorAll('[part="rotate-button"]').length).to.equal(3);
    // Cancel on a rotate dialog sends nothing.
    button(el, 'Rotate Platform key')!.click();
    cancelButton(await dialogOpened(el)).click();
    await dialogClosed(el);
    expect(server.requests.filter((request) => request.method === 'POST')).to.have.length(0);
  });
});
