/**
 * Shared pieces of the accessibility suites: the flattened tree (through shadow roots and slots),
 * roles and accessible names as the tests compute them, Tab navigation from before an element,
 * focus indicators, target sizes, and a pinned clock.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { deepFocus } from '../helpers/dom.js';

export { deepFocus };

/** Text with whitespace collapsed. */
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The children of `node` in the flattened tree: a host's shadow root, a slot's assigned nodes. */
export function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/**
 * Whether `element` is rendered and not hidden from assistive technology: not `aria-hidden`,
 * `hidden`, `display: none`, `visibility: hidden`, in a closed `<details>` or `<dialog>`. (A
 * visually hidden element, clipped to 1 px, is exposed, as it is to a screen reader.)
 */
export function exposed(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true') return false;
  if (element instanceof HTMLElement && element.hidden) return false;
  if (element.localName === 'dialog' && !(element as HTMLDialogElement).open) return false;
  const style = getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  // `display: contents` has no box of its own, so checkVisibility() would say no; its children decide.
  if (style.display === 'contents') return true;
  return element.checkVisibility({ visibilityProperty: true });
}

/** Every element under `root` in the flattened tree, in document order, exposed or not. */
export function flatElements(root: Node): Element[] {
  const out: Element[] = [];
  const visit = (node: Node) => {
    for (const child of flatChildren(node)) {
      if (child instanceof Element) {
        out.push(child);
        visit(child);
      }
    }
  };
  visit(root);
  return out;
}

const INPUT_ROLES: Record<string, string> = {
  button: 'button',
  submit: 'button',
  reset: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  search: 'searchbox',
  email: 'textbox',
  text: 'textbox',
  tel: 'textbox',
  url: 'textbox',
  password: 'textbox',
  number: 'spinbutton',
  color: 'color',
  file: 'file',
};

/** The element's role: its `role` attribute, else the implicit one (null for generic containers). */
export function roleOf(element: Element): string | null {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0]!;
  const tag = element.localName;
  switch (tag) {
    case 'button':
    case 'summary':
      return 'button';
    case 'a':
      return element.hasAttribute('href') ? 'link' : null;
    case 'input': {
      const type = (element as HTMLInputElement).type;
      if (type === 'hidden') return null;
      if (element.hasAttribute('list')) return 'combobox';
      return INPUT_ROLES[type] ?? 'textbox';
    }
    case 'select':
      return (element as HTMLSelectElement).multiple || (element as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    case 'option':
      return 'option';
    case 'textarea':
      return 'textbox';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'ul':
    case 'ol':
      return 'list';
    case 'li':
      return 'listitem';
    case 'table':
      return 'table';
    case 'tr':
      return 'row';
    case 'th':
      return element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'td':
      return 'cell';
    case 'dialog':
      return 'dialog';
    case 'form':
      return hasOwnName(element) ? 'form' : null;
    case 'section':
      return hasOwnName(element) ? 'region' : null;
    case 'nav':
      return 'navigation';
    case 'img':
      return element.getAttribute('alt') === '' ? null : 'img';
    case 'progress':
      return 'progressbar';
    case 'meter':
      return 'meter';
    case 'fieldset':
      return 'group';
    case 'output':
      return 'status';
    case 'dl':
      return 'list';
    case 'dt':
      return 'term';
    case 'dd':
      return 'definition';
    default:
      return null;
  }
}

function hasOwnName(element: Element): boolean {
  return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
}

/** Roles whose accessible name comes from their content (so their text is not listed again). */
export const NAME_FROM_CONTENT = new Set(['button', 'link', 'tab', 'heading', 'option', 'switch', 'menuitem', 'radio', 'checkbox', 'term', 'columnheader', 'rowheader']);

/** The text a subtree contributes to a name, through shadow roots and slots, skipping hidden parts. */
export function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (!exposed(node) && !(node instanceof HTMLSlotElement)) return '';
  if (node.localName === 'style' || node.localName === 'script') return '';
  if (node.localName === 'img') return node.getAttribute('alt') ?? '';
  const label = node.getAttribute('aria-label');
  if (label && node.localName !== 'slot') return ` ${label} `;
  const block = ['div', 'p', 'li', 'dd', 'dt', 'br', 'td', 'th', 'tr', 'section', 'header', 'footer', 'span'].includes(node.localName) ? ' ' : '';
  return block + flatChildren(node).map(flatText).join('') + block;
}

