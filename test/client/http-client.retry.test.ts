import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { HttpClientOptions } from '../../src/client/http-client.js';
import { deferred } from '../helpers/deferred.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { rejection } from '../helpers/rejection.js';

const viewer = { id: 'u1', name: 'Ada', email: 'ada@example.com', permissions: [] };
const unavailable = () => HttpResponse.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 });

describe('HTTP client: retries, timeouts and aborts', () => {
  const server = setupMockServer();
  // Tiny backoff: the tests count requests, never wall-clock time, except Retry-After's lower bound.
  const client = (options: Partial<HttpClientOptions> = {}) =>
    createHttpAccountClient({ baseUrl: API, retry: { baseDelayMs: 1, maxDelayMs: 2_000 }, ...options });

  it('retries a GET after 5xx and network errors, then succeeds', async () => {
    const replies = [unavailable, () => HttpResponse.error(), () => HttpResponse.json(viewer)];
    server.worker.use(http.get(`${API}/viewer`, () => replies.shift()!()));
    expect(await client().getViewer()).to.deep.equal(viewer);
    expect(server.requestsTo('GET', '/viewer')).to.have.length(3);
  });

  it('stops after `attempts` tries in total (3 by default) and reports the last failure', async () => {
    server.worker.use(http.get(`${API}/viewer`, unavailable));
    const error = await rejection(client().getViewer());
    expect(error.code).to.equal('unavailable');
    expect(server.requestsTo('GET', '/viewer')).to.have.length(3);

    server.requests.length = 0;
    await rejection(client({ retry: { attempts: 5, baseDelayMs: 1 } }).getViewer());
    expect(server.requestsTo('GET', '/viewer')).to.have.length(5);
  });

  it('does not retry errors that will not change (404, 501)', async () => {
    server.worker.use(
      http.get(`${API}/viewer`, () => HttpResponse.json({ error: { code: 'not_found', message: 'No.' } }, { status: 404 })),
      http.get(`${API}/billing/invoices`, () => HttpResponse.json({ error: { code: 'not_implemented', message: 'No.' } }, { status: 501 })),
    );
    expect((await rejection(client().getViewer())).code).to.equal('not_found');
    expect((await rejection(client().listInvoices!())).code).to.equal('unavailable');
    expect(server.requests).to.have.length(2);
  });

  it('waits at least Retry-After before retrying a 429', async () => {
    const seenAt: number[] = [];
    server.worker.use(
      http.get(`${API}/usage`, () => {
        seenAt.push(performance.now());
        return seenAt.length === 1
          ? HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': '1' } })
          : HttpResponse.json({ periodStart: 'a', periodEnd: 'b', metrics: [] });
      }),
    );
    await client().getUsage();
    expect(seenAt).to.have.length(2);
    expect(seenAt[1]! - seenAt[0]!).to.be.at.least(950);
  });

  it('gives up at once when Retry-After is longer than maxDelayMs, so the caller can say when to try', async () => {
    server.worker.use(
      http.get(`${API}/usage`, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': '60' } }),
      ),
    );
    const error = await rejection(client().getUsage());
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfterSeconds).to.equal(60);
    expect(server.requestsTo('GET', '/usage')).to.have.length(1);
  });

  it('never retries a mutation, even on 503', async () => {
    server.worker.use(http.post(`${API}/api-keys/:id/rotate`, unavailable));
    const error = await rejection(client({ retry: { attempts: 5, baseDelayMs: 1 } }).rotateApiKey('key_1'));
    expect(error.code).to.equal('unavailable');
    expect(server.requestsTo('POST', '/api-keys/key_1/rotate')).to.have.length(1);
  });

  it('sends one generated Idempotency-Key per mutation call, and the caller’s key on a caller retry', async () => {
    server.worker.use(http.post(`${API}/api-keys`, () => HttpResponse.json({ key: {}, secret: 's' }, { status: 201 })));
    const api = client();
    await api.createApiKey!({ name: 'a' });
    await api.createApiKey!({ name: 'a' });
    const [first, second] = server.requestsTo('POST', '/api-keys').map((request) => request.headers.get('Idempotency-Key'));
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    expect(second).to.match(/^[0-9a-f-]{36}$/);
    expect(first, 'two calls are two intents').to.not.equal(second);

    server.requests.length = 0;
    const key = crypto.randomUUID();
    server.worker.use(http.post(`${API}/api-keys`, () => HttpResponse.error(), { once: true }));
    const error = await rejection(api.createApiKey!({ name: 'b' }, { idempotencyKey: key }));
    expect(error.code).to.equal('network');
    await api.createApiKey!({ name: 'b' }, { idempotencyKey: key });
    expect(server.requestsTo('POST', '/api-keys').map((request) => request.headers.get('Idempotency-Key'))).to.deep.equal([key, key]);
  });

  it('sends no Idempotency-Key on a GET', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => HttpResponse.json(viewer)));
    await client().getViewer();
    expect(server.requests[0]!.headers.has('Idempotency-Key')).to.equal(false);
  });

  it('times out a request that never answers, per try', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => delay('infinite').then(() => HttpResponse.json(viewer))));
    const error = await rejection(client({ timeoutMs: 50, retry: { attempts: 2, baseDelayMs: 1 } }).getViewer());
    expect(error.code).to.equal('timeout');
    expect(error.status).to.equal(undefined);
    expect(await server.waitForRequests('GET', '/viewer', 2), 'a timed-out GET is retried').to.have.length(2);
  });

  it('reports the caller’s abort as aborted, not timeout, and does not retry it', async () => {
    const reached = deferred<void>();
    server.worker.use(
      http.get(`${API}/viewer`, () => {
        reached.resolve();
        return delay('infinite').then(() => HttpResponse.json(viewer));
      }),
    );
    const controller = new AbortController();
    const call = client({ timeoutMs: 10_000 }).getViewer({ signal: controller.signal });
    await reached.promise;
    controller.abort();
    const error = await rejection(call);
    expect(error.code).to.equal('aborted');
    expect(server.requestsTo('GET', '/viewer')).to.have.length(1);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const error = await rejection(client().getViewer({ signal: AbortSignal.abort() }));
    expect(error.code).to.equal('aborted');
    expect(server.requests).to.have.length(0);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    let calls = 0;
    const fetch503: typeof fetch = async () => {
      calls++;
      return Response.json({ error: { code: 'unavailable', message: 'Down.' } }, { status: 503 });
    };
    const controller = new AbortController();
    // A minute of backoff: only the abort can end this call within the test's timeout.
    const api = createHttpAccountClient({ baseUrl: API, fetch: fetch503, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const call = api.getViewer({ signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls, 'the first try failed and the client is waiting').to.equal(1);
    controller.abort();
    expect((await rejection(call)).code).to.equal('aborted');
    expect(calls).to.equal(1);
  });
});
