/** MSW request handlers that serve the REST contract from an `AccountStore`, for hosts' tests and stories. */
export * from './mocks/index.js';