function rootOf(element: Element): Document | ShadowRoot {
  return element.getRootNode() as Document | ShadowRoot;
}

/** The element's accessible name, computed the way the common cases of accname 1.2 do. */
export function nameOf(element: Element): string {
  const labelledby = element.getAttribute('aria-labelledby');
  if (labelledby) {
    const root = rootOf(element);
    const parts = labelledby
      .split(/\s+/)
      .map((id) => root.getElementById?.(id) ?? (root as ShadowRoot).querySelector?.(`#${CSS.escape(id)}`))
      .filter((part): part is HTMLElement => !!part)
      .map((part) => squash(part.getAttribute('aria-label') ?? flatText(part)));
    const joined = squash(parts.join(' '));
    if (joined) return joined;
  }
  const label = element.getAttribute('aria-label');
  if (label && squash(label)) return squash(label);
  const role = roleOf(element);
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) {
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return squash(element.value);
    const labels = element.labels ? [...element.labels] : [];
    if (labels.length) {
      return squash(labels.map((labelElement) => flatTextExcept(labelElement, element)).join(' '));
    }
    return squash(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
  }
  if (element.localName === 'img') return squash(element.getAttribute('alt') ?? '');
  if (element.localName === 'fieldset') {
    const legend = element.querySelector(':scope > legend');
    if (legend) return squash(flatText(legend));
  }
  if (element.localName === 'table') {
    const caption = element.querySelector(':scope > caption');
    if (caption) return squash(flatText(caption));
  }
  if (role && NAME_FROM_CONTENT.has(role)) return squash(flatChildren(element).map(flatText).join(''));
  return squash(element.getAttribute('title') ?? '');
}

/** A label's text without the control inside it (whose value is not part of its own name). */
function flatTextExcept(label: Element, control: Element): string {
  const collect = (node: Node): string => {
    if (node === control) return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element) || !exposed(node)) return '';
    return ' ' + flatChildren(node).map(collect).join('') + ' ';
  };
  return collect(label);
}

/** A one-line description of an element, for messages: `role "name"` and its tag. */
export function describeElement(element: Element | null): string {
  if (!element) return '(nothing)';
  return `${roleOf(element) ?? element.localName} "${nameOf(element)}" <${element.localName}${element.getAttribute('part') ? ` part=${element.getAttribute('part')}` : ''}>`;
}

/** A matcher for the element Tab should land on: its accessible name (exact or pattern) or a predicate. */
export type FocusMatcher = string | RegExp | ((element: Element) => boolean);

function matches(element: Element | null, matcher: FocusMatcher): boolean {
  if (!element) return false;
  if (typeof matcher === 'function') return matcher(element);
  const name = nameOf(element);
  return typeof matcher === 'string' ? name === matcher : matcher.test(name);
}

/**
 * Renders `template` between two plain buttons ("Before" and "After"), so every test starts
 * with focus outside the element and reaches its controls by Tab only.
 */
