/**
 * The public `memory.js` entry: the in-memory AccountClient and AccountStore for demos, stories
 * and tests; imports no DOM, registers no element. Kept out of `index.js` and `client.js`, so no
 * production bundle carries the demo backend.
 */
export { createMemoryAccountClient } from './client/memory-client.js';
export type { InjectedFailure, MemoryAccountClient, MemoryClientOptions } from './client/memory-client.js';
export { AccountStore } from './client/account-store.js';
export type { AccountStoreOptions } from './client/account-store.js';
export { createSeed, generateMembers } from './client/seed.js';
export type { AccountSeed, SeedApiKey, SeedOrganization } from './client/seed.js';
