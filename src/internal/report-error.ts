import { toAccountApiError, type AccountApiError } from '../client/errors.js';
import { sourceClient } from '../client/client-source.js';
import type { AccountClient, AccountOperation } from '../client/types.js';
import { dispatchSoEvent } from './so-element.js';

// One `so-auth-expired` per client until one of its calls succeeds again, however many
// elements share that client — a `withReadCache` wrapper counts as the client it wraps.
const expiredClients = new WeakSet<AccountClient>();

/**
 * Tells the host a client call failed: `so-error` always (except for an abort, which is not a
 * failure), and `so-auth-expired` the first time the client answers `unauthorized`.
 */
export function reportError(
  target: EventTarget,
  operation: AccountOperation,
  thrown: unknown,
  client: AccountClient | undefined,
): AccountApiError {
  const error = toAccountApiError(thrown);
  if (error.code === 'aborted') return error;
  dispatchSoEvent(target, 'so-error', { operation, error });
  const source = client && sourceClient(client);
  if (error.code === 'unauthorized' && source && !expiredClients.has(source)) {
    expiredClients.add(source);
    dispatchSoEvent(target, 'so-auth-expired', { operation });
  }
  return error;
}

/** Marks a successful call, so a later `unauthorized` fires `so-auth-expired` again. */
export function reportSuccess(client: AccountClient | undefined): void {
  if (client) expiredClients.delete(sourceClient(client));
}