export async function mount<T extends Element>(template: TemplateResult, tag: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div><button id="before">Before</button>${template}<button id="after">After</button></div>`);
  return wrapper.querySelector(tag) as unknown as T;
}

/** Focuses the "Before" button (keyboard users come from somewhere); Tab goes on from there. */
export function startBefore(): void {
  document.getElementById('before')!.focus();
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element matches; fails with the
 * stops seen on the way. Returns the element.
 */
export async function tabTo(matcher: FocusMatcher, options: { max?: number; backwards?: boolean } = {}): Promise<HTMLElement> {
  const seen: string[] = [];
  for (let step = 0; step < (options.max ?? 60); step += 1) {
    await press(options.backwards ? 'Shift+Tab' : 'Tab');
    const focused = deepFocus();
    if (matches(focused, matcher)) return focused as HTMLElement;
    seen.push(describeElement(focused));
    if (focused?.id === 'after' && !options.backwards) break;
  }
  throw new Error(`Tab never reached ${String(matcher)}; the stops were:\n  ${seen.join('\n  ')}`);
}

/** Every Tab stop from "Before" to "After" (at most `max`), as elements; fails on a trap. */
export async function tabStops(max = 80): Promise<HTMLElement[]> {
  startBefore();
  const stops: HTMLElement[] = [];
  for (let step = 0; step < max; step += 1) {
    await sendKeys({ press: 'Tab' });
    const focused = deepFocus() as HTMLElement | null;
    if (!focused || focused.id === 'after') return stops;
    stops.push(focused);
  }
  throw new Error(`Tab never left the element after ${max} presses (a keyboard trap?); last stops: ${stops.slice(-5).map(describeElement).join(', ')}`);
}

/** Why the focused element shows no focus indicator, or null when it shows one. */
export function missingFocusIndicator(element: Element): string | null {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  if (outline || shadow) return null;
  return `${describeElement(element)} is focused with outline-style ${style.outlineStyle} (${style.outlineWidth}) and box-shadow ${style.boxShadow}`;
}

/** Asserts that every stop shows a focus indicator while it has keyboard focus. */
export async function expectVisibleFocusAtEveryStop(): Promise<HTMLElement[]> {
  startBefore();
  const problems: string[] = [];
  const stops: HTMLElement[] = [];
  for (let step = 0; step < 80; step += 1) {
    await sendKeys({ press: 'Tab' });
    const focused = deepFocus() as HTMLElement | null;
    if (!focused || focused.id === 'after') break;
    stops.push(focused);
    const problem = missingFocusIndicator(focused);
    if (problem) problems.push(problem);
  }
  expect(problems, problems.join('\n')).to.deep.equal([]);
  return stops;
}

const TARGET_SELECTOR = 'button, summary, input:not([type="hidden"]), select, textarea, a[href], [role="tab"], [role="switch"], [role="option"], [role="checkbox"], [role="radio"]';

/** The box a target is hit in: a radio or checkbox inside a label is hit through the label too. */
function hitBox(element: Element): DOMRect {
  const own = element.getBoundingClientRect();
  if (element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type)) {
    const label = element.closest('label');
    if (label) return label.getBoundingClientRect();
  }
  return own;
}

/**
 * Every rendered control under `host` (through shadow roots) that fails WCAG 2.2 2.5.8: smaller
 * than 24×24 CSS px *and* not saved by the spacing exception (a 24 px circle centred on it meets
 * another target or another small target's circle). A link inside a sentence (the inline
 * exception) is left out. Each as `description: width×height`.
 */
export function smallTargets(host: Element, minimum = 24): string[] {
  const targets = [host, ...flatElements(host)]
    .filter((element) => element.matches(TARGET_SELECTOR) && isRendered(element))
    .filter((element) => !(element.localName === 'a' && isInline(element)))
    .map((element) => ({ element, box: hitBox(element) }));
  const isSmall = (box: DOMRect) => box.width + 0.01 < minimum || box.height + 0.01 < minimum;
  const centre = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
    Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom));
  const small = targets.filter((target) => isSmall(target.box));
  const failing: string[] = [];
  for (const target of small) {
    const point = centre(target.box);
    const radius = minimum / 2;
    const crowded = targets.some((other) => {
      if (other === target || other.element.contains(target.element) || target.element.contains(other.element)) return false;
      if (isSmall(other.box)) {
        const otherPoint = centre(other.box);
        return Math.hypot(point.x - otherPoint.x, point.y - otherPoint.y) < minimum;
      }
      return distanceToBox(point, other.box) < radius;
    });
    if (crowded) failing.push(`${describeElement(target.element)}: ${target.box.width.toFixed(1)}×${target.box.height.toFixed(1)}`);
  }
  return failing;
}

/** Every target under `host` smaller than 24×24, spacing aside (for reporting). */
export function undersizedTargets(host: Element, minimum = 24): string[] {
  return [host, ...flatElements(host)]
    .filter((element) => element.matches(TARGET_SELECTOR) && isRendered(element))
    .map((element) => ({ element, box: hitBox(element) }))
    .filter(({ box }) => box.width + 0.01 < minimum || box.height + 0.01 < minimum)
    .map(({ element, box }) => `${describeElement(element)}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
}

