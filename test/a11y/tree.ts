/**
 * A compact accessibility tree, computed in the page: the flattened DOM (through shadow roots
 * and slots) reduced to what a screen reader announces — each exposed element with a role, its
 * accessible name and states, and the text between them. Chromium's own tree is not reachable
 * from Web Test Runner's Chrome launcher, so this follows the common cases of HTML-AAM and
 * accname 1.2 (see `roleOf` and `nameOf` in a11y-helpers.ts).
 */
import { exposed, flatChildren, NAME_FROM_CONTENT, nameOf, roleOf, squash } from './a11y-helpers.js';

const SKIPPED_ROLES = new Set(['presentation', 'none', 'generic']);
/** Roles whose subtree is summed up by the control itself. */
const LEAF_ROLES = new Set([...NAME_FROM_CONTENT, 'textbox', 'searchbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'color', 'file', 'img', 'progressbar', 'meter']);

function level(element: Element): string | null {
  const explicit = element.getAttribute('aria-level');
  if (explicit) return explicit;
  const match = /^h([1-6])$/.exec(element.localName);
  return match ? match[1]! : null;
}

function description(element: Element): string {
  const ids = element.getAttribute('aria-describedby');
  if (!ids) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  return squash(
    ids
      .split(/\s+/)
      .map((id) => root.getElementById(id))
      .filter((node): node is HTMLElement => !!node)
      .map((node) => node.textContent)
      .join(' '),
  );
}

/** The states a screen reader announces for `element`, as `name` or `name=value`. */
function states(element: Element, role: string): string[] {
  const out: string[] = [];
  const heading = role === 'heading' ? level(element) : null;
  if (heading) out.push(`level=${heading}`);
  for (const attribute of ['aria-selected', 'aria-checked', 'aria-expanded', 'aria-pressed', 'aria-current', 'aria-invalid', 'aria-busy', 'aria-disabled', 'aria-required', 'aria-live', 'aria-modal', 'aria-valuenow', 'aria-valuetext']) {
    const value = element.getAttribute(attribute);
    if (value === null || (value === 'false' && attribute !== 'aria-selected' && attribute !== 'aria-checked' && attribute !== 'aria-expanded')) continue;
    out.push(`${attribute.slice(5)}=${value}`);
  }
  if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type) && !element.hasAttribute('aria-checked')) {
    out.push(`checked=${element.checked}`);
  }
  if (element.localName === 'summary') out.push(`expanded=${(element.parentElement as HTMLDetailsElement | null)?.open ?? false}`);
  if ((element as HTMLButtonElement).disabled) out.push('disabled');
  if ((element as HTMLInputElement).required) out.push('required');
  if ((element as HTMLInputElement).readOnly && element.localName === 'input') out.push('readonly');
  if (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(element.type)) out.push(`value="${element.value}"`);
  if (element instanceof HTMLSelectElement) out.push(`value="${squash(element.selectedOptions[0]?.textContent)}"`);
  if (element instanceof HTMLTextAreaElement) out.push(`value="${element.value}"`);
  if (element instanceof HTMLDialogElement && element.open) out.push('open');
  const described = description(element);
  if (described) out.push(`description="${described}"`);
  return out;
}

/** The tree under `host` as indented lines: `role "name" [states]` and `text "…"`. */
export function accessibilityTree(host: Element): string {
  const lines: string[] = [];
  let pending = '';
  let pendingDepth = 0;
  const flush = () => {
    const text = squash(pending);
    if (text) lines.push(`${'  '.repeat(pendingDepth)}text "${text}"`);
    pending = '';
  };
  const visit = (node: Node, depth: number) => {
    for (const child of flatChildren(node)) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!pending) pendingDepth = depth;
        pending += child.textContent ?? '';
        continue;
      }
      if (!(child instanceof Element) || ['style', 'script', 'template'].includes(child.localName)) continue;
      if (!exposed(child)) continue;
      const role = roleOf(child);
      if (!role || SKIPPED_ROLES.has(role)) {
        // Block boundaries split text runs, as a screen reader's virtual cursor does.
        if (getComputedStyle(child).display !== 'inline') flush();
        visit(child, depth);
        if (getComputedStyle(child).display !== 'inline') flush();
        continue;
      }
      flush();
      const name = nameOf(child);
      const stateList = states(child, role);
      lines.push(`${'  '.repeat(depth)}${role}${name ? ` "${name}"` : ''}${stateList.length ? ` [${stateList.join(', ')}]` : ''}`);
      if (!LEAF_ROLES.has(role)) {
        visit(child, depth + 1);
        flush();
      }
    }
  };
  visit(host, 0);
  flush();
  return lines.join('\n') + '\n';
}

/** A line diff of two snapshots (`-` expected, `+` actual), for the failure message. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, fine for snapshots of a few hundred lines.
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      out.push(`+ ${b[j]}`);
      j += 1;
    } else {
      out.push(`- ${a[i]}`);
      i += 1;
    }
  }
  return out.join('\n');
}
