/** Which client a wrapper (`withReadCache`) stands for; tiny, so every element can ask. No DOM. */
import type { AccountClient } from './types.js';

const sources = new WeakMap<AccountClient, AccountClient>();

/** Records that `wrapper` calls through to `source`. */
export function markWrapper(wrapper: AccountClient, source: AccountClient): void {
  sources.set(wrapper, source);
}

/** The client `client` wraps, or `client` itself: one identity for "the same backend". */
export function sourceClient(client: AccountClient): AccountClient {
  return sources.get(client) ?? client;
}
