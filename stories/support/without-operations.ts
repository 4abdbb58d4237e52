import { ACCOUNT_OPERATIONS } from '../../src/client/operations.js';
import type { AccountClient, AccountOperation } from '../../src/client/types.js';

/**
 * A copy of `client` that lacks `operations` altogether, as a host's backend without (say)
 * billing would: even the methods every client must have. Other methods call through.
 */
export function withoutOperations(client: AccountClient, ...operations: AccountOperation[]): AccountClient {
  const copy: Record<string, unknown> = {};
  for (const operation of ACCOUNT_OPERATIONS) {
    const method = client[operation] as unknown;
    if (typeof method === 'function' && !operations.includes(operation)) copy[operation] = (method as (...args: unknown[]) => unknown).bind(client);
  }
  return copy as unknown as AccountClient;
}
