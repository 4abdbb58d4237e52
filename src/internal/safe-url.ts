/**
 * Links from data (a server, an adapter, a seed) may only be absolute `https:` URLs or relative
 * ones. Anything else — `javascript:`, `data:`, `http:`, `mailto:`, a scheme-relative `//host`
 * (which takes the page's scheme, `http:` included), a malformed string — is refused. Parsing
 * uses the WHATWG URL parser, the one the browser applies to `href`, so tricks such as
 * `java\tscript:` or leading spaces are judged exactly as the browser would follow them.
 */

// Resolving against a base of our own tells a relative URL (stays on this host) from a
// scheme-relative one (moves to another host), whatever the page's own URL is.
const RELATIVE_BASE = new URL('https://relative.invalid/');

/** Whether `url` is an absolute `https:` URL. */
export function isHttpsUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url === '') return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false; // relative or malformed
  }
}

/** Whether `url` may be used as a link: an absolute `https:` URL, or a relative one on the page's host. */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.trim() === '') return false;
  if (URL.canParse(url)) return isHttpsUrl(url); // absolute: its scheme decides
  try {
    return new URL(url, RELATIVE_BASE).host === RELATIVE_BASE.host;
  } catch {
    return false;
  }
}

/** `url` when it is safe to link to (see `isSafeUrl`), else `undefined`. */
export function safeHref(url: unknown): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}
