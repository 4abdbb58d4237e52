import type { AccountClient, RequestOptions, Usage } from '../../src/client/types.js';
import { deferred, type Deferred } from './deferred.js';

/** One recorded call of the fake client. */
export interface FakeCall {
  operation: string;
  signal?: AbortSignal;
}

/**
 * An `AccountClient` whose `getUsage()` calls are held open until the test settles them, and
 * recorded with their signals. The other methods reject: the shared machinery only needs one.
 */
export function createFakeClient() {
  const calls: FakeCall[] = [];
  const pending: Deferred<Usage>[] = [];
  const client = new Proxy({} as AccountClient, {
    get(_target, operation: string) {
      // Lit probes values for directive markers: only method-like names are methods here.
      if (typeof operation !== 'string' || operation === 'then' || !/^[a-z]/.test(operation)) return undefined;
      return (...args: unknown[]) => {
        const options = args.at(-1) as RequestOptions | undefined;
        calls.push({ operation, signal: options?.signal });
        if (operation !== 'getUsage') return Promise.reject(new Error(`${operation} is not faked`));
        const call = deferred<Usage>();
        options?.signal?.addEventListener('abort', () => call.reject(new DOMException('Aborted', 'AbortError')));
        pending.push(call);
        return call.promise;
      };
    },
  });
  return { client, calls, pending };
}

/** Usage data with the given metric ids. */
export function usageWith(...ids: string[]): Usage {
  return {
    periodStart: '2026-11-01T00:00:00Z',
    periodEnd: '2026-12-01T00:00:00Z',
    metrics: ids.map((id) => ({ id, used: 1, limit: 10, unit: 'count' as const })),
  };
}
