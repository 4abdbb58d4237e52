import type { AccountStore } from '../../src/client/account-store.js';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { parameterCount } from '../../src/client/operations.js';
import type { AccountClient, AccountOperation, RequestOptions } from '../../src/client/types.js';

/** One call the client received: its arguments (without the options) and idempotency key. */
export interface RecordedCall {
  operation: AccountOperation;
  args: unknown[];
  idempotencyKey?: string;
}

/** A memory client that records every call before passing it on. */
export interface RecordingClient {
  client: AccountClient;
  store: AccountStore;
  calls: RecordedCall[];
  callsTo(operation: AccountOperation): RecordedCall[];
}

export function recordingClient(options: MemoryClientOptions = {}): RecordingClient {
  const memory = createMemoryAccountClient(options);
  const calls: RecordedCall[] = [];
  const client = new Proxy(memory, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof name !== 'string' || typeof value !== 'function') return value;
      const operation = name as AccountOperation;
      return (...args: unknown[]) => {
        const count = parameterCount(operation);
        const requestOptions = args[count - 1] as RequestOptions | undefined;
        calls.push({ operation, args: args.slice(0, count - 1), idempotencyKey: requestOptions?.idempotencyKey });
        return (value as (...params: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { client, store: memory.store, calls, callsTo: (operation) => calls.filter((call) => call.operation === operation) };
}
