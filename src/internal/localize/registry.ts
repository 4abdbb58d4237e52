import { devWarn } from '../dev-mode.js';
import { en, type MessageArgs, type MessageKey, type Translation } from './en.js';

const translations = new Map<string, Translation>([['en', en]]);
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

/** Calls `listener` whenever a translation is registered; returns the unsubscribe function. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `de-CH` → the `de-ch` catalogue, else `de`, else English. */
function catalogueFor(locale: string): Translation {
  const lower = locale.toLowerCase();
  return translations.get(lower) ?? translations.get(lower.split('-')[0]!) ?? en;
}

/** The locale whose catalogue `catalogueFor` picks, for formatting plurals in that language. */
export function resolveLocale(locale: string): string {
  const lower = locale.toLowerCase();
  if (translations.has(lower)) return locale;
  const language = lower.split('-')[0]!;
  return translations.has(language) ? locale : 'en';
}

const warned = new Set<string>();

/** The message `key` in `locale`, falling back to English (with one dev warning per key and locale). */
export function translate<K extends MessageKey>(locale: string, key: K, ...args: MessageArgs<K>): string {
  const catalogue = catalogueFor(locale);
  let message = catalogue[key];
  let messageLocale = resolveLocale(locale);
  if (message === undefined) {
    const id = `${locale}|${key}`;
    if (!warned.has(id)) {
      warned.add(id);
      devWarn(`No "${key}" message for locale "${locale}"; using English. Add it with registerTranslation().`);
    }
    message = en[key];
    messageLocale = 'en';
  }
  if (typeof message === 'function') {
    return (message as (locale: string, ...rest: unknown[]) => string)(messageLocale, ...args);
  }
  return message as string;
}
