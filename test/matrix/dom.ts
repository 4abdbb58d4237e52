/** DOM walking for the matrix suites: every element, every shadow root, every text. */

/** `root` and every element below it, descending into open shadow roots (and their shadows). */
export function allElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      found.push(node);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Every open shadow root at or below `root`. */
export function allShadowRoots(root: Node): ShadowRoot[] {
  return allElements(root)
    .map((element) => element.shadowRoot)
    .filter((shadow): shadow is ShadowRoot => !!shadow);
}

/** Every match of `selector` at or below `root`, shadow roots included. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Node, selector: string): T[] {
  return allElements(root).filter((element) => element.matches(selector)) as T[];
}

/** Whether `element` is rendered: it and its flat-tree ancestors are not `hidden`/`display: none`. */
export function isShown(element: Element): boolean {
  return (element as HTMLElement).checkVisibility?.() ?? true;
}

/** All text at or below `root` (shadow roots included), plus form controls' values, whitespace collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(` ${node.value} `);
    if (node instanceof HTMLSelectElement) parts.push(` ${node.value} `);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The text a user sees at or below `root`: like `deepText`, but only rendered (shown) parts. */
export function shownText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && !isShown(node)) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(` ${node.value} `);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Polls until `predicate` holds, up to `timeout` ms; fails naming `what` otherwise. */
export async function until(predicate: () => boolean, what: string, timeout = 4000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits `ms` milliseconds (for "nothing else happens" checks). */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
