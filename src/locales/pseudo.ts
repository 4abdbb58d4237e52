import { formatNumber } from '../internal/format.js';
import { en, type Messages } from '../internal/localize/en.js';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'ë', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'Ë', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const OPEN = '[!! ';
const CLOSE = ' !!]';
// German and Finnish run about 30–40 % longer than English; a layout that survives this does too.
const GROWTH = 0.4;

const accent = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter]!);

/**
 * Accents every ASCII letter of `text` except inside `keep` (the argument values a message was
 * given, which must reach the user exactly as passed), and pads it to about 140 % of its length.
 * A text without letters (a separator, `${zone} (${offset})`) has nothing to translate and is kept.
 */
function pseudo(text: string, keep: string[] = []): string {
  const kept = [...new Set(keep.filter((value) => value !== ''))].sort((a, b) => b.length - a.length);
  let transformed = '';
  let rest = text;
  let hasLetters = false;
  while (rest) {
    // The earliest kept value in what is left, the longest one when several start there.
    let at = -1;
    let value = '';
    for (const candidate of kept) {
      const index = rest.indexOf(candidate);
      if (index !== -1 && (at === -1 || index < at)) {
        at = index;
        value = candidate;
      }
    }
    const plain = at === -1 ? rest : rest.slice(0, at);
    if (/[a-zA-Z]/.test(plain)) hasLetters = true;
    transformed += accent(plain) + value;
    rest = at === -1 ? '' : rest.slice(at + value.length);
  }
  if (!hasLetters) return text;
  const padding = Math.max(0, Math.ceil(text.length * GROWTH) - OPEN.length - CLOSE.length);
  return `${OPEN}${transformed}${'·'.repeat(padding)}${CLOSE}`;
}

/** How an argument can appear in a message's text: as passed, or as a number formatted for the locale. */
function forms(locale: string, value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' && Number.isFinite(value)) return [String(value), formatNumber(locale, value)];
  return [];
}

type MessageFunction = (locale: string, ...args: unknown[]) => string;

/**
 * A pseudo-locale made from the English catalogue at call time: every letter accented (`Save` →
 * `[!! Šáṽë !!]`) and every text about 40 % longer, so a story shows at a glance which strings
 * bypass the catalogue and which layouts truncate. Argument values (names, dates, counts) are not
 * transformed. Register it under a tag `Intl` accepts:
 * `registerTranslation('en-XA', pseudoLocale())` and `lang="en-XA"` on an ancestor.
 */
export function pseudoLocale(): Messages {
  const messages: Record<string, string | MessageFunction> = {};
  for (const [key, message] of Object.entries(en) as [string, string | MessageFunction][]) {
    messages[key] =
      typeof message === 'function'
        ? (locale: string, ...args: unknown[]) => pseudo(message(locale, ...args), args.flatMap((arg) => forms(locale, arg)))
        : pseudo(message);
  }
  return messages as Messages;
}
