import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AccountErrorCode } from '../../src/client/errors.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { HttpClientOptions } from '../../src/client/http-client.js';
import { parseRetryAfter } from '../../src/client/http-errors.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { rejection } from '../helpers/rejection.js';

const errorBody = (code: string, message = `a ${code} error`, fieldErrors?: Record<string, string[]>) => ({
  error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) },
});

describe('HTTP client: error mapping', () => {
  const server = setupMockServer();
  // One try, so each mapping is seen exactly as the server sent it.
  const client = (options: Partial<HttpClientOptions> = {}) => createHttpAccountClient({ baseUrl: API, retry: { attempts: 1 }, ...options });

  const cases: [status: number, body: string | ReturnType<typeof errorBody>, code: AccountErrorCode][] = [
    [401, errorBody('unauthorized'), 'unauthorized'],
    [403, errorBody('forbidden'), 'forbidden'],
    [403, errorBody('reauth_required'), 'reauth_required'],
    [404, errorBody('not_found'), 'not_found'],
    [409, errorBody('conflict'), 'conflict'],
    [500, errorBody('unknown'), 'unavailable'],
    [502, '<html>Bad gateway</html>', 'unavailable'],
    [503, errorBody('unavailable'), 'unavailable'],
    [400, errorBody('bad_request'), 'unknown'],
    [418, 'teapot', 'unknown'],
  ];
  for (const [status, body, code] of cases) {
    const label = typeof body === 'string' ? 'a non-JSON body' : `code ${body.error.code}`;
    it(`maps ${status} with ${label} to ${code}, keeping the status`, async () => {
      server.worker.use(
        http.get(`${API}/viewer`, () =>
          typeof body === 'string' ? new HttpResponse(body, { status }) : HttpResponse.json(body, { status }),
        ),
      );
      const error = await rejection(client().getViewer());
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(status);
    });
  }

  it('keeps the server message', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => HttpResponse.json(errorBody('forbidden', 'Ask an owner.'), { status: 403 })));
    expect((await rejection(client().getViewer())).message).to.equal('Ask an owner.');
  });

  it('maps 422 to validation with the field errors', async () => {
    server.worker.use(
      http.post(`${API}/api-keys`, () =>
        HttpResponse.json(errorBody('validation', 'Check the form.', { name: ['Enter a name.'] }), { status: 422 }),
      ),
    );
    const error = await rejection(client().createApiKey!({ name: '' }));
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(error.fieldErrors).to.deep.equal({ name: ['Enter a name.'] });
  });

  it('maps 400 with field errors to validation, accepting a single message as a string', async () => {
    server.worker.use(http.patch(`${API}/profile`, () => HttpResponse.json({ error: { code: 'bad', message: 'No.', fieldErrors: { email: 'Not an email.' } } }, { status: 400 })));
    const error = await rejection(client().updateProfile({ email: 'nope' }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.deep.equal({ email: ['Not an email.'] });
  });

  it('maps 429 to rate_limited with retryAfterSeconds from a seconds Retry-After', async () => {
    server.worker.use(
      http.get(`${API}/usage`, () => HttpResponse.json(errorBody('rate_limited'), { status: 429, headers: { 'Retry-After': '42' } })),
    );
    const error = await rejection(client().getUsage());
    expect(error.code).to.equal('rate_limited');
    expect(error.status).to.equal(429);
    expect(error.retryAfterSeconds).to.equal(42);
  });

  it('reads an HTTP-date Retry-After as seconds from now', async () => {
    const retryAt = new Date(Date.now() + 120_000).toUTCString();
    server.worker.use(http.get(`${API}/usage`, () => HttpResponse.json(errorBody('rate_limited'), { status: 429, headers: { 'Retry-After': retryAt } })));
    const error = await rejection(client().getUsage());
    expect(error.retryAfterSeconds).to.be.within(110, 121);
  });

  it('parses Retry-After forms and ignores what it cannot read', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(' 7 ', now)).to.equal(7);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).to.equal(30);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('maps a fetch rejection to network, without a status', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => HttpResponse.error()));
    const error = await rejection(client().getViewer());
    expect(error.code).to.equal('network');
    expect(error.status).to.equal(undefined);
  });

  it('maps a success body that is not JSON to unknown, keeping the status', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => new HttpResponse('{"id": "u1", ', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    const error = await rejection(client().getViewer());
    expect(error.code).to.equal('unknown');
    expect(error.status).to.equal(200);
  });

  it('maps a success body of the wrong shape to unknown', async () => {
    server.worker.use(
      http.get(`${API}/api-keys`, () => HttpResponse.json({ items: [] })),
      http.get(`${API}/viewer`, () => new HttpResponse(null, { status: 204 })),
    );
    expect((await rejection(client().listApiKeys())).code).to.equal('unknown');
    expect((await rejection(client().getViewer())).code).to.equal('unknown');
  });

  it('resolves undefined for 204 on an operation that returns nothing', async () => {
    server.worker.use(http.post(`${API}/api-keys/:id/revoke`, () => new HttpResponse(null, { status: 204 })));
    expect(await client().revokeApiKey!('key_1')).to.equal(undefined);
  });

  it('accepts a JSON null where the contract allows it', async () => {
    server.worker.use(http.get(`${API}/organization`, () => HttpResponse.json(null)));
    expect(await client().getOrganization()).to.equal(null);
  });

  it('rejects a missing path parameter as validation before any request', async () => {
    const error = await rejection(client().revokeApiKey!(''));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.property('id');
    expect(server.requests).to.have.length(0);
  });
});
