/**
 * The CDN autoloader (`dist/cdn/autoloader.js`): watches the page and, when the first `so-*`
 * element that is not yet defined appears, imports the bundle beside it
 * (`dist/cdn/settings-elements.js`), which registers every element at once. It imports the one
 * bundle rather than one module per element so that a page has a single copy of the library and
 * of Lit, and so `setDefaultAccountClient` imported from that bundle is the one the elements read.
 *
 * The observer sees the document, not shadow roots: an app that renders `so-*` tags inside its
 * own shadow DOM calls `discover(shadowRoot)` or `load()`.
 */

const BUNDLE_FILE = 'settings-elements.js';

type Bundle = typeof import('../index.js');

let loading: Promise<Bundle> | undefined;
let observer: MutationObserver | undefined;

/** Imports the bundle (once) and resolves with its module; every element is defined by then. */
export function load(): Promise<Bundle> {
  if (!loading) {
    observer?.disconnect();
    observer = undefined;
    // Resolved at run time beside this file, so a CDN's versioned URL carries over.
    const url = new URL(BUNDLE_FILE, import.meta.url).href;
    loading = import(/* @vite-ignore */ url) as Promise<Bundle>;
  }
  return loading;
}

/** Loads the bundle when `root` (or its subtree) holds an undefined `so-*` element. */
export function discover(root: ParentNode): Promise<Bundle> | undefined {
  if (loading) return loading;
  if (root instanceof Element && isUndefinedSoElement(root)) return load();
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (isUndefinedSoElement(element)) return load();
  }
  return undefined;
}

function isUndefinedSoElement(element: Element): boolean {
  return element.localName.startsWith('so-') && customElements.get(element.localName) === undefined;
}

function start(): void {
  if (discover(document)) return;
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && discover(node)) return;
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') start();
