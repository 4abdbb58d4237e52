/**
 * A client wrapper that makes a page of elements fetch each resource once. No DOM.
 */
import { abortable } from './async.js';
import { markWrapper, sourceClient } from './client-source.js';
import { ACCOUNT_OPERATIONS, parameterCount } from './operations.js';
import type { AccountClient, AccountOperation, RequestOptions } from './types.js';

/** An `AccountClient` whose plain reads are shared; `invalidate()` forgets them. */
export type CachedAccountClient = AccountClient & {
  /** Forgets the shared reads (all of them, or one), so the next call fetches again. */
  invalidate(operation?: AccountOperation): void;
  /** The client this one wraps. */
  readonly source: AccountClient;
};

type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/** An operation that only reads: `get…` or `list…`. */
function isRead(operation: AccountOperation): boolean {
  return /^(get|list)[A-Z]/.test(operation);
}

/** A read that takes nothing but `RequestOptions`: `getUsage`, `listApiKeys`… but not `listMembers`. */
function isPlainRead(operation: AccountOperation): boolean {
  return isRead(operation) && parameterCount(operation) === 1;
}

const wrapped = new WeakMap<AccountClient, CachedAccountClient>();

/**
 * Wraps `client` so that every plain read (an operation named `get…`/`list…` that takes only
 * `RequestOptions`) is fetched once and shared by every caller until a mutation goes through
 * the wrapper or `invalidate()` is called. A caller's `signal` aborts its own wait, never the
 * shared request; a failed read is forgotten, so Retry fetches again. Reads with inputs
 * (`listMembers`) and every mutation pass straight through, and a mutation forgets the shared
 * reads both when it starts and when it settles, so nothing read before it is shown after it.
 * Methods the client leaves out stay left out, so capabilities are unchanged. The same client
 * always gets the same wrapper.
 */
export function withReadCache(client: AccountClient): CachedAccountClient {
  if (sourceClient(client) !== client) return client as CachedAccountClient;
  const existing = wrapped.get(client);
  if (existing) return existing;
  const reads = new Map<AccountOperation, Promise<unknown>>();
  const cached = {
    source: client,
    invalidate(operation?: AccountOperation) {
      if (operation) reads.delete(operation);
      else reads.clear();
    },
  } as CachedAccountClient;
  const target = cached as unknown as Record<string, AnyMethod>;
  for (const operation of ACCOUNT_OPERATIONS) {
    const method = (client as unknown as Record<string, AnyMethod | undefined>)[operation];
    if (typeof method !== 'function') continue;
    target[operation] = isPlainRead(operation)
      ? (options?: unknown) => {
          let read = reads.get(operation);
          if (!read) {
            read = method.call(client);
            reads.set(operation, read);
            read.catch(() => {
              if (reads.get(operation) === read) reads.delete(operation);
            });
          }
          return abortable(read, (options as RequestOptions | undefined)?.signal);
        }
      : isRead(operation)
        ? (...args: unknown[]) => method.apply(client, args)
        : (...args: unknown[]) => {
            reads.clear();
            return method.apply(client, args).finally(() => reads.clear());
          };
  }
  wrapped.set(client, cached);
  markWrapper(cached, client);
  return cached;
}

