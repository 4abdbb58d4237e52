/**
 * The page the render, request and leak benchmarks drive in headless Chromium (bundled by
 * esbuild from src/ in bench/lib/page.mjs). It exposes `window.bench`; every function mounts into
 * a fresh `#stage` and resolves with numbers. Never part of the library or of the test suite.
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AccountClient, Member } from '../../src/client/index.js';
import { createMemoryAccountClient, createSeed, generateMembers } from '../../src/memory.js';
import { ACCOUNT_OPERATIONS } from '../../src/client/operations.js';
import { renderMemberRow, type MemberRowContext } from '../../src/elements/so-org-members/member-row.js';
import { SETTINGS_TABS } from '../../src/elements/so-account-settings/tabs.js';
import { SoOrgMembers } from '../../src/index.js';
import { LocalizeController } from '../../src/internal/localize/localize-controller.js';

/** The elements measured one by one (the surface, `<so-account-settings>`, separately). */
const ELEMENTS = [
  'so-api-key-panel',
  'so-usage-meter',
  'so-billing-card',
  'so-org-members',
  'so-danger-zone',
  'so-sessions',
  'so-notification-settings',
  'so-passkeys',
  'so-profile-form',
  'so-org-profile',
  'so-subscriptions',
] as const;

/** The floor: the least a Lit element can be — one property, one template. */
class BenchBareElement extends LitElement {
  static override properties = { name: {} };
  declare name: string;
  constructor() {
    super();
    this.name = 'World';
  }
  override render() {
    return html`<p>Hello, ${this.name}!</p>`;
  }
}
customElements.define('bench-bare-element', BenchBareElement);

/**
 * The reference for long lists: every member rendered with a plain Lit `repeat`, the same row
 * template and styles as `<so-org-members>`, no virtualizer, no client (the data is given).
 */
class BenchRepeatList extends LitElement {
  static override styles = SoOrgMembers.styles;
  static override properties = { members: { attribute: false } };
  declare members: Member[];
  private readonly localize = new LocalizeController(this);
  private context?: MemberRowContext;
  constructor() {
    super();
    this.members = [];
  }
  protected override willUpdate(_changed: PropertyValues<this>): void {
    const roles = createSeed().roles;
    this.context = {
      localize: this.localize,
      roles,
      viewerId: this.members[0]?.id ?? '',
      canChangeRole: true,
      canRemove: true,
      lastOwnerId: null,
      setSize: this.members.length,
      isTabStop: (index) => index === 0,
      onRoleChange: () => {},
      onRemoveClick: () => {},
    };
  }
  override render() {
    const context = this.context!;
    return html`<div class="list" part="list" role="list">${repeat(this.members, (member) => member.id, (member, index) => renderMemberRow(context, member, index))}</div>`;
  }
}
customElements.define('bench-repeat-list', BenchRepeatList);

type Settable = HTMLElement & { client?: AccountClient };

const stage = () => document.getElementById('stage')!;

/** Resolves after a macrotask, without the 4 ms clamp of nested timers. */
const macrotask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Resolves once the next frame has been produced: style, layout and paint of what is in the DOM now. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => void macrotask().then(resolve)));

/**
 * Style and layout now, then the next frame's paint; resolves with the time this work took,
 * leaving out the idle wait for the frame to begin (which depends on the compositor's clock,
 * not on what is being measured).
 */
async function layoutAndPaint(): Promise<number> {
  const start = performance.now();
  void document.body.offsetHeight; // forces style and layout of the whole page, shadow trees included
  const laidOut = performance.now();
  return new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      void macrotask().then(() => resolve(laidOut - start + (performance.now() - frame)));
    }),
  );
}

/** Every element and shadow root under `root`, through shadow roots. */
function* walk(root: Node): Generator<Node> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    yield node;
    const shadow = (node as Element).shadowRoot;
    if (shadow) yield* walk(shadow);
  }
}

/** DOM nodes (elements, text, comments) under `root`, counted through shadow roots; `root` itself and shadow roots not counted. */
export function countNodes(root: Node): number {
  let count = 0;
  for (const node of walk(root)) if (node !== root && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) count++;
  return count;
}

/** Every library element seen while settling, for the leak test's count of live instances. */
const tagsSeen = new Set<string>();

