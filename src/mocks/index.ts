/**
 * The public `mocks.js` entry: MSW handlers that implement the REST contract, for stories, tests
 * and hosts' own tests. Needs `msw` 2.x installed by the host.
 */
export { accountErrorResponse, createAccountHandlers, MOCK_API_BASE_URL } from './handlers.js';
export type { AccountHandlerOptions } from './handlers.js';
