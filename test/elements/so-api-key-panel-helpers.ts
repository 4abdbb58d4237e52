import { aTimeout, fixture, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { createMemoryAccountClient, type MemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed, type SeedApiKey } from '../../src/client/seed.js';
import type { AccountClient, AccountOperation, RequestOptions } from '../../src/client/types.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../src/so-api-key-panel.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The seed's keys, to pick from and change: platform (revealable), CI deploys, Staging agents. */
export function seedKeys(): SeedApiKey[] {
  return createSeed().apiKeys;
}

/** One recorded client call: its operation, arguments before the options, and options. */
export interface RecordedCall {
  operation: string;
  args: unknown[];
  options: RequestOptions | undefined;
}

/**
 * A memory client whose calls are recorded, and every secret it hands out collected, so a test
 * knows exactly which strings must never leak.
 */
export interface RecordingClient extends MemoryAccountClient {
  calls: RecordedCall[];
  secrets: string[];
  callsTo(operation: AccountOperation): RecordedCall[];
}

const PARAMETERS: Partial<Record<AccountOperation, number>> = {
  listApiKeys: 0,
  getViewer: 0,
  createApiKey: 1,
  rotateApiKey: 2,
  revealApiKey: 1,
  revokeApiKey: 1,
};

/** Wraps a client so its API-key calls are recorded and the secrets they return are collected. */
export function recording(inner: MemoryAccountClient): RecordingClient {
  const calls: RecordedCall[] = [];
  const secrets: string[] = [];
  const client = { ...inner, store: inner.store, calls, secrets } as RecordingClient;
  client.callsTo = (operation) => calls.filter((call) => call.operation === operation);
  for (const [operation, count] of Object.entries(PARAMETERS) as [AccountOperation, number][]) {
    const method = inner[operation] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!method) continue;
    (client as unknown as Record<string, unknown>)[operation] = async (...args: unknown[]) => {
      calls.push({ operation, args: args.slice(0, count), options: args[count] as RequestOptions | undefined });
      const result = await method(...args);
      const secret = (result as { secret?: string } | undefined)?.secret;
      if (secret) secrets.push(secret);
      return result;
    };
  }
  // The platform key's secret is in the store from the start.
  for (const key of inner.store.snapshot().apiKeys) if (key.secret) secrets.push(key.secret);
  return client;
}

/** A recording memory client. */
export function clientWith(options: MemoryClientOptions = {}): RecordingClient {
  return recording(createMemoryAccountClient(options));
}

/** A client whose key list never arrives: the loading state. */
export function hangingClient(): AccountClient {
  return { ...createMemoryAccountClient(), listApiKeys: () => new Promise(() => undefined) };
}

export const shadow = (el: SoApiKeyPanel) => el.shadowRoot!;
export const base = (el: SoApiKeyPanel) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;

