/**
 * The REST contract on a real loopback port, for the browser tests: the same MSW handlers the
 * browser tests use, run by `getResponse` behind a `node:http` server on 127.0.0.1, so the HTTP
 * client is also tested over real TCP and real CORS. Bundled and started by
 * `contract-server-plugin.mjs`; never listens on anything but 127.0.0.1.
 *
 * Each test opens a session (`POST /__sessions`): a fresh AccountStore under its own base path
 * with its own request log, so test files running side by side never share state.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { AccountStore } from '../src/client/account-store.js';
import { createMemoryAccountClient } from '../src/client/memory-client.js';
import type { MemoryClientOptions } from '../src/client/memory-client.js';
import type { ErrorBody } from '../src/client/rest-contract.js';
import { createAccountHandlers } from '../src/mocks/handlers.js';

/** What the server saw of one request; header values are kept only for the idempotency key. */
export interface LoggedRequest {
  method: string;
  /** Path and query as received, e.g. `/s/3/members?limit=2`. */
  url: string;
  origin: string | null;
  idempotencyKey: string | null;
  /** Lower-case names of the headers received (values are not kept: one may be a bearer token). */
  headerNames: string[];
}

/** `POST /__sessions` body: optional failures to inject, as `createMemoryAccountClient` takes them. */
export interface SessionInit {
  failures?: MemoryClientOptions['failures'];
}

/** `POST /__sessions` answer. */
export interface SessionInfo {
  /** The base URL to give `createHttpAccountClient`. */
  baseUrl: string;
  /** `GET` it for the session's `SessionLog`. */
  logUrl: string;
}

/** `GET <logUrl>` answer: every request of the session (preflights included) and the store's effect counts. */
export interface SessionLog {
  requests: LoggedRequest[];
  effects: Partial<Record<string, number>>;
}

/** Options for `startContractServer`. */
export interface ContractServerOptions {
  /** Origins allowed by CORS, e.g. the test runner's `http://localhost:8000`. */
  allowedOrigins: readonly string[];
}

/** A running contract server. */
export interface ContractServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

interface Session {
  store: AccountStore;
  handlers: HttpHandler[];
  requests: LoggedRequest[];
}

// Only loopback: this server holds demo secrets and must never be reachable from elsewhere.
const HOST = '127.0.0.1';
// Old sessions are dropped so a long watch-mode run does not grow without bound.
const MAX_SESSIONS = 100;
const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
  'Access-Control-Max-Age': '600',
};

/** Starts the server on 127.0.0.1 and a free port. */
export async function startContractServer(options: ContractServerOptions): Promise<ContractServer> {
  const sessions = new Map<string, Session>();
  let nextId = 1;
  let origin = '';

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const requestOrigin = incoming.headers.origin ?? null;
    const cors: Record<string, string> =
      requestOrigin !== null && options.allowedOrigins.includes(requestOrigin)
        ? { 'Access-Control-Allow-Origin': requestOrigin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' }
        : { Vary: 'Origin' };
    const url = new URL(incoming.url ?? '/', origin);
    const body = await readBody(incoming);

    const sessionMatch = /^\/s\/(\d+)(?:\/|$)/.exec(url.pathname);
    const session = sessionMatch ? sessions.get(sessionMatch[1]!) : undefined;
    session?.requests.push({
      method: incoming.method ?? 'GET',
      url: incoming.url ?? '/',
      origin: requestOrigin,
      idempotencyKey: header(incoming, 'idempotency-key'),
      headerNames: Object.keys(incoming.headers),
    });

    if (incoming.method === 'OPTIONS') return send(outgoing, new Response(null, { status: 204, headers: CORS_HEADERS }), cors);

    if (incoming.method === 'POST' && url.pathname === '/__sessions') {
      let init: SessionInit;
      let created: Session;
      try {
        init = body.length > 0 ? (JSON.parse(body.toString('utf8')) as SessionInit) : {};
        created = newSession(`${origin}/s/${nextId}`, init);
      } catch (error) {
        return send(outgoing, errorResponse(400, 'validation', (error as Error).message), cors);
      }
      const id = String(nextId++);
      sessions.set(id, created);
      if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      const info: SessionInfo = { baseUrl: `${origin}/s/${id}`, logUrl: `${origin}/__sessions/${id}` };
      return send(outgoing, Response.json(info, { status: 201 }), cors);
    }

    const logMatch = /^\/__sessions\/(\d+)$/.exec(url.pathname);
    if (incoming.method === 'GET' && logMatch) {
      const logged = sessions.get(logMatch[1]!);
      if (!logged) return send(outgoing, errorResponse(404, 'not_found', 'No such session.'), cors);
      const log: SessionLog = { requests: logged.requests, effects: logged.store.effects };
      return send(outgoing, Response.json(log), cors);
    }

    if (!session) return send(outgoing, errorResponse(404, 'not_found', `No session serves ${url.pathname}.`), cors);
    const request = new Request(url, {
      method: incoming.method ?? 'GET',
      headers: requestHeaders(incoming),
      // A plain Uint8Array copy, because the DOM typing of BodyInit does not take Node's Buffer.
      ...(body.length > 0 && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
    });
    const response = await getResponse(session.handlers, request);
    return send(outgoing, response ?? errorResponse(404, 'not_found', `No contract route for ${incoming.method} ${url.pathname}.`), cors);
  }

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      // A bug here must show as a failed test, not a hung one.
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
      outgoing.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;

  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive connections from the browser would hold close() open until they time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A fresh store, served directly, or through a memory client when failures are injected. */
function newSession(baseUrl: string, init: SessionInit): Session {
  const store = new AccountStore();
  const backend = init.failures ? createMemoryAccountClient({ store, failures: init.failures }) : store;
  return { store, handlers: createAccountHandlers(backend, { baseUrl }), requests: [] };
}

function header(incoming: IncomingMessage, name: string): string | null {
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}

function requestHeaders(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
    const name = incoming.rawHeaders[index]!;
    // Hop-by-hop headers describe this TCP connection, not the request the handlers see.
    if (/^(connection|keep-alive|transfer-encoding|host)$/i.test(name)) continue;
    headers.append(name, incoming.rawHeaders[index + 1]!);
  }
  return headers;
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

function errorResponse(status: number, code: string, message: string): Response {
  const body: ErrorBody = { error: { code, message } };
  return Response.json(body, { status });
}

async function send(outgoing: ServerResponse, response: Response, cors: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, { ...headers, ...cors });
  outgoing.end(body);
}
