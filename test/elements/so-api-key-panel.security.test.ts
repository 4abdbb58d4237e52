import { expect, html, waitUntil } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { AccountClient } from '../../src/client/types.js';
import { createAccountHandlers } from '../../src/mocks/index.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';
import { API, setupMockServer } from '../helpers/msw.js';
import {
  allAttributeValues,
  button,
  clientWith,
  confirmButton,
  deepText,
  dialogClosed,
  dialogHeading,
  dialogOpened,
  fieldButton,
  fieldValue,
  keyCard,
  onceDismiss,
  onceOpen,
  onceShown,
  renderPanel,
  restoreClipboard,
  seedKeys,
  settle,
  shadow,
  shadowRoots,
  stubClipboard,
  textOf,
} from './so-api-key-panel-helpers.js';

// Every event name the panel or its parts may dispatch.
const EVENT_NAMES = [
  'so-api-key-rotate-request',
  'so-api-key-rotated',
  'so-api-key-created',
  'so-api-key-revoke-request',
  'so-api-key-revoked',
  'so-api-key-copied',
  'so-error',
  'so-auth-expired',
  'so-reauth-required',
  'so-secret-revealed',
  'so-secret-hidden',
  'so-secret-copied',
  'so-new-secret-copied',
  'so-new-secrets-dismissed',
  'so-confirm',
  'so-cancel',
];
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/** Records every event detail (seen in the capture phase, before anyone can stop it) and every console line. */
function watchOutputs() {
  const details: string[] = [];
  const lines: string[] = [];
  const record = (event: Event) => details.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
  for (const name of EVENT_NAMES) window.addEventListener(name, record, true);
  const originals = CONSOLE_METHODS.map((method) => [method, console[method]] as const);
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => {
      lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg))).join(' '));
    };
  }
  return {
    details,
    lines,
    restore() {
      for (const name of EVENT_NAMES) window.removeEventListener(name, record, true);
      for (const [method, original] of originals) console[method] = original;
    },
  };
}

function webStorage(): string {
  const dump = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
  return [...dump(localStorage), ...dump(sessionStorage)].join('\n');
}

/** Every place a secret must never be, as [place, text] pairs that contain it. */
function leaksOf(secret: string, outputs: ReturnType<typeof watchOutputs>): string[] {
  const places: string[] = [];
  if (allAttributeValues().some((value) => value.includes(secret))) places.push('an attribute');
  if (outputs.details.some((detail) => detail.includes(secret))) places.push('an event detail');
  if (outputs.lines.some((line) => line.includes(secret))) places.push('the console');
  if (webStorage().includes(secret)) places.push('web storage');
  if (location.href.includes(secret)) places.push('the page URL');
  return places;
}

/** Whether `secret` is in the text of any shadow root (or light DOM) under `el`. */
const inText = (el: Element, secret: string) => deepText(el).includes(secret);

