import { registeredLocales } from '../../internal/localize/registry.js';

/** A language the profile can choose, named in that language. */
export interface LanguageOption {
  /** The BCP 47 tag saved in the profile, e.g. `de`, `pt-BR`. */
  code: string;
  /** Its name in its own language, e.g. `Deutsch`. */
  name: string;
}

function canonical(code: string): string {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}

/** `code`'s name in `code` itself, capitalised as a menu entry; the tag itself when `Intl` has none. */
export function nativeLanguageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * The languages the library has a catalogue for (English first), plus `current` when the
 * profile holds another one, so the menu always shows what is saved.
 */
export function languageOptions(current: string): LanguageOption[] {
  const same = (code: string) => code.toLowerCase() === current.toLowerCase();
  // The saved spelling wins (`en-us` vs `en-US`), so the menu selects it and shows no change.
  const codes = [...new Set(['en', ...registeredLocales()].map(canonical))].map((code) => (same(code) ? current : code));
  if (current && !codes.some(same)) codes.push(current);
  return codes.map((code) => ({ code, name: nativeLanguageName(code) }));
}
