/**
 * Sends one contract request: headers, idempotency key, timeout combined with the caller's
 * signal, and capped, jittered retries for GETs. Never logs and never puts a value in a URL that
 * the caller did not pass as a path or query parameter.
 */
import { newIdempotencyKey, sleep } from './async.js';
import { AccountApiError, toAccountApiError } from './errors.js';
import { errorFromResponse, valueFromResponse } from './http-errors.js';
import type { OptionalAccountOperation } from './operations.js';
import { IDEMPOTENCY_KEY_HEADER, isMutation, joinUrl } from './rest-contract.js';
import type { Route } from './rest-contract.js';
import type { RequestOptions } from './types.js';

/** How `createHttpAccountClient` reaches the server. */
export interface HttpClientOptions {
  /** Where the contract's paths start, e.g. `https://api.example.com/v1` or `/api`. */
  baseUrl: string;
  /** The fetch to use; defaults to the global one, looked up per request. */
  fetch?: typeof fetch;
  /** Extra headers, or a function (may be async) called before every request, e.g. for a fresh bearer token. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Passed to fetch; `include` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** Per-attempt timeout in milliseconds; default 15000. */
  timeoutMs?: number;
  /** Retries for GETs only; mutations are never retried automatically. */
  retry?: {
    /** Total tries, the first included; default 3. */
    attempts?: number;
    /** First backoff in milliseconds, doubled per try; default 250. */
    baseDelayMs?: number;
    /** Longest wait between tries; a longer `Retry-After` ends the retries instead. Default 5000. */
    maxDelayMs?: number;
  };
  /**
   * Optional operations the backend does not offer: the returned client then has no such method
   * at all, so elements hide the controls that need it. Omitting a required method is a TypeError.
   */
  capabilities?: { omit?: OptionalAccountOperation[] };
}

/** One call to send: the route, its filled path and query, and the JSON body if any. */
export interface HttpRequest {
  route: Route;
  /** The route's path with parameters filled and the query appended. */
  pathAndQuery: string;
  /** Serialized as JSON when defined. */
  body?: unknown;
  options?: RequestOptions;
}

/** Sends a request and resolves with the response value (undefined for empty responses). */
export type HttpTransport = (request: HttpRequest) => Promise<unknown>;

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_BASE_DELAY_MS = 250;
const DEFAULT_MAX_DELAY_MS = 5_000;

/** Creates the function the HTTP client sends every request through. */
export function createHttpTransport(options: HttpClientOptions): HttpTransport {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = Math.max(1, Math.floor(options.retry?.attempts ?? DEFAULT_ATTEMPTS));
  const baseDelayMs = options.retry?.baseDelayMs ?? DEFAULT_BASE_DELAY_MS;
  const maxDelayMs = options.retry?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  // Looked up per call so a fetch patched after the client was created is still used.
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function attempt(request: HttpRequest, idempotencyKey: string | undefined): Promise<unknown> {
    const callerSignal = request.options?.signal;
    const headers = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    headers.set('Accept', 'application/json');
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');
    if (idempotencyKey !== undefined) headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
    throwIfAborted(callerSignal);

    // Combined by hand rather than with AbortSignal.any so we know for certain which side fired.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
    }, timeoutMs);
    const forwardAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', forwardAbort, { once: true });
    const failure = (cause: unknown): AccountApiError => {
      if (callerSignal?.aborted) return new AccountApiError('aborted', 'The request was aborted.', { cause });
      if (timedOut) return new AccountApiError('timeout', `No response within ${timeoutMs} ms.`, { cause });
      return new AccountApiError('network', 'The server could not be reached.', { cause });
    };

    try {
      const init: RequestInit = {
        method: request.route.method,
        headers,
        cache: 'no-store',
        signal: controller.signal,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
      };
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(joinUrl(options.baseUrl, request.pathAndQuery), init);
        // Read inside the timeout too: a body that stalls is as stuck as a server that never answers.
        text = await response.text();
      } catch (error) {
        throw failure(error);
      }
      if (!response.ok) throw errorFromResponse(response, text);
      return valueFromResponse(request.route, response, text);
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', forwardAbort);
    }
  }

  /** Milliseconds to wait before the next try, or undefined when the server asks for longer than we wait. */
  function delayBeforeRetry(attemptNumber: number, error: AccountApiError): number | undefined {
    const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attemptNumber - 1));
    // Half fixed, half random, so many clients failing together do not retry in lockstep.
    const jittered = backoff / 2 + Math.random() * (backoff / 2);
    if (error.retryAfterSeconds === undefined) return jittered;
    const serverDelay = error.retryAfterSeconds * 1000;
    return serverDelay > maxDelayMs ? undefined : Math.max(serverDelay, jittered);
  }

  return async function send(request: HttpRequest): Promise<unknown> {
    const signal = request.options?.signal;
    const mutation = isMutation(request.route);
    // One key per call: every retry of this intent, here or by the caller, must reuse it.
    const idempotencyKey = mutation ? (request.options?.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const attempts = mutation ? 1 : maxAttempts;
    for (let attemptNumber = 1; ; attemptNumber++) {
      try {
        throwIfAborted(signal);
        return await attempt(request, idempotencyKey);
      } catch (caught) {
        const error = toAccountApiError(caught);
        if (attemptNumber >= attempts || !isRetryable(error)) throw error;
        const delay = delayBeforeRetry(attemptNumber, error);
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  };
}

function isRetryable(error: AccountApiError): boolean {
  // 501 means the server lacks the operation; asking again will not change that.
  return error.retryable && error.status !== 501;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AccountApiError('aborted', 'The request was aborted.', { cause: signal.reason });
}
