import type { AccountClient } from '../client/types.js';

let defaultClient: AccountClient | undefined;
const listeners = new Set<() => void>();

/**
 * Sets the client every element uses when it has no `client` property and no
 * `<so-account-provider>` ancestor. Connected elements switch to it at once.
 */
export function setDefaultAccountClient(client: AccountClient | undefined): void {
  defaultClient = client;
  for (const listener of listeners) listener();
}

/** The module default client, if one was set. */
export function getDefaultAccountClient(): AccountClient | undefined {
  return defaultClient;
}

/** Calls `listener` when the default client changes; returns the unsubscribe function. */
export function onDefaultAccountClientChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
