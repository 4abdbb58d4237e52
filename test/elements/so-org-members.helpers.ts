import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed, type AccountSeed } from '../../src/client/seed.js';
import type { AccountClient, RequestOptions } from '../../src/client/types.js';
import '../../src/so-org-members.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';

/** One clock for the seed and the store across a test file; the element compares dates with real time. */
export const NOW = new Date();

/** The example seed at `NOW`, with some parts replaced. */
export function seedWith(parts: Partial<AccountSeed> = {}): Partial<AccountSeed> {
  return { ...createSeed(NOW), ...parts };
}

/** A memory client on the example seed (at `NOW`) with the given options. */
export function memoryClient(options: Omit<MemoryClientOptions, 'now'> = {}) {
  return createMemoryAccountClient({ now: () => NOW, ...options, seed: seedWith(options.seed) });
}

/** One recorded client call: its method, its arguments (without options) and its signal. */
export interface RecordedCall {
  operation: string;
  args: unknown[];
  signal?: AbortSignal;
  idempotencyKey?: string;
}

/** Wraps a client so every call is recorded, with the arguments and the abort signal it got. */
export function recordingClient<T extends AccountClient>(client: T): { client: T; calls: RecordedCall[]; callsTo: (operation: string) => RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const wrapped = new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        const last = args.at(-1) as RequestOptions | undefined;
        const hasOptions = typeof last === 'object' && last !== null && ('signal' in last || 'idempotencyKey' in last);
        calls.push({
          operation: property,
          args: hasOptions ? args.slice(0, -1) : args,
          signal: hasOptions ? last.signal : undefined,
          idempotencyKey: hasOptions ? last.idempotencyKey : undefined,
        });
        return (value as (...params: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { client: wrapped, calls, callsTo: (operation) => calls.filter((call) => call.operation === operation) };
}

/** Polls until `predicate` holds (up to `timeout` ms); fails with `message` otherwise. */
export async function waitUntil(predicate: () => boolean, message: string, timeout = 3000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether the element shows custom state `name` (`:state(ready)`). */
export const hasState = (el: Element, name: string): boolean => el.matches(`:state(${name})`);

/** Renders `<so-org-members>` with `client` (and a template around it, if given) and waits until it is ready. */
export async function renderMembers(
  client: AccountClient,
  template: (client: AccountClient) => TemplateResult = (c) => html`<so-org-members .client=${c}></so-org-members>`,
  state = 'ready',
): Promise<SoOrgMembers> {
  const root = await fixture<HTMLElement>(html`<div>${template(client)}</div>`);
  const el = root.querySelector('so-org-members')!;
  await waitUntil(() => hasState(el, state), `<so-org-members> reaches :state(${state})`);
  await el.updateComplete;
  return el;
}

/** The first element matching `selector` in the element's shadow root. */
export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

/** Every element matching `selector` in the element's shadow root. */
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The rendered member rows. */
export const rows = (el: SoOrgMembers) => $$(el, '[part~="row"]');
/** The row of the member named `name`. */
export function rowOf(el: SoOrgMembers, name: string): HTMLElement {
  const row = rows(el).find((candidate) => nameOf(candidate) === name);
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}
/** Names in the rendered rows, in order. */
export const rowNames = (el: SoOrgMembers) => rows(el).map(nameOf);
/** The member name a row shows, without the "You" badge. */
export const nameOf = (row: Element) =>
  [...row.querySelector('.name')!.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** The text of an element with whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The invite dialog inside the element. */
export const inviteDialog = (el: SoOrgMembers) => $(el, 'so-invite-dialog') as HTMLElement & { shadowRoot: ShadowRoot };

/** Sets a form control's value as typing or choosing would, firing `input` and `change`. */
export function setValue(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The text an announcer (`#status` or `#alert`) holds. */
export function announced(el: SoOrgMembers, id: 'status' | 'alert'): string {
  const announcer = $(el, `#${id}`) as HTMLElement & { text: string };
  return announcer.text;
}

/** Counts the events of `name` dispatched on `target`, keeping each. */
export function collect<T = unknown>(target: EventTarget, name: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  target.addEventListener(name, (event) => events.push(event as CustomEvent<T>));
  return events;
}
