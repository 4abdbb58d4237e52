/**
 * The REST contract: one route per `AccountClient` method. The HTTP client, the MSW handlers and
 * `openapi.yaml` all follow this table, and a test checks that they agree.
 *
 * How a method's arguments travel: path parameters are the leading string arguments, in the
 * order they appear in the path; the next argument (if the route has `body` or `query`) is the
 * input; the last is `RequestOptions`. The response body is exactly the method's return value.
 * Secrets travel only in response bodies, never in a path or query.
 */
import type { AccountErrorCode } from './errors.js';
import type { AccountOperation } from './types.js';

/** An HTTP method the contract uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The type of a query parameter, so a server can parse it back. */
export type QueryParameterType = 'string' | 'integer';

/** What a successful response carries; also what the HTTP client checks before trusting it. */
export type ResponseShape = 'object' | 'array' | 'object-or-null' | 'empty';

/** One operation of the contract. */
export interface Route {
  /** The `AccountClient` method, also the OpenAPI `operationId`. */
  readonly operation: AccountOperation;
  /** The HTTP method; anything but GET is a mutation and carries an `Idempotency-Key`. */
  readonly method: HttpMethod;
  /** Relative to the base URL, with `{name}` placeholders, e.g. `/api-keys/{id}/rotate`. */
  readonly path: string;
  /** `'input'`: the input argument is the JSON body; `{ wrap }`: it is sent as `{ [wrap]: input }`. */
  readonly body?: 'input' | { readonly wrap: string };
  /** The input argument's fields, sent as query parameters. */
  readonly query?: Readonly<Record<string, QueryParameterType>>;
  /** The status a success returns. */
  readonly status: 200 | 201 | 204;
  /** The shape of a successful response body. */
  readonly response: ResponseShape;
}

type RouteSpec = Omit<Route, 'operation'>;

const get = (path: string, response: ResponseShape = 'object'): RouteSpec => ({ method: 'GET', path, status: 200, response });
const noContent = (method: HttpMethod, path: string, body?: Route['body']): RouteSpec => ({
  method,
  path,
  status: 204,
  response: 'empty',
  ...(body ? { body } : {}),
});

const ROUTE_SPECS = {
  getViewer: get('/viewer'),

  getOrganization: get('/organization', 'object-or-null'),
  updateOrganization: { method: 'PATCH', path: '/organization', body: 'input', status: 200, response: 'object' },
  listSubscriptions: get('/subscriptions', 'array'),
  cancelSubscription: { method: 'POST', path: '/subscriptions/{id}/cancel', body: 'input', status: 200, response: 'object' },

  listApiKeys: get('/api-keys', 'array'),
  createApiKey: { method: 'POST', path: '/api-keys', body: 'input', status: 201, response: 'object' },
  rotateApiKey: { method: 'POST', path: '/api-keys/{id}/rotate', body: 'input', status: 200, response: 'object' },
  // POST, not GET: the response is a secret, so it must never be cached, prefetched or retried.
  revealApiKey: { method: 'POST', path: '/api-keys/{id}/reveal', status: 200, response: 'object' },
  // An action rather than DELETE: a revoked key stays listed with status `revoked`.
  revokeApiKey: noContent('POST', '/api-keys/{id}/revoke'),

  getUsage: get('/usage'),

  getBilling: get('/billing'),
  createBillingPortalSession: { method: 'POST', path: '/billing/portal-sessions', body: 'input', status: 201, response: 'object' },
  listInvoices: get('/billing/invoices', 'array'),

  listMembers: { method: 'GET', path: '/members', query: { cursor: 'string', search: 'string', limit: 'integer' }, status: 200, response: 'object' },
  listInvitations: get('/invitations', 'array'),
  listRoles: get('/roles', 'array'),
  inviteMembers: { method: 'POST', path: '/invitations', body: { wrap: 'invitations' }, status: 200, response: 'array' },
  updateMemberRole: { method: 'PATCH', path: '/members/{id}', body: { wrap: 'roleId' }, status: 200, response: 'object' },
  removeMember: noContent('DELETE', '/members/{id}'),
  resendInvitation: { method: 'POST', path: '/invitations/{id}/resend', status: 200, response: 'object' },
  revokeInvitation: noContent('DELETE', '/invitations/{id}'),

  revokeAllSessions: noContent('POST', '/sessions/revoke-all'),
  regenerateSecrets: { method: 'POST', path: '/secrets/regenerate', status: 200, response: 'object' },
  // POST with a body rather than DELETE: some proxies drop DELETE bodies, and the name must arrive.
  deleteOrganization: noContent('POST', '/organization/delete', 'input'),
  leaveOrganization: noContent('POST', '/organization/leave'),

  getProfile: get('/profile'),
  updateProfile: { method: 'PATCH', path: '/profile', body: 'input', status: 200, response: 'object' },

  getNotificationPreferences: get('/notification-preferences'),
  updateNotificationPreferences: {
    method: 'PATCH',
    path: '/notification-preferences',
    body: { wrap: 'values' },
    status: 200,
    response: 'object',
  },

  listPasskeys: get('/passkeys', 'array'),
  beginPasskeyRegistration: { method: 'POST', path: '/passkeys/registration-options', body: 'input', status: 200, response: 'object' },
  finishPasskeyRegistration: { method: 'POST', path: '/passkeys', body: 'input', status: 201, response: 'object' },
  renamePasskey: { method: 'PATCH', path: '/passkeys/{id}', body: { wrap: 'name' }, status: 200, response: 'object' },
  deletePasskey: noContent('DELETE', '/passkeys/{id}'),

  listSessions: get('/sessions', 'array'),
  revokeSession: noContent('DELETE', '/sessions/{id}'),
} satisfies Record<AccountOperation, RouteSpec>;

