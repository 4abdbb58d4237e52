import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { http, passthrough, type RequestHandler } from 'msw';
import { MOCK_API_BASE_URL } from '../../src/mocks/handlers.js';

/** What a handler saw of one request, kept for assertions after the call. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  credentials: RequestCredentials;
}

/** The running worker plus every API request it saw in the current test. */
export interface MockServer {
  worker: SetupWorker;
  /** Requests to the API base path, in order; cleared after each test. */
  requests: RecordedRequest[];
  /** Requests seen for one method and path (relative to the API base), e.g. `('GET', '/viewer')`. */
  requestsTo(method: string, path: string): RecordedRequest[];
  /**
   * Requests for one method and path a handler has answered. A request is seen when it is sent,
   * before its handler runs: a test that changes the store after a request must wait for its answer.
   */
  answeredTo(method: string, path: string): RecordedRequest[];
  /**
   * Waits (up to 2 s) until `count` such requests were seen. The worker reports a request a little
   * after fetch sends it, so a test whose requests were aborted waits for them before it ends —
   * else a late report lands in the next test's `requests`.
   */
  waitForRequests(method: string, path: string, count: number): Promise<RecordedRequest[]>;
}

/** The base URL the tests' clients and handlers share: the mock handlers' default. */
export const API = MOCK_API_BASE_URL;

let started: Promise<SetupWorker> | undefined;
const requests: RecordedRequest[] = [];
const answered: RecordedRequest[] = [];

function isApiRequest(request: Request): boolean {
  const { pathname } = new URL(request.url);
  return pathname === API || pathname.startsWith(`${API}/`);
}

function startWorker(): Promise<SetupWorker> {
  started ??= (async () => {
    const worker = setupWorker();
    const record = (list: RecordedRequest[]) => ({ request }: { request: Request }) => {
      if (!isApiRequest(request)) return;
      list.push({ method: request.method, url: request.url, headers: new Headers(request.headers), credentials: request.credentials });
    };
    worker.events.on('request:start', record(requests));
    worker.events.on('response:mocked', record(answered));
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      // An API request no handler answers is a test bug; the test page's own files pass through.
      onUnhandledRequest: (request, print) => {
        if (isApiRequest(request)) print.error();
      },
    });
    return worker;
  })();
  return started;
}

/**
 * Starts the MSW worker (once per test page) for the enclosing `describe`, installs `handlers`
 * before each test and resets to them afterwards, so `worker.use(...)` overrides last one test.
 */
export function setupMockServer(handlers: () => RequestHandler[] = () => []): MockServer {
  const matching = (list: RecordedRequest[], method: string, path: string) =>
    list.filter((request) => request.method === method && new URL(request.url).pathname === `${API}${path}`);
  const requestsTo = (method: string, path: string) => matching(requests, method, path);
  const answeredTo = (method: string, path: string) => matching(answered, method, path);
  const waitForRequests = async (method: string, path: string, count: number) => {
    const deadline = performance.now() + 2_000;
    while (requestsTo(method, path).length < count && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return requestsTo(method, path);
  };
  const server = { requests, requestsTo, answeredTo, waitForRequests } as MockServer;
  before(async () => {
    server.worker = await startWorker();
  });
  beforeEach(() => {
    server.worker.resetHandlers(...handlers());
    requests.length = answered.length = 0;
  });
  afterEach(() => {
    server.worker.resetHandlers();
    requests.length = answered.length = 0;
  });
  return server;
}

/**
 * Holds back the test page's requests for the modules `pattern` matches (a dynamic import) until
 * `release()`; `held` lists the URLs asked for meanwhile. Lasts one test, like any `worker.use`.
 */
export function holdModules(server: MockServer, pattern: RegExp): { release: () => void; held: string[] } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  server.worker.use(
    http.get(pattern, async ({ request }) => {
      held.push(request.url);
      await released;
      return passthrough();
    }),
  );
  return { release, held };
}
