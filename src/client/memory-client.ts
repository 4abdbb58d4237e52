/**
 * An `AccountClient` for demos and tests: the in-memory AccountStore behind simulated latency,
 * injected failures and switchable capabilities. No DOM, no Lit.
 */
import { AccountStore } from './account-store.js';
import { sleep } from './async.js';
import type { AccountSeed } from './seed.js';
import { ACCOUNT_ERROR_CODES, AccountApiError } from './errors.js';
import type { AccountErrorCode, FieldErrors } from './errors.js';
import { ACCOUNT_OPERATIONS, checkOmittedOperations, isAccountOperation, parameterCount } from './operations.js';
import type { OptionalAccountOperation } from './operations.js';
import { throwIfAborted } from './store-support.js';
import type { AccountClient, AccountOperation, RequestOptions } from './types.js';

/** A failure to inject: an error code, or a code with the details an error of that kind carries. */
export type InjectedFailure =
  | AccountErrorCode
  | {
      /** The error code every call of the operation rejects with. */
      code: AccountErrorCode;
      /** Fail only the next call, then succeed again — to show a Retry that works. */
      once?: boolean;
      /** The HTTP status to report, as if a server had answered. */
      status?: number;
      /** For `rate_limited`: seconds to wait before trying again. */
      retryAfterSeconds?: number;
      /** For `validation`: messages per field. */
      fieldErrors?: FieldErrors;
      /** The error message; a generic one for the code by default. */
      message?: string;
    };

/** Options for `createMemoryAccountClient`. */
export interface MemoryClientOptions {
  /** Data to start from; each top-level part given replaces that part of `createSeed()` whole. Not with `store`. */
  seed?: Partial<AccountSeed>;
  /** An existing store to share, e.g. with MSW handlers or a second client. Not with `seed` or `now`. */
  store?: AccountStore;
  /** Simulated time each call takes, in ms: fixed, or uniformly random between `min` and `max`. The call's signal aborts the wait. Default 0. */
  latencyMs?: number | { min: number; max: number };
  /** Operations that reject, after the latency and without touching the store, so every error state can be shown. */
  failures?: Partial<Record<AccountOperation, InjectedFailure>>;
  /** Optional operations to leave out: the returned client then has no such method at all. */
  capabilities?: { omit?: OptionalAccountOperation[] };
  /** The clock of the new store; real time by default. Not with `store`. */
  now?: () => Date;
}

/** A memory client: an `AccountClient` plus the store behind it, for inspection. */
export type MemoryAccountClient = AccountClient & { readonly store: AccountStore };

const DEFAULT_MESSAGES: Record<AccountErrorCode, string> = {
  unauthorized: 'Your session has expired; sign in again.',
  forbidden: 'You do not have permission to do this.',
  reauth_required: 'Confirm it is you to continue.',
  not_found: 'This item no longer exists.',
  conflict: 'This conflicts with the current state.',
  validation: 'Some fields need attention.',
  rate_limited: 'Too many requests; try again shortly.',
  unavailable: 'The service is unavailable; try again shortly.',
  network: 'The network is unreachable.',
  timeout: 'The request timed out.',
  aborted: 'The request was aborted.',
  unknown: 'Something went wrong.',
};

function checkOptions(options: MemoryClientOptions): void {
  if (options.store && (options.seed || options.now)) {
    throw new TypeError('createMemoryAccountClient: pass either `store` or `seed`/`now`; a shared store already has its data and clock.');
  }
  const latency = options.latencyMs ?? 0;
  const valid =
    typeof latency === 'number'
      ? latency >= 0
      : latency.min >= 0 && latency.max >= latency.min && Number.isFinite(latency.max);
  if (!valid) throw new RangeError('createMemoryAccountClient: `latencyMs` must be ≥ 0, or { min, max } with 0 ≤ min ≤ max.');
  checkOmittedOperations('createMemoryAccountClient', options.capabilities?.omit);
  for (const [operation, failure] of Object.entries(options.failures ?? {})) {
    const code = typeof failure === 'string' ? failure : failure?.code;
    if (!isAccountOperation(operation) || !ACCOUNT_ERROR_CODES.includes(code as AccountErrorCode)) {
      throw new TypeError(`createMemoryAccountClient: failures.${operation} must name an AccountClient method and an AccountErrorCode.`);
    }
  }
}

function pickLatency(latency: MemoryClientOptions['latencyMs'] = 0): number {
  return typeof latency === 'number' ? latency : latency.min + Math.random() * (latency.max - latency.min);
}

function toError(failure: InjectedFailure): AccountApiError {
  const spec = typeof failure === 'string' ? { code: failure } : failure;
  const { code, message, status, retryAfterSeconds, fieldErrors } = spec;
  return new AccountApiError(code, message ?? DEFAULT_MESSAGES[code], {
    ...(status !== undefined && { status }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(fieldErrors !== undefined && { fieldErrors: structuredClone(fieldErrors) }),
  });
}

/**
 * An `AccountClient` over an in-memory `AccountStore` (a new one seeded with `createSeed()`, or
 * `options.store`), with optional latency, injected failures and omitted capabilities.
 */
export function createMemoryAccountClient(options: MemoryClientOptions = {}): MemoryAccountClient {
  checkOptions(options);
  const store = options.store ?? new AccountStore({ ...(options.seed && { seed: options.seed }), ...(options.now && { now: options.now }) });
  const failures = new Map(Object.entries(options.failures ?? {}) as [AccountOperation, InjectedFailure][]);
  const omitted = new Set<AccountOperation>(options.capabilities?.omit ?? []);

  async function call(operation: AccountOperation, args: unknown[]): Promise<unknown> {
    const requestOptions = args[parameterCount(operation) - 1] as RequestOptions | undefined;
    throwIfAborted(requestOptions);
    const latency = pickLatency(options.latencyMs);
    if (latency > 0) await sleep(latency, requestOptions?.signal);
    const failure = failures.get(operation);
    if (failure !== undefined) {
      if (typeof failure === 'object' && failure.once) failures.delete(operation);
      throw toError(failure);
    }
    const method = store[operation] as (...params: unknown[]) => Promise<unknown>;
    return method.apply(store, args);
  }

  const client: Record<string, unknown> = { store };
  for (const operation of ACCOUNT_OPERATIONS) {
    if (!omitted.has(operation)) client[operation] = (...args: unknown[]) => call(operation, args);
  }
  return client as unknown as MemoryAccountClient;
}