/** Every route, keyed by `AccountClient` method; the compiler checks no method is missing. */
export const ACCOUNT_ROUTES: { readonly [Operation in AccountOperation]: Route } = Object.fromEntries(
  Object.entries(ROUTE_SPECS).map(([operation, spec]) => [operation, Object.freeze({ operation, ...spec })]),
) as { readonly [Operation in AccountOperation]: Route };

/** Every route as a list, in table order. */
export const ACCOUNT_ROUTE_LIST: readonly Route[] = Object.freeze(Object.values(ACCOUNT_ROUTES));

/** The HTTP status a server answers with for each error code (the HTTP client maps back by status). */
export const ERROR_STATUS: Readonly<Record<AccountErrorCode, number>> = {
  unauthorized: 401,
  forbidden: 403,
  reauth_required: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  rate_limited: 429,
  unavailable: 503,
  network: 502,
  timeout: 504,
  aborted: 499,
  unknown: 500,
};

/** The error body every failure carries. */
export interface ErrorBody {
  error: {
    /** An `AccountErrorCode`, or `not_implemented` for an operation the server lacks. */
    code: string;
    message: string;
    fieldErrors?: Record<string, string[]>;
  };
}

/** The header that carries one key per mutation intent. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** True when the route changes state, so it carries an idempotency key and is never retried automatically. */
export function isMutation(route: Route): boolean {
  return route.method !== 'GET';
}

/** The names of a route's path parameters, in order, e.g. `['id']`. */
export function pathParameterNames(route: Route): string[] {
  return [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Fills a route's `{name}` placeholders with URI-encoded values; throws when one is missing or empty. */
export function buildPath(route: Route, parameters: Readonly<Record<string, string>> = {}): string {
  return route.path.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = parameters[name];
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(`${route.operation}: path parameter "${name}" must be a non-empty string.`);
    }
    return encodeURIComponent(value);
  });
}

/** Builds `?a=1&b=2` from the route's declared query fields, skipping undefined, null and empty values. */
export function buildQuery(route: Route, input: object | undefined): string {
  if (!route.query || !input) return '';
  const search = new URLSearchParams();
  const values = input as Record<string, unknown>;
  for (const name of Object.keys(route.query)) {
    const value = values[name];
    if (value === undefined || value === null || value === '') continue;
    search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

/** Joins a base URL and a route path without doubling or dropping the slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
