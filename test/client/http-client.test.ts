import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { API, setupMockServer } from '../helpers/msw.js';

const viewer = { id: 'u1', name: 'Ada', email: 'ada@example.com', permissions: [] };
const member = { id: 'mem 1/2', name: 'Grace', email: 'grace@example.com', roleId: 'admin', joinedAt: '2026-01-01T00:00:00Z' };

describe('HTTP client: requests', () => {
  const server = setupMockServer();

  it('requires a baseUrl', () => {
    expect(() => createHttpAccountClient({} as never)).to.throw(TypeError, /baseUrl/);
  });

  it('calls the async headers function before every request, so each call gets a fresh token', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => HttpResponse.json(viewer)));
    let token = 0;
    const client = createHttpAccountClient({
      baseUrl: API,
      headers: async () => ({ Authorization: `Bearer token-${++token}` }),
    });
    await client.getViewer();
    await client.getViewer();
    expect(server.requests.map((request) => request.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('sends a headers object, JSON Accept and, with a body, JSON Content-Type', async () => {
    server.worker.use(
      http.get(`${API}/viewer`, () => HttpResponse.json(viewer)),
      http.patch(`${API}/profile`, () => HttpResponse.json({ displayName: 'A', email: 'a@b.c', timezone: 'UTC', locale: 'en' })),
    );
    const client = createHttpAccountClient({ baseUrl: `${API}/`, headers: { 'X-Tenant': 'acme' } });
    await client.getViewer();
    await client.updateProfile({ displayName: 'A' });
    const [get, patch] = server.requests;
    expect(get!.url).to.equal(new URL(`${API}/viewer`, location.href).href);
    expect(get!.headers.get('X-Tenant')).to.equal('acme');
    expect(get!.headers.get('Accept')).to.equal('application/json');
    expect(get!.headers.has('Content-Type')).to.equal(false);
    expect(patch!.headers.get('Content-Type')).to.equal('application/json');
  });

  it('passes credentials through to fetch', async () => {
    server.worker.use(http.get(`${API}/viewer`, () => HttpResponse.json(viewer)));
    await createHttpAccountClient({ baseUrl: API, credentials: 'include' }).getViewer();
    await createHttpAccountClient({ baseUrl: API, credentials: 'omit' }).getViewer();
    expect(server.requests.map((request) => request.credentials)).to.deep.equal(['include', 'omit']);
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const client = createHttpAccountClient({
      baseUrl: 'https://api.example.test/v1',
      fetch: async (input) => {
        seen.push(String(input));
        return Response.json(viewer);
      },
    });
    expect(await client.getViewer()).to.deep.equal(viewer);
    expect(seen).to.deep.equal(['https://api.example.test/v1/viewer']);
  });

  it('encodes path parameters and sends wrapped inputs in the body', async () => {
    let body: unknown;
    server.worker.use(
      http.patch(`${API}/members/:id`, async ({ request, params }) => {
        body = await request.json();
        return HttpResponse.json({ ...member, id: params['id'] });
      }),
    );
    const updated = await createHttpAccountClient({ baseUrl: API }).updateMemberRole!('mem 1/2', 'admin');
    expect(server.requests[0]!.url).to.match(/\/members\/mem%201%2F2$/);
    expect(body).to.deep.equal({ roleId: 'admin' });
    expect(updated.id).to.equal('mem 1/2');
  });

  it('sends listMembers input as query parameters, leaving out empty ones', async () => {
    server.worker.use(http.get(`${API}/members`, () => HttpResponse.json({ items: [], nextCursor: null })));
    const client = createHttpAccountClient({ baseUrl: API });
    await client.listMembers({ cursor: 'c/2', search: 'ada lovelace', limit: 25 });
    await client.listMembers({ search: '' });
    await client.listMembers();
    const queries = server.requests.map((request) => new URL(request.url).search);
    expect(queries).to.deep.equal(['?cursor=c%2F2&search=ada+lovelace&limit=25', '', '']);
  });

  it('sends an empty object when an optional input is left out', async () => {
    let body: unknown;
    server.worker.use(
      http.post(`${API}/api-keys/:id/rotate`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ key: { id: 'key_2' }, secret: 'sk-so-x' });
      }),
    );
    await createHttpAccountClient({ baseUrl: API }).rotateApiKey('key_1');
    expect(body).to.deep.equal({});
  });
});
