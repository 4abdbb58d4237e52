/** Clients, types and errors only (the in-memory backend is `memory.js`): importing this registers no element and needs no DOM. */
export * from './client/index.js';
export { getDefaultAccountClient, setDefaultAccountClient } from './context/default-client.js';
