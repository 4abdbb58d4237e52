/**
 * Secret-leak scan over the HTTP client: for every flow that handles a secret (reveal, copy,
 * create, rotate, regenerate), every secret the server sent (read from the response bodies) must,
 * after the flow, appear in no attribute anywhere on the page (shadow roots included), in no
 * shadow root's text once hidden or dismissed, in no `so-*` event detail, in no console output,
 * in no web storage, and in no URL (requested, current or in history state).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { AccountClient } from '../../src/client/types.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import '../../src/index.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { allElements, allShadowRoots, deepQueryAll, deepText, pause, until } from './dom.js';

/** Every string under a `secret` key of a JSON value. */
function secretsIn(value: unknown, found: string[]): void {
  if (Array.isArray(value)) value.forEach((item) => secretsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'secret' && typeof inner === 'string') found.push(inner);
      else secretsIn(inner, found);
    }
  }
}

/** Everything a secret could leak into, recorded from now until `restore()`. */
function recordOutputs() {
  const events: { type: string; detail: string }[] = [];
  const consoleLines: string[] = [];
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (event.type.startsWith('so-')) events.push({ type: event.type, detail: serialize((event as CustomEvent).detail) });
    return dispatch.call(this, event);
  };
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const originals = methods.map((method) => console[method]);
  methods.forEach((method, index) => {
    console[method] = (...args: unknown[]) => {
      consoleLines.push(args.map((arg) => serialize(arg)).join(' '));
      originals[index]!.apply(console, args);
    };
  });
  return {
    events,
    consoleLines,
    restore() {
      EventTarget.prototype.dispatchEvent = dispatch;
      methods.forEach((method, index) => (console[method] = originals[index]!));
    },
  };
}

/** A value as searchable text: own properties deep, errors' messages and causes included. */
function serialize(value: unknown, seen = new Set<unknown>()): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object') return String(value);
  if (seen.has(value)) return '';
  seen.add(value);
  if (value instanceof Node) return `${value.nodeName}`;
  const parts = value instanceof Error ? [value.message, serialize(value.cause, seen)] : [];
  for (const key of Object.getOwnPropertyNames(value)) parts.push(`${key}:${serialize((value as Record<string, unknown>)[key], seen)}`);
  return parts.join(' ');
}

