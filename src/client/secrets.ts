/**
 * Random ids and API key secrets for the in-memory backend. Uses Web Crypto, which Node (≥ 19)
 * and every browser expose as the global `crypto`.
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The visible prefix of every SentientOne secret. */
export const SECRET_PREFIX = 'sk-so-';

/** Random base62 text of `length` characters. */
export function randomBase62(length: number): string {
  // 62 * 4 = 248: rejecting bytes ≥ 248 keeps every character equally likely.
  let text = '';
  while (text.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && text.length < length) text += BASE62[byte % 62];
    }
  }
  return text;
}

/** A new id such as `key_8fK2…`; the prefix says what kind of record it names. */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBase62(14)}`;
}

/** A new secret `sk-so-…`, ending in `last4` when given (seed keys are shown by their last 4). */
export function createSecret(last4?: string): string {
  const tail = last4 ?? randomBase62(4);
  return `${SECRET_PREFIX}${randomBase62(36)}${tail}`;
}