describe('<so-api-key-panel> security', () => {
  afterEach(() => restoreClipboard());

  it('never puts a secret in an attribute, an event detail, the console or web storage', async () => {
    const outputs = watchOutputs();
    try {
      const client = clientWith();
      const el = await renderPanel(client);
      stubClipboard('accept');

      // Reveal and copy the platform key.
      const platform = keyCard(el, 'Platform key');
      fieldButton(platform, 'reveal-button')!.click();
      await waitUntil(() => fieldValue(platform) === client.secrets[0], 'revealed');
      fieldButton(platform, 'copy-button')!.click();
      await settle();
      expect(leaksOf(client.secrets[0]!, outputs), 'while revealed').to.deep.equal([]);

      // Rotate, with the new secret in the once-only panel, copied from there.
      button(el, 'Rotate CI deploys')!.click();
      confirmButton(await dialogOpened(el)).click();
      await onceShown(el);
      const onceField = shadow(el).querySelector('so-secret-once')!.shadowRoot!.querySelector('so-secret-field')!;
      onceField.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await settle();
      expect(leaksOf(client.secrets.at(-1)!, outputs), 'while the rotated secret is shown').to.deep.equal([]);
      onceDismiss(el)!.click();

      // Create, with the new secret shown once.
      button(el, 'Create key')!.click();
      const dialog = await dialogOpened(el);
      const name = dialog.querySelector<HTMLInputElement>('#key-name')!;
      name.value = 'Leak check';
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      confirmButton(dialog).click();
      await onceShown(el);
      expect(leaksOf(client.secrets.at(-1)!, outputs), 'while the created secret is shown').to.deep.equal([]);

      expect(client.secrets.length).to.equal(4); // platform, revealed platform, rotated, created
      for (const secret of client.secrets) expect(leaksOf(secret, outputs), secret.slice(0, 8)).to.deep.equal([]);
      expect(outputs.details.length, 'events were watched').to.be.greaterThan(5);
    } finally {
      outputs.restore();
    }
  });

  it('forgets a revealed secret after Hide', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const platform = keyCard(el, 'Platform key');
    fieldButton(platform, 'reveal-button')!.click();
    await waitUntil(() => inText(el, client.secrets[0]!), 'revealed');
    fieldButton(platform, 'reveal-button')!.click();
    await waitUntil(() => !inText(el, client.secrets[0]!), 'gone from every shadow root after Hide');
  });

  it('forgets a revealed secret after the reveal timeout', async () => {
    const client = clientWith();
    const el = await renderPanel(client, html`<so-api-key-panel .client=${client} reveal-timeout="1"></so-api-key-panel>`);
    fieldButton(keyCard(el, 'Platform key'), 'reveal-button')!.click();
    await waitUntil(() => inText(el, client.secrets[0]!), 'revealed');
    await waitUntil(() => !inText(el, client.secrets[0]!), 'gone after the timeout', { timeout: 4000 });
  });

  it('forgets a new secret once the once-only panel is dismissed', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    button(el, 'Rotate CI deploys')!.click();
    confirmButton(await dialogOpened(el)).click();
    await onceShown(el);
    const secret = client.secrets.at(-1)!;
    expect(inText(el, secret)).to.equal(true);
    onceDismiss(el)!.click();
    await waitUntil(() => !onceOpen(el));
    await settle();
    expect(inText(el, secret), 'gone from every shadow root').to.equal(false);
    // And it cannot come back: the new key is not revealable in the panel without the client.
    expect(deepText(document.body).includes(secret)).to.equal(false);
  });

  it('forgets every secret when the panel leaves the page', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    fieldButton(keyCard(el, 'Platform key'), 'reveal-button')!.click();
    await waitUntil(() => inText(el, client.secrets[0]!), 'revealed');
    button(el, 'Rotate CI deploys')!.click();
    confirmButton(await dialogOpened(el)).click();
    await onceShown(el);
    const rotated = client.secrets.at(-1)!;
    const roots = shadowRoots(el);
    el.remove();
    await settle();
    await el.updateComplete;
    for (const root of roots) {
      expect(root.textContent!.includes(client.secrets[0]!), 'revealed secret').to.equal(false);
      expect(root.textContent!.includes(rotated), 'new secret').to.equal(false);
    }
    document.body.append(el);
    await el.updateComplete;
    expect(onceOpen(el), 'a reconnected panel does not show the secret again').to.equal(false);
    expect(inText(el, rotated)).to.equal(false);
    el.remove();
  });

  it('renders HTML and javascript: links in key names as inert text', async () => {
    const [platform, ci, staging] = seedKeys();
    const names = [
      '<img src=x onerror="window.__soPwned = 1">',
      '<a href="javascript:window.__soPwned = 2">click me</a>',
      'javascript:window.__soPwned = 3',
    ];
    const keys = [
      { ...platform!, name: names[0]!, createdVia: '<b>bold</b>', lastUsedPath: '<script>window.__soPwned = 4</script>' },
      { ...ci!, name: names[1]! },
      { ...staging!, name: names[2]! },
    ];
    const el = await renderPanel(clientWith({ seed: { apiKeys: keys } }));
    await settle();
    const root = shadow(el);
    expect((root.querySelectorAll('img, a, script, b')).length).to.equal(0);
    expect([...root.querySelectorAll('[part="key-name"]')].map((name) => name.textContent)).to.deep.equal(names);
    expect(textOf(keyCard(el, names[0]!).querySelector('[part="details"]'))).to.include('<b>bold</b>');
    expect(textOf(keyCard(el, names[0]!).querySelector('[part="details"]'))).to.include('<script>window.__soPwned = 4</script>');
    button(el, `Revoke ${names[1]}`)!.click();
    const dialog = await dialogOpened(el);
    expect(dialogHeading(dialog)).to.equal(`Revoke “${names[1]}”?`);
    expect((dialog.shadowRoot!.querySelectorAll('img, a, script')).length).to.equal(0);
    expect((window as { __soPwned?: number }).__soPwned).to.equal(undefined);
  });

  describe('over HTTP', () => {
    let store: AccountStore;
    const server = setupMockServer(() => {
      store = new AccountStore();
      return createAccountHandlers(store, { baseUrl: API });
    });

    it('never puts a secret in any URL the client requests while revealing, rotating and creating', async () => {
      const http = createHttpAccountClient({ baseUrl: API });
      const secrets: string[] = [];
      const collect = <T extends { secret: string }>(result: T) => (secrets.push(result.secret), result);
      const client: AccountClient = {
        ...http,
        revealApiKey: (...args) => http.revealApiKey!(...args).then(collect),
        rotateApiKey: (...args) => http.rotateApiKey(...args).then(collect),
        createApiKey: (...args) => http.createApiKey!(...args).then(collect),
      };
      const el: SoApiKeyPanel = await renderPanel(client);
      const platformSecret = store.snapshot().apiKeys[0]!.secret!;
      const platform = keyCard(el, 'Platform key');
      fieldButton(platform, 'reveal-button')!.click();
      await waitUntil(() => fieldValue(platform) === platformSecret, 'revealed over HTTP');

      button(el, 'Rotate Platform key')!.click();
      confirmButton(await dialogOpened(el)).click();
      await dialogClosed(el);
      await onceShown(el);
      onceDismiss(el)!.click();

      button(el, 'Create key')!.click();
      const dialog = await dialogOpened(el);
      const name = dialog.querySelector<HTMLInputElement>('#key-name')!;
      name.value = 'Over HTTP';
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      confirmButton(dialog).click();
      await onceShown(el);

      expect(server.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).to.include.members([
        'POST /api/api-keys/key_platform/reveal',
        'POST /api/api-keys/key_platform/rotate',
        'POST /api/api-keys',
      ]);
      expect(secrets.length).to.equal(3);
      for (const { url } of server.requests) {
        expect(url).to.not.include('sk-so-');
        for (const secret of secrets) expect(url).to.not.include(secret.slice('sk-so-'.length));
      }
    });
  });
});
