/**
 * MSW request handlers that serve the REST contract from any `AccountClient` backend, usually an
 * `AccountStore`, so the domain rules live in one place for the memory client and the mock server.
 */
import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { toAccountApiError } from '../client/errors.js';
import type { AccountApiError } from '../client/errors.js';
import { ACCOUNT_ROUTE_LIST, ERROR_STATUS, IDEMPOTENCY_KEY_HEADER, joinUrl, pathParameterNames } from '../client/rest-contract.js';
import type { ErrorBody, Route } from '../client/rest-contract.js';
import type { AccountClient, RequestOptions } from '../client/types.js';

/** Where the mock handlers listen when no `baseUrl` is given. */
export const MOCK_API_BASE_URL = '/api';

/** Options for `createAccountHandlers`. */
export interface AccountHandlerOptions {
  /** The prefix the handlers listen under, relative or absolute; default `/api`. */
  baseUrl?: string;
}

type BackendMethod = (...args: unknown[]) => Promise<unknown>;

// Responses may carry secrets; nothing between the server and the element may keep a copy.
const NO_STORE = { 'Cache-Control': 'no-store' };

/** One MSW handler per contract route, each calling the matching method of `backend`. */
export function createAccountHandlers(backend: AccountClient, options: AccountHandlerOptions = {}): HttpHandler[] {
  const baseUrl = options.baseUrl ?? MOCK_API_BASE_URL;
  return ACCOUNT_ROUTE_LIST.map((route) => {
    const register = http[route.method.toLowerCase() as Lowercase<Route['method']>];
    return register(toMswPath(baseUrl, route.path), async ({ request, params }) => {
      const method = (backend as unknown as Record<string, BackendMethod | undefined>)[route.operation];
      // The route still exists when the backend lacks the method, so the route set always equals the
      // contract; 501 tells the HTTP client `unavailable` and stops it retrying.
      if (typeof method !== 'function') {
        return errorResponse(501, 'not_implemented', `${route.operation} is not implemented by this server.`);
      }
      const input = await readInput(route, request);
      if (input instanceof Response) return input;
      const idempotencyKey = request.headers.get(IDEMPOTENCY_KEY_HEADER);
      const requestOptions: RequestOptions = { signal: request.signal, ...(idempotencyKey ? { idempotencyKey } : {}) };
      const pathArguments = pathParameterNames(route).map((name) => String(params[name]));
      const takesInput = route.body !== undefined || route.query !== undefined;
      try {
        const result = await method.apply(backend, [...pathArguments, ...(takesInput ? [input] : []), requestOptions]);
        if (route.response === 'empty') return new HttpResponse(null, { status: 204, headers: NO_STORE });
        return HttpResponse.json(result ?? null, { status: route.status, headers: NO_STORE });
      } catch (error) {
        return accountErrorResponse(toAccountApiError(error));
      }
    });
  });
}

/** The HTTP response for an `AccountApiError`: its status, the contract's error body, and `Retry-After` on 429. */
export function accountErrorResponse(error: AccountApiError): Response {
  const status = ERROR_STATUS[error.code];
  const headers: Record<string, string> = {};
  if (error.code === 'rate_limited') headers['Retry-After'] = String(Math.max(0, Math.ceil(error.retryAfterSeconds ?? 1)));
  return errorResponse(status, error.code, error.message, error.fieldErrors, headers);
}

function errorResponse(
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string[]>,
  headers: Record<string, string> = {},
): Response {
  const body: ErrorBody = { error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } };
  return HttpResponse.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** The method's input argument from the query or JSON body, or an error response when unreadable. */
async function readInput(route: Route, request: Request): Promise<unknown> {
  if (route.query) return readQuery(route.query, new URL(request.url).searchParams);
  if (route.body === undefined) return undefined;
  const text = await request.text();
  let body: unknown = {};
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return errorResponse(400, 'validation', 'The request body is not JSON.');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return errorResponse(400, 'validation', 'The request body must be a JSON object.');
  }
  if (route.body === 'input') return body;
  const value = (body as Record<string, unknown>)[route.body.wrap];
  if (value === undefined) {
    return errorResponse(422, 'validation', `"${route.body.wrap}" is required.`, { [route.body.wrap]: ['Required.'] });
  }
  return value;
}

function readQuery(types: NonNullable<Route['query']>, search: URLSearchParams): unknown {
  const input: Record<string, string | number> = {};
  for (const [name, type] of Object.entries(types)) {
    const value = search.get(name);
    if (value === null || value === '') continue;
    if (type === 'integer') {
      if (!/^-?\d+$/.test(value)) return errorResponse(422, 'validation', `"${name}" must be an integer.`, { [name]: ['Must be an integer.'] });
      input[name] = Number(value);
    } else {
      input[name] = value;
    }
  }
  return input;
}

/** `/api` + `/api-keys/{id}/rotate` → `/api/api-keys/:id/rotate`, the form MSW matches. */
function toMswPath(baseUrl: string, path: string): string {
  return joinUrl(baseUrl, path.replace(/\{(\w+)\}/g, ':$1'));
}
