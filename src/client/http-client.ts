/**
 * The `AccountClient` that speaks the REST contract in `openapi.yaml`. Its methods are built from
 * the route table, so the client cannot drift from the contract the handlers and document follow.
 */
import { AccountApiError } from './errors.js';
import { createHttpTransport } from './http-transport.js';
import type { HttpClientOptions } from './http-transport.js';
import { checkOmittedOperations } from './operations.js';
import { ACCOUNT_ROUTE_LIST, buildPath, buildQuery, pathParameterNames } from './rest-contract.js';
import type { Route } from './rest-contract.js';
import type { AccountClient, RequestOptions } from './types.js';

export type { HttpClientOptions } from './http-transport.js';

/**
 * Creates an `AccountClient` that calls the REST contract at `options.baseUrl`; the optional
 * methods named in `options.capabilities.omit` are left out of it entirely.
 */
export function createHttpAccountClient(options: HttpClientOptions): AccountClient {
  if (typeof options?.baseUrl !== 'string') {
    throw new TypeError('createHttpAccountClient: `baseUrl` is required, e.g. "/api" or "https://api.example.com/v1".');
  }
  const omitted = omittedOperations(options.capabilities?.omit);
  const send = createHttpTransport(options);
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const route of ACCOUNT_ROUTE_LIST) {
    // Absent, not a method answering 501: elements detect capabilities by the method's presence.
    if (omitted.has(route.operation)) continue;
    const parameterNames = pathParameterNames(route);
    const takesInput = route.body !== undefined || route.query !== undefined;
    client[route.operation] = async (...args: unknown[]) => {
      const input = takesInput ? args[parameterNames.length] : undefined;
      const requestOptions = args[parameterNames.length + (takesInput ? 1 : 0)] as RequestOptions | undefined;
      const parameters = Object.fromEntries(parameterNames.map((name, index) => [name, args[index]]));
      return send({
        route,
        pathAndQuery: pathAndQuery(route, parameters, input),
        body: requestBody(route, input),
        ...(requestOptions ? { options: requestOptions } : {}),
      });
    };
  }
  return Object.freeze(client) as unknown as AccountClient;
}

/** The operations to leave out; throws when one is not an optional `AccountClient` method. */
function omittedOperations(omit: readonly string[] | undefined): Set<string> {
  checkOmittedOperations('createHttpAccountClient', omit);
  return new Set(omit);
}

function pathAndQuery(route: Route, parameters: Record<string, unknown>, input: unknown): string {
  let path: string;
  try {
    path = buildPath(route, parameters as Record<string, string>);
  } catch (error) {
    // A missing id is the caller's mistake; say so before anything reaches the network.
    const fieldErrors = Object.fromEntries(
      Object.entries(parameters)
        .filter(([, value]) => typeof value !== 'string' || value === '')
        .map(([name]) => [name, ['Required.']]),
    );
    throw new AccountApiError('validation', (error as Error).message, { fieldErrors, cause: error });
  }
  return path + buildQuery(route, typeof input === 'object' && input !== null ? input : undefined);
}

function requestBody(route: Route, input: unknown): unknown {
  if (route.body === undefined) return undefined;
  if (route.body === 'input') return input ?? {};
  return { [route.body.wrap]: input };
}