/** Text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the panel has left loading (ready, empty or error). */
export async function loaded(el: SoApiKeyPanel): Promise<SoApiKeyPanel> {
  await el.updateComplete;
  await waitUntil(() => base(el)?.getAttribute('aria-busy') === 'false', 'the panel never finished loading', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

/** Renders a panel on `client` (plus any attributes in `template`) and waits until it has loaded. */
export async function renderPanel(client: AccountClient, template?: TemplateResult): Promise<SoApiKeyPanel> {
  const el = await fixture<SoApiKeyPanel>(template ?? html`<so-api-key-panel .client=${client}></so-api-key-panel>`);
  return loaded(el);
}

/** Every key card or row. */
export const keyCards = (el: SoApiKeyPanel) => [...shadow(el).querySelectorAll<HTMLElement>('[part="key"]')];

/** The card or row of the key named `name`. */
export function keyCard(el: SoApiKeyPanel, name: string): HTMLElement {
  const card = keyCards(el).find((candidate) => textOf(candidate.querySelector('[part="key-name"]')) === name);
  if (!card) throw new Error(`No key named "${name}" (have: ${keyCards(el).map((c) => textOf(c.querySelector('[part="key-name"]'))).join(', ')})`);
  return card;
}

/** The secret field inside a key card. */
export const secretField = (card: HTMLElement) => card.querySelector('so-secret-field')!;

/** A key card's secret field button by part: `reveal-button` or `copy-button`. */
export const fieldButton = (card: HTMLElement, part: 'reveal-button' | 'copy-button') =>
  secretField(card).shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`);

/** The value a key card's secret field shows. */
export const fieldValue = (card: HTMLElement) => textOf(secretField(card).shadowRoot!.querySelector('[part="value"]'));

/** Text as rendered, including the shadow content of elements such as `<so-relative-time>`. */
export function renderedText(node: Node): string {
  const collect = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    const element = current as Element;
    const children = element.shadowRoot ? element.shadowRoot.childNodes : current.childNodes;
    return [...children].map(collect).join('');
  };
  return collect(node).replace(/\s+/g, ' ').trim();
}

/** A key card's details as `label: value` pairs. */
export function detailsOf(card: HTMLElement): Record<string, string> {
  const entries = [...card.querySelectorAll('[part="details"] > div')].map((row) => [textOf(row.querySelector('dt')), renderedText(row.querySelector('dd')!)]);
  return Object.fromEntries(entries);
}

/** A button in the panel's own shadow root whose accessible name (aria-label, else text) is `name`. */
export function button(el: SoApiKeyPanel | HTMLElement, name: string): HTMLButtonElement | null {
  const root = el instanceof HTMLElement && el.shadowRoot && el.localName === 'so-api-key-panel' ? el.shadowRoot : el;
  return (
    [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => (candidate.getAttribute('aria-label') ?? textOf(candidate)) === name,
    ) ?? null
  );
}

/** The dialog that is open, or null. */
export const openDialog = (el: SoApiKeyPanel) => shadow(el).querySelector<SoConfirmDialog>('so-confirm-dialog[open]');

/** The native `<dialog>` inside a confirm dialog. */
export const nativeDialog = (dialog: SoConfirmDialog) => dialog.shadowRoot!.querySelector('dialog')!;

export const confirmButton = (dialog: SoConfirmDialog) => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!;
export const cancelButton = (dialog: SoConfirmDialog) => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!;

/** Waits until a dialog is open and showing; returns it. */
export async function dialogOpened(el: SoApiKeyPanel): Promise<SoConfirmDialog> {
  await waitUntil(() => openDialog(el) && nativeDialog(openDialog(el)!).open, 'no dialog opened');
  const dialog = openDialog(el)!;
  await dialog.updateComplete;
  return dialog;
}

/** Waits until no dialog is open. */
export async function dialogClosed(el: SoApiKeyPanel): Promise<void> {
  await waitUntil(() => !openDialog(el), 'the dialog never closed');
}

/** The body the panel slots into a dialog, as text. */
export function dialogBody(dialog: SoConfirmDialog): string {
  return textOf(dialog);
}

/** The once-only secret panel and its parts. */
export const secretOnce = (el: SoApiKeyPanel) => shadow(el).querySelector('so-secret-once')!;
export const onceOpen = (el: SoApiKeyPanel) => secretOnce(el).open;
export const onceField = (el: SoApiKeyPanel) => secretOnce(el).shadowRoot!.querySelector('so-secret-field');
export const onceValue = (el: SoApiKeyPanel) => textOf(onceField(el)?.shadowRoot!.querySelector('[part="value"]'));
export const onceDismiss = (el: SoApiKeyPanel) => secretOnce(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss-button"]');

/** Waits until the once-only panel shows a secret. */
export async function onceShown(el: SoApiKeyPanel): Promise<void> {
  await waitUntil(() => onceOpen(el) && onceValue(el).startsWith('sk-so-') && !onceValue(el).includes('•'), 'the new secret was never shown');
}

/** The panel's polite live region's message. */
export function announced(el: SoApiKeyPanel): string {
  const announcer = shadow(el).querySelector('[part="base"] > so-status-announcer')!;
  return textOf(announcer.shadowRoot!.querySelector('[role="status"]'));
}

/** Every shadow root under (and including) `host`'s. */
export function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (root: ShadowRoot | Document | Element) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (host.shadowRoot) {
    roots.push(host.shadowRoot);
    visit(host.shadowRoot);
  }
  visit(host);
  return roots;
}

/** All text under `host`, in its light DOM and every shadow root. */
export function deepText(host: Element): string {
  return [host.textContent ?? '', ...shadowRoots(host).map((root) => root.textContent ?? '')].join('\n');
}

/** Every attribute value on the page, inside shadow roots too. */
export function allAttributeValues(): string[] {
  const values: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) values.push(`${attribute.name}=${attribute.value}`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return values;
}

/** Replaces `navigator.clipboard` for one test; `undefined` removes it. Returns what was written. */
export function stubClipboard(mode: 'accept' | 'refuse'): string[] {
  const written: string[] = [];
  const clipboard = {
    writeText: async (text: string) => {
      if (mode === 'refuse') throw new DOMException('Denied', 'NotAllowedError');
      written.push(text);
    },
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return written;
}

export function restoreClipboard(): void {
  delete (navigator as { clipboard?: Clipboard }).clipboard;
}

/** Records the details of `names` on `target`. */
export function recordEvents(target: EventTarget, ...names: string[]): { type: string; detail: unknown; event: Event }[] {
  const seen: { type: string; detail: unknown; event: Event }[] = [];
  for (const name of names) target.addEventListener(name, (event) => seen.push({ type: name, detail: (event as CustomEvent).detail, event }));
  return seen;
}

/** Lets pending microtasks and a frame run. */
export const settle = () => aTimeout(0);

/** What a key card's secret field last announced. */
export function fieldAnnounced(card: HTMLElement): string {
  const announcer = secretField(card).shadowRoot!.querySelector('so-status-announcer')!;
  return textOf(announcer.shadowRoot!.querySelector('[role="status"]'));
}

/** The message under a key card's secret field (hint or status). */
export function fieldMessages(card: HTMLElement): string[] {
  return [...secretField(card).shadowRoot!.querySelectorAll('.hint, .status')].map((p) => textOf(p));
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The heading of a dialog, as the user reads it. */
export const dialogHeading = (dialog: SoConfirmDialog) => textOf(dialog.shadowRoot!.querySelector('#heading'));

/** The radio inputs the panel put into a dialog, with their labels. */
export function radios(dialog: SoConfirmDialog, name: string): { label: string; input: HTMLInputElement }[] {
  return [...dialog.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)].map((input) => ({
    label: textOf(input.closest('label')),
    input,
  }));
}

/**
 * A short description of a node, for assertions: comparing DOM elements themselves makes the
 * test runner try to serialize them when a test fails, which can stall the run.
 */
export function nodeOf(node: Node | null | undefined): string | null {
  if (!node) return null;
  if (!(node instanceof Element)) return node.nodeName;
  const part = node.getAttribute('part');
  const label = node.getAttribute('aria-label');
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${part ? ` part=${part}` : ''}${label ? ` "${label}"` : ''}> ${textOf(node).slice(0, 40)}`;
}

/** `'same'` when `actual` is `expected`, else a description of both. */
export function same(actual: Node | null | undefined, expected: Node | null | undefined): string {
  return actual === expected ? 'same' : `${nodeOf(actual)} is not ${nodeOf(expected)}`;
}