/** Whether the element and its ancestors (in the flattened tree) are rendered with a box. */
function isRendered(element: Element): boolean {
  if (!element.checkVisibility({ checkVisibilityCSS: true })) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** A link whose parent block holds other text too: a link in a sentence. */
function isInline(link: Element): boolean {
  const parent = link.parentElement;
  if (!parent) return false;
  const display = getComputedStyle(link).display;
  if (display !== 'inline') return false;
  return squash(parent.textContent).length > squash(link.textContent).length + 1;
}

/** Waits until the element's `[part="base"]` has left loading. */
export async function loaded(el: Element, timeout = 4000): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false', `${el.localName} did not load`, { timeout });
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Waits until a `<so-account-settings>` panel's elements have been imported, then until each has loaded. */
export async function panelLoaded(panel: Element, timeout = 4000): Promise<void> {
  await waitUntil(() => !panel.querySelector(':scope > [part="skeleton"]'), 'the tab’s elements did not arrive', { timeout });
  for (const child of panel.children) await loaded(child, timeout);
}

/** Waits until focus is on an element `matcher` accepts. */
export async function focusLands(matcher: FocusMatcher, message: string): Promise<HTMLElement> {
  try {
    await waitUntil(() => matches(deepFocus(), matcher), message, { timeout: 3000 });
  } catch {
    throw new Error(`${message}; focus is on ${describeElement(deepFocus())}`);
  }
  return deepFocus() as HTMLElement;
}

/**
 * The Tab stops under `root` in the flattened tree, in document order: enabled, exposed controls
 * and `tabindex="0"` elements; of a group of radios, one stop (the checked radio, else the first).
 * For walking a modal dialog without pressing Tab past its last stop, which in Firefox takes focus
 * out of the page for good.
 */
export function tabStopsIn(root: Element): HTMLElement[] {
  const candidates = flatElements(root).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      element.matches('button, input, select, textarea, a[href], summary, [tabindex]') &&
      exposed(element),
  );
  const radios = (name: string) => candidates.filter((element) => element instanceof HTMLInputElement && element.type === 'radio' && element.name === name) as HTMLInputElement[];
  return candidates.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    const group = radios(element.name);
    return element === (group.find((radio) => radio.checked) ?? group[0]);
  });
}

/** The `<dialog>` that is open anywhere under `host` (through shadow roots), or null. */
export function openDialog(host: Element): HTMLDialogElement | null {
  return (flatElements(host).find((element) => element.localName === 'dialog' && (element as HTMLDialogElement).open) as HTMLDialogElement) ?? null;
}

export async function dialogOpens(host: Element): Promise<HTMLDialogElement> {
  await waitUntil(() => openDialog(host), `no dialog opened in ${host.localName}`, { timeout: 3000 });
  return openDialog(host)!;
}

export async function dialogCloses(host: Element): Promise<void> {
  await waitUntil(() => !openDialog(host), `the dialog in ${host.localName} did not close`, { timeout: 3000 });
}

/** Presses one key, or a chord such as `Shift+Tab` (modifiers held down around the last key). */
export async function press(key: string): Promise<void> {
  const keys = key.split('+');
  const last = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: last });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}
/** Types text into the focused field. */
export const type = (text: string) => sendKeys({ type: text });

/** The first element under `host` (flattened) whose role and name match. */
export function byRole(host: Element, role: string, name?: string | RegExp): HTMLElement | null {
  return (
    (flatElements(host).find(
      (element) =>
        roleOf(element) === role &&
        exposed(element) &&
        (name === undefined || (typeof name === 'string' ? nameOf(element) === name : name.test(nameOf(element)))),
    ) as HTMLElement | undefined) ?? null
  );
}

/**
 * Pins the clock for one file: `Date.now()` and `new Date()` start at `start` and move on with
 * real time, so the seed's relative dates and every formatted date are the same on every run.
 * Returns a restore.
 */
export function pinClock(start = Date.UTC(2025, 5, 16, 12, 0, 0)): () => void {
  const RealDate = Date;
  const offset = start - RealDate.now();
  class PinnedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [number]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = PinnedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
