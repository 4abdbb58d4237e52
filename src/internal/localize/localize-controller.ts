import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageArgs, MessageKey } from './en.js';
import { onTranslationsChange, translate } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: a `lang` or `dir` change anywhere re-resolves every element. */
function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
  onTranslationsChange(() => connected.forEach((controller) => controller.host.requestUpdate()));
}

/** The nearest `attribute` on the element or an ancestor, crossing shadow roots. */
function closestAttribute(element: Element, attribute: string): string | null {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute(attribute);
    if (value) return value;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/** Whether `Intl` can format for `lang`; a malformed tag makes `Intl` throw, so it is checked here. */
function isSupportedLocale(lang: string): boolean {
  try {
    return !!lang && Intl.NumberFormat.supportedLocalesOf(lang).length > 0;
  } catch {
    return false;
  }
}

/**
 * Gives an element its strings in the language of its nearest `lang` ancestor (English when
 * none), and its direction from the nearest `dir`; both update live. Numbers and dates go through
 * `format.ts` with `lang` (`formatDate(localize.lang, …)`), so an element's bundle holds only the
 * formatters it uses.
 */
export class LocalizeController implements ReactiveController {
  /** The resolved BCP 47 language tag, e.g. `en`, `de-CH`. */
  lang = 'en';
  /** The resolved text direction. */
  dir: 'ltr' | 'rtl' = 'ltr';

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocument();
    connected.add(this);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads `lang` and `dir` from the ancestors and re-renders when they changed. */
  refresh(): void {
    const lang = closestAttribute(this.host, 'lang') ?? document.documentElement.lang ?? 'en';
    const dir = closestAttribute(this.host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    const valid = isSupportedLocale(lang) ? lang : 'en';
    if (valid !== this.lang || dir !== this.dir) {
      this.lang = valid;
      this.dir = dir;
      this.host.requestUpdate();
    }
  }

  /** The message `key`, in this element's language. */
  term<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return translate(this.lang, key, ...args);
  }
}