/**
 * Whether everything under `root` has loaded: no element with an update pending, nothing busy,
 * no skeleton; or whether something shows an error.
 */
function settledState(root: Node): 'ready' | 'pending' | 'error' {
  let state: 'ready' | 'pending' | 'error' = 'ready';
  for (const node of walk(root)) {
    if (!(node instanceof HTMLElement)) continue;
    if (node.localName.startsWith('so-')) {
      tagsSeen.add(node.localName);
      if ((node as HTMLElement & { isUpdatePending?: boolean }).isUpdatePending) return 'pending';
    }
    if (node.getAttribute('aria-busy') === 'true' || node.classList.contains('skeleton')) state = 'pending';
    else if (node.classList.contains('state-error') && state === 'ready') state = 'error';
  }
  return state;
}

/** Waits until everything under `root` has loaded (and `extra()` holds); throws on an error state or after 20 s. */
async function settle(root: Node, extra: () => boolean = () => true): Promise<void> {
  const deadline = performance.now() + 20_000;
  for (;;) {
    const state = settledState(root);
    if (state === 'error') throw new Error(`an element under <${(root as Element).localName}> shows an error state`);
    if (state === 'ready' && extra()) return;
    if (performance.now() > deadline) throw new Error(`<${(root as Element).localName}> did not settle in 20 s`);
    await macrotask();
  }
}

/** A memory client on the default seed, or with exactly `members` members (the seed's first). */
function memoryClient(members?: number): AccountClient {
  if (members === undefined) return createMemoryAccountClient({ latencyMs: 0 });
  const seed = createSeed();
  const all = [...seed.members, ...generateMembers(Math.max(0, members - seed.members.length))].slice(0, members);
  return createMemoryAccountClient({ latencyMs: 0, seed: { members: all } });
}

interface Mounted {
  /** Mount to the first paint showing the loaded content, in ms. */
  ms: number;
  /** DOM nodes under the element once it has settled, through shadow roots. */
  nodes: number;
  /** Rows (`role="listitem"`) rendered in the element's shadow root, for lists. */
  rows?: number;
  /** DOM nodes in the list (`part="list"`), for lists. */
  listNodes?: number;
  /** Of all nodes: elements, text nodes and comments (Lit's markers). */
  kinds?: { elements: number; text: number; comments: number };
}

function nodeKinds(root: Node): Mounted['kinds'] {
  const kinds = { elements: 0, text: 0, comments: 0 };
  for (const node of walk(root)) {
    if (node === root) continue;
    if (node.nodeType === Node.ELEMENT_NODE) kinds.elements++;
    else if (node.nodeType === Node.TEXT_NODE) kinds.text++;
    else if (node.nodeType === Node.COMMENT_NODE) kinds.comments++;
  }
  return kinds;
}

/** How many rows a list element rendered, and the nodes its list holds. */
function describeList(element: Element): Pick<Mounted, 'rows' | 'listNodes' | 'kinds'> {
  const list = element.shadowRoot?.querySelector('[part~="list"]');
  return { rows: element.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0, listNodes: list ? countNodes(list) : 0, kinds: nodeKinds(element) };
}

/**
 * Mounts `element` (already configured, its data ready) and times from `append` to the first
 * paint in which everything inside has loaded: the work until every element inside is ready,
 * plus style, layout and that frame's paint (without the idle wait for the frame to begin).
 * Then counts its nodes, a few frames later, once any layout-driven rendering (the virtualizer)
 * has settled. Leaves the stage empty.
 */
async function mount(element: HTMLElement, extra?: () => boolean, describe?: (element: HTMLElement) => Partial<Mounted>): Promise<Mounted> {
  const host = stage();
  host.replaceChildren();
  await nextPaint();
  const start = performance.now();
  host.append(element);
  await settle(element, extra);
  const ms = performance.now() - start + (await layoutAndPaint());
  for (let i = 0; i < 3; i++) await nextPaint();
  await settle(element, extra);
  const nodes = countNodes(element);
  const details = describe?.(element);
  host.replaceChildren();
  return { ms, nodes, ...details };
}

function create(tag: string, client?: AccountClient): Settable {
  const element = document.createElement(tag) as Settable;
  if (client) element.client = client;
  return element;
}

