import { LitElement } from 'lit';
import { devWarn } from './dev-mode.js';
import { LocalizeController } from './localize/localize-controller.js';
import { commonMessages } from './localize/messages/common.js';
import type { MessageSection } from './localize/messages/section.js';
import { defineMessages } from './localize/registry.js';
import { hostStyles } from './styles/host.js';
import { installThemeClasses, tokenStyles } from './styles/tokens.js';

/** Names of the library's own events, declared by each element in `GlobalEventHandlersEventMap`. */
export type SoEventName = Extract<keyof GlobalEventHandlersEventMap, `so-${string}`>;
export type DetailOf<K extends SoEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a `so-*` event from `target` as every element does; for controllers and parts. */
export function dispatchSoEvent<K extends SoEventName>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options?: { cancelable?: boolean },
): GlobalEventHandlersEventMap[K] {
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options?.cancelable ?? false });
  target.dispatchEvent(event);
  return event as unknown as GlobalEventHandlersEventMap[K];
}

/**
 * Registers `tag` unless it is already registered, so two copies of the library (or a hot
 * reload) on one page don't throw. A different class under the same tag gets a dev warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    devWarn(`<${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}

/** Class decorator form of `defineElement`, used in place of Lit's `@customElement`. */
export function customElement(tag: string) {
  return (constructor: CustomElementConstructor): void => defineElement(tag, constructor);
}

/**
 * The one base class of every element: tokens and host styles, localization with `lang`/`dir`
 * from the nearest ancestor, and a typed `emit()`.
 */
export class SoElement extends LitElement {
  static override styles = [tokenStyles, hostStyles];

  /**
   * The built-in English messages the element renders, registered when the class is defined —
   * so an element ships its own strings and the shared ones, never the whole catalogue.
   */
  static messages: readonly MessageSection[] = [commonMessages];

  protected static override finalize(): void {
    super.finalize();
    for (const section of this.messages) defineMessages(section);
  }

  /** Strings and `Intl` formatting for this element's language. */
  protected readonly localize = new LocalizeController(this);

  #internals?: ElementInternals;

  /** Turns a CSS custom state on or off, so hosts can style `:state(name)`. */
  protected toggleState(name: string, on: boolean): void {
    this.#internals ??= this.attachInternals();
    if (on) this.#internals.states.add(name);
    else this.#internals.states.delete(name);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installThemeClasses();
  }

  /** Dispatches a typed `so-*` event that bubbles and crosses shadow roots; returns it. */
  protected emit<K extends SoEventName>(
    name: K,
    ...[detail, options]: DetailOf<K> extends undefined | void
      ? [detail?: DetailOf<K>, options?: { cancelable?: boolean }]
      : [detail: DetailOf<K>, options?: { cancelable?: boolean }]
  ): GlobalEventHandlersEventMap[K] {
    return dispatchSoEvent(this, name, detail as DetailOf<K>, options);
  }
}
