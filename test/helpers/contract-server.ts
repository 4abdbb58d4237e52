import type { SessionInfo, SessionInit, SessionLog } from '../../scripts/contract-server.js';

export type { LoggedRequest, SessionLog } from '../../scripts/contract-server.js';

/** One fresh store on the loopback contract server, with its own base URL and request log. */
export interface LoopbackSession {
  /** `http://127.0.0.1:<port>/s/<id>`: the base URL for `createHttpAccountClient`. */
  baseUrl: string;
  /** Every request the server received for this session so far, and the store's effect counts. */
  log(): Promise<SessionLog>;
}

let serverUrl: Promise<string> | undefined;

/** The loopback server's URL, as the test runner's `contract-server` plugin reports it. */
export function contractServerUrl(): Promise<string> {
  serverUrl ??= (async () => {
    const response = await fetch('/__contract-server-url', { cache: 'no-store' });
    if (!response.ok) throw new Error(`No contract server: /__contract-server-url answered ${response.status}.`);
    const { url } = (await response.json()) as { url: string };
    assertLoopback(url);
    return url;
  })();
  return serverUrl;
}

/** Opens a session on a fresh AccountStore; `init.failures` injects failures as the memory client does. */
export async function openLoopbackSession(init: SessionInit = {}): Promise<LoopbackSession> {
  const response = await loopbackFetch(`${await contractServerUrl()}/__sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(init),
  });
  if (response.status !== 201) throw new Error(`Opening a session answered ${response.status}: ${await response.text()}`);
  const { baseUrl, logUrl } = (await response.json()) as SessionInfo;
  return {
    baseUrl,
    log: async () => (await (await loopbackFetch(logUrl, { cache: 'no-store' })).json()) as SessionLog,
  };
}

/** `fetch`, refusing any URL that is not on 127.0.0.1, so a test can never reach another host. */
export const loopbackFetch: typeof fetch = (input, init) => {
  assertLoopback(input instanceof Request ? input.url : String(input));
  return fetch(input, init);
};

function assertLoopback(url: string): void {
  const { protocol, hostname } = new URL(url, location.href);
  if (protocol !== 'http:' || hostname !== '127.0.0.1') throw new Error(`Refusing a request off the loopback server: ${url}`);
}
