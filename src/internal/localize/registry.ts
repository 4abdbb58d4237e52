import { devWarn } from '../dev-mode.js';
import type { MessageArgs, MessageKey, Translation } from './en.js';
import type { MessageSection } from './messages/section.js';

// The built-in English messages, filled section by section as element modules load: an
// element ships only its own strings (and the shared ones), not the whole catalogue.
const english: Record<string, MessageSection[string]> = {};
// What hosts register, per lower-case locale; `en` holds a host's English overrides.
const translations = new Map<string, Translation>([['en', {}]]);
const listeners = new Set<() => void>();

/**
 * Registers (or extends) the catalogue for `locale`, e.g. `registerTranslation('de', { … })`.
 * Keys left out fall back to English. Registering again merges, so a host can override single
 * messages: `registerTranslation('en', { 'state.retry': 'Reload' })`. Connected elements re-render.
 */
export function registerTranslation(locale: string, messages: Translation): void {
  const key = locale.toLowerCase();
  translations.set(key, { ...translations.get(key), ...messages });
  for (const listener of listeners) listener();
}

/** The locales that have a catalogue, English first. */
export function registeredLocales(): string[] {
  return [...translations.keys()];
}

/** Adds a section of built-in English messages; each messages module calls it as it loads. */
export function defineMessages<T extends MessageSection>(section: T): T {
  Object.assign(english, section);
  return section;
}

/** Calls `listener` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `de-CH` → the `de-ch` catalogue, else `de`, else the English overrides. */
function catalogueFor(locale: string): Translation {
  const lower = locale.toLowerCase();
  return translations.get(lower) ?? translations.get(lower.split('-')[0]!) ?? translations.get('en')!;
}

/** The locale whose catalogue `catalogueFor` picks, for formatting plurals in that language. */
export function resolveLocale(locale: string): string {
  const lower = locale.toLowerCase();
  if (translations.has(lower)) return locale;
  const language = lower.split('-')[0]!;
  return translations.has(language) ? locale : 'en';
}

/** The message `key` in `locale`, falling back to English (with one dev warning per key and locale). */
export function translate<K extends MessageKey>(locale: string, key: K, ...args: MessageArgs<K>): string {
  const catalogue = catalogueFor(locale);
  const overrides = translations.get('en')!;
  let message = catalogue[key] as MessageSection[string] | undefined;
  let messageLocale = resolveLocale(locale);
  if (message === undefined) {
    message = overrides[key] ?? english[key];
    if (message === undefined) {
      devWarn(`No "${key}" message is loaded: import the module of the element that uses it.`, `|${key}`);
      return key;
    }
    if (catalogue !== overrides) devWarn(`No "${key}" message for locale "${locale}"; using English. Add it with registerTranslation().`, `${locale}|${key}`);
    messageLocale = 'en';
  }
  if (typeof message === 'function') {
    return (message as (locale: string, ...rest: unknown[]) => string)(messageLocale, ...args);
  }
  return message;
}