/** A client that counts each call by operation, with exactly the methods (capabilities) of `inner`. */
function countingClient(inner: AccountClient): { client: AccountClient; counts: Record<string, number>; calls: { operation: string; input: unknown; stack?: string }[] } {
  const counts: Record<string, number> = {};
  const calls: { operation: string; input: unknown; stack?: string }[] = [];
  const client: Record<string, unknown> = {};
  const source = inner as unknown as Record<string, unknown>;
  for (const operation of ACCOUNT_OPERATIONS) {
    const method = source[operation];
    if (typeof method !== 'function') continue;
    client[operation] = (...args: unknown[]) => {
      counts[operation] = (counts[operation] ?? 0) + 1;
      // The inputs besides the request options, to tell a repeated call from a different one.
      const input = args.length > 1 ? args.slice(0, -1) : args.filter((arg) => !(arg && typeof arg === 'object' && 'signal' in arg));
      calls.push({ operation, input, ...(DEBUG_STACKS ? { stack: new Error().stack } : {}) });
      return (method as (...params: unknown[]) => unknown).apply(inner, args);
    };
  }
  return { client: client as unknown as AccountClient, counts, calls };
}

const hasListItem = (element: Element) => () => !!element.shadowRoot?.querySelector('[role="listitem"]');

/** A plain list element given its members (data ready). */
function repeatList(members: Member[]): BenchRepeatList {
  const list = document.createElement('bench-repeat-list') as BenchRepeatList;
  list.members = members;
  return list;
}

/** With `?stacks` in the page's URL (BENCH_QUERY=stacks), `requests()` records where each call came from. */
const DEBUG_STACKS = new URLSearchParams(location.search).has('stacks');

let leakClient: AccountClient | undefined;

const bench = {
  elements: ELEMENTS,
  tabs: SETTINGS_TABS,
  tagsSeen: () => [...tagsSeen].sort(),

  /** The bare Lit element: the floor. */
  bare: () => mount(document.createElement('bench-bare-element')),

  /** One element alone on a fresh memory client (latency 0). */
  element: (tag: string) => mount(create(tag, memoryClient())),

  /** The complete surface on a fresh memory client (latency 0), on its first tab. */
  surface: () => mount(create('so-account-settings', memoryClient())),

  /** `<so-org-members>` with exactly `count` members (virtualized beyond its threshold). */
  members: (count: number) => {
    const element = create('so-org-members', memoryClient(count));
    return mount(element, hasListItem(element), describeList);
  },

  /** The reference: the same `count` rows in a plain Lit `repeat`. */
  repeatList: (count: number) => {
    const seed = createSeed();
    const members = [...seed.members, ...generateMembers(Math.max(0, count - seed.members.length))].slice(0, count);
    const element = repeatList(members);
    return mount(element, hasListItem(element), describeList);
  },

  /** Client calls the complete surface makes to reach ready with every tab opened once. */
  requests: async () => {
    const { client, counts, calls } = countingClient(memoryClient());
    const element = create('so-account-settings', client) as Settable & { activeTab: string };
    const host = stage();
    host.replaceChildren(element);
    await settle(element);
    const atReady = { ...counts };
    const visited: string[] = [];
    for (const tab of SETTINGS_TABS) {
      const button = element.shadowRoot!.querySelector<HTMLElement>(`#tab-${tab}`);
      if (!button) continue;
      button.click();
      await settle(element);
      visited.push(tab);
    }
    host.replaceChildren();
    return { atReady, counts, visited, calls };
  },

  /**
   * `count` mount/unmount cycles of the complete surface on one client, as a host's router would
   * do; cycle `i` opens tab `i % 6`, so every tab's elements go through it. Each cycle waits until
   * the surface has loaded and one frame has been produced.
   */
  cycles: async (count: number) => {
    leakClient ??= memoryClient();
    const host = stage();
    for (let i = 0; i < count; i++) {
      const element = create('so-account-settings', leakClient);
      element.setAttribute('active-tab', SETTINGS_TABS[i % SETTINGS_TABS.length]!);
      host.append(element);
      await settle(element);
      await nextPaint();
      element.remove();
    }
    host.replaceChildren();
    await nextPaint();
    return countNodes(host);
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
