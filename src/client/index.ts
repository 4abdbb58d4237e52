/**
 * The `client.js` entry: the AccountClient contract, its error type and the shipped clients.
 * Importing it registers no custom element. The in-memory backend (`createMemoryAccountClient`,
 * `AccountStore`, the seed) is the separate `memory.js` entry (`src/memory.ts`).
 */
export * from './types.js';
export * from './errors.js';
export { ACCOUNT_OPERATIONS, OPTIONAL_ACCOUNT_OPERATIONS } from './operations.js';
export type { OptionalAccountOperation } from './operations.js';
export { createHttpAccountClient } from './http-client.js';
export type { HttpClientOptions } from './http-client.js';
export { ACCOUNT_ROUTES, ACCOUNT_ROUTE_LIST, ERROR_STATUS, IDEMPOTENCY_KEY_HEADER } from './rest-contract.js';
export type { ErrorBody, HttpMethod, QueryParameterType, ResponseShape, Route } from './rest-contract.js';
export { withReadCache } from './read-cache.js';
export type { CachedAccountClient } from './read-cache.js';