describe('secret-leak scan', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  let secrets: string[];
  let outputs: ReturnType<typeof recordOutputs>;
  let copied: string[];

  /** The HTTP client, reading every secret the server sends from the response bodies. */
  function client(): AccountClient {
    return createHttpAccountClient({
      baseUrl: API,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const text = await response.clone().text();
        try {
          secretsIn(JSON.parse(text), secrets);
        } catch {
          // not JSON: no secret
        }
        return response;
      },
    });
  }

  beforeEach(() => {
    secrets = [];
    copied = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    outputs = recordOutputs();
  });
  afterEach(() => {
    outputs.restore();
    delete (navigator as { clipboard?: Clipboard }).clipboard;
  });

  /** Where each secret still appears; `[]` when nowhere. */
  function leaks(options: { root: Element; textAllowed?: boolean }): string[] {
    const found: string[] = [];
    const urls = [
      ...server.requests.map((request) => request.url),
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      location.href,
      JSON.stringify(history.state ?? null),
    ];
    const storage = [localStorage, sessionStorage].flatMap((area) =>
      Array.from({ length: area.length }, (_, index) => `${area.key(index)}=${area.getItem(area.key(index)!)}`),
    );
    const attributes = allElements(document.documentElement).flatMap((element) =>
      [...element.attributes].map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
    );
    const detachedAttributes = allElements(options.root).flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
    for (const secret of secrets) {
      const check = (where: string, values: string[]) => {
        if (values.some((value) => value.includes(secret))) found.push(`${where}: ${secret.slice(0, 10)}…`);
      };
      check('attribute', [...attributes, ...detachedAttributes]);
      check('event detail', outputs.events.map((event) => `${event.type} ${event.detail}`));
      check('console', outputs.consoleLines);
      check('web storage', storage);
      check('URL', urls);
      if (!options.textAllowed) {
        check('page text', [deepText(document.body)]);
        check('shadow root text', allShadowRoots(options.root).map((root) => deepText(root)));
      }
    }
    return found;
  }

  const panel = async (attributes = '') => {
    const c = client();
    const el = await fixture<HTMLElement>(
      attributes === 'reveal-timeout'
        ? html`<so-api-key-panel .client=${c} reveal-timeout="1"></so-api-key-panel>`
        : html`<so-api-key-panel .client=${c}></so-api-key-panel>`,
    );
    await until(() => deepText(el).includes('Platform key'), 'the keys');
    return el;
  };
  const card = (el: HTMLElement, name: string) => deepQueryAll(el, '[part="key"]').find((key) => key.textContent!.includes(name))!;
  const fieldButton = (host: Element, part: string) => deepQueryAll<HTMLButtonElement>(host, `[part="${part}"]`)[0]!;
  const button = (el: HTMLElement, name: string) =>
    deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name)!;
  const openConfirm = async (el: HTMLElement) => {
    await until(() => deepQueryAll(el, 'so-confirm-dialog').some((d) => (d as HTMLElement & { open: boolean }).open), 'the dialog');
    const dialog = deepQueryAll<HTMLElement & { open: boolean }>(el, 'so-confirm-dialog').find((d) => d.open)!;
    return dialog;
  };
  /** Confirms the dialog the element has open. */
  const confirm = async (el: HTMLElement) => (await openConfirm(el)).shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  const shown = (el: HTMLElement) => secrets.length > 0 && secrets.every((secret) => deepText(el).includes(secret));
  /** No leak while the once-only secret shows (its text aside), and none once it is dismissed. */
  const expectShownOnceThenGone = async (el: HTMLElement) => {
    expect(leaks({ root: el, textAllowed: true }), 'while shown').to.deep.equal([]);
    await dismissOnce(el);
    expect(leaks({ root: el })).to.deep.equal([]);
  };
  /** Dismisses the once-only panel(s) the element shows. */
  const dismissOnce = async (el: HTMLElement) => {
    const dismiss = deepQueryAll<HTMLButtonElement>(el, '[part="dismiss-button"]');
    expect(dismiss.length, 'a once-only panel').to.be.greaterThan(0);
    dismiss.forEach((b) => b.click());
    await pause(50);
  };

  it('reveal, then Hide', async () => {
    const el = await panel();
    fieldButton(card(el, 'Platform key'), 'reveal-button').click();
    await until(() => shown(el), 'the revealed secret is on screen');
    expect(leaks({ root: el, textAllowed: true }), 'while shown').to.deep.equal([]);
    fieldButton(card(el, 'Platform key'), 'reveal-button').click();
    await until(() => !shown(el), 'hidden');
    await pause(50);
    expect(leaks({ root: el })).to.deep.equal([]);
  });

  it('reveal, then the reveal timeout hides it', async () => {
    const el = await panel('reveal-timeout');
    fieldButton(card(el, 'Platform key'), 'reveal-button').click();
    await until(() => shown(el), 'the revealed secret is on screen');
    await until(() => !shown(el), 'hidden after 1 s', 4000);
    expect(leaks({ root: el })).to.deep.equal([]);
  });

  it('copy (without revealing): only the clipboard gets it', async () => {
    const el = await panel();
    fieldButton(card(el, 'Platform key'), 'copy-button').click();
    await until(() => copied.length === 1, 'copied');
    expect(secrets.length, 'the secret came from the server').to.be.greaterThan(0);
    expect(copied).to.deep.equal([secrets[0]]);
    await pause(50);
    expect(leaks({ root: el })).to.deep.equal([]);
  });

  it('create: shown once, copied, dismissed', async () => {
    const el = await panel();
    button(el, 'Create key').click();
    const dialog = await openConfirm(el);
    const name = dialog.querySelector<HTMLInputElement>('#key-name')!;
    name.value = 'Leak check';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await pause(0);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await until(() => shown(el), 'the new secret is on screen');
    deepQueryAll<HTMLButtonElement>(deepQueryAll(el, 'so-secret-once')[0]!, '[part="copy-button"]')[0]!.click();
    await until(() => copied.length === 1, 'copied');
    await expectShownOnceThenGone(el);
  });

  it('rotate: shown once, dismissed', async () => {
    const el = await panel();
    button(el, 'Rotate CI deploys').click();
    await confirm(el);
    await until(() => shown(el), 'the rotated secret is on screen');
    await expectShownOnceThenGone(el);
  });

  it('rotate, then the panel is removed while the secret shows', async () => {
    const el = await panel();
    button(el, 'Rotate CI deploys').click();
    await confirm(el);
    await until(() => shown(el), 'the rotated secret is on screen');
    el.remove();
    await pause(50);
    expect(leaks({ root: el }), 'nothing kept by the detached element').to.deep.equal([]);
  });

  it('danger zone: regenerate secrets, shown once, dismissed', async () => {
    const c = client();
    const el = await fixture<HTMLElement>(html`<so-danger-zone .client=${c}></so-danger-zone>`);
    await until(() => deepText(el).includes('Regenerate API secrets'), 'the danger zone');
    deepQueryAll(el, '[part="action"][data-action="regenerate-secrets"] [part="action-button"]')[0]!.click();
    await confirm(el);
    await until(() => shown(el), 'the new secrets are on screen');
    expect(secrets.length, 'one per active key').to.be.greaterThan(1);
    await expectShownOnceThenGone(el);
  });

  describe('variant="app-credentials" (one secret, no list; the app ID is not secret)', () => {
    /** The app's only key, rendered alone (not in a list), as app credentials are. */
    const appPanel = async () => {
      store.reset({ apiKeys: store.snapshot().apiKeys.filter((key) => key.name === 'Platform key') });
      const c = client();
      const el = await fixture<HTMLElement>(
        html`<so-api-key-panel .client=${c} variant="app-credentials" app-id="app_7Hq2LmZ"></so-api-key-panel>`,
      );
      await until(() => deepText(el).includes('Platform key') && deepText(el).includes('app_7Hq2LmZ'), 'the app credentials');
      expect(deepQueryAll(el, '[part="list"]'), 'one key, no list').to.have.length(0);
      return el;
    };

    it('reveal, then Hide', async () => {
      const el = await appPanel();
      fieldButton(card(el, 'Platform key'), 'reveal-button').click();
      await until(() => shown(el), 'the revealed secret is on screen');
      expect(leaks({ root: el, textAllowed: true }), 'while shown').to.deep.equal([]);
      fieldButton(card(el, 'Platform key'), 'reveal-button').click();
      await until(() => !shown(el), 'hidden');
      await pause(50);
      expect(leaks({ root: el })).to.deep.equal([]);
    });

    it('copy the secret, and the app ID: only the clipboard gets the secret', async () => {
      const el = await appPanel();
      fieldButton(card(el, 'Platform key'), 'copy-button').click();
      await until(() => copied.length === 1, 'copied');
      button(el, 'Copy app ID').click();
      await until(() => copied.length === 2, 'the app ID copied');
      expect(secrets.length, 'the secret came from the server').to.be.greaterThan(0);
      expect(copied).to.deep.equal([secrets[0], 'app_7Hq2LmZ']);
      await pause(50);
      expect(leaks({ root: el })).to.deep.equal([]);
    });

    it('rotate: shown once, dismissed', async () => {
      const el = await appPanel();
      button(el, 'Rotate Platform key').click();
      await confirm(el);
      await until(() => shown(el), 'the rotated secret is on screen');
      await expectShownOnceThenGone(el);
    });
  });

  it('bites: a secret written to an attribute, the console, an event or storage is found', async () => {
    const el = await panel();
    secrets.push('sk-so-matrix-canary-secret');
    el.setAttribute('data-leak', 'sk-so-matrix-canary-secret');
    console.debug('leak sk-so-matrix-canary-secret');
    el.dispatchEvent(new CustomEvent('so-leak', { detail: { error: new Error('x', { cause: 'sk-so-matrix-canary-secret' }) } }));
    sessionStorage.setItem('leak', 'sk-so-matrix-canary-secret');
    try {
      const found = leaks({ root: el }).map((where) => where.split(':')[0]);
      expect(found).to.deep.equal(['attribute', 'event detail', 'console', 'web storage']);
    } finally {
      sessionStorage.removeItem('leak');
    }
  });
});
