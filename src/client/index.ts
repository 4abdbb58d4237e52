/**
 * The `client.js` entry: the AccountClient contract, its error type and the shipped clients and
 * in-memory backend. Importing it registers no custom element.
 */
export * from './types.js';
export * from './errors.js';
export { AccountStore } from './account-store.js';
export type { AccountStoreOptions } from './account-store.js';
export { createSeed, generateMembers } from './seed.js';
export type { AccountSeed, SeedApiKey, SeedOrganization } from './seed.js';
export { ACCOUNT_OPERATIONS, OPTIONAL_ACCOUNT_OPERATIONS } from './operations.js';
export type { OptionalAccountOperation } from './operations.js';
export { createMemoryAccountClient } from './memory-client.js';
export type { InjectedFailure, MemoryAccountClient, MemoryClientOptions } from './memory-client.js';
export { createHttpAccountClient } from './http-client.js';
export type { HttpClientOptions } from './http-client.js';
export { ACCOUNT_ROUTES, ACCOUNT_ROUTE_LIST, ERROR_STATUS, IDEMPOTENCY_KEY_HEADER } from './rest-contract.js';
export type { ErrorBody, HttpMethod, QueryParameterType, ResponseShape, Route } from './rest-contract.js';
export { withReadCache } from './read-cache.js';
export type { CachedAccountClient } from './read-cache.js';
