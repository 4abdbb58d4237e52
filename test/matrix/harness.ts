/**
 * Runs one cell of the fault matrix: the element on the HTTP client against the MSW handlers,
 * its load GETs answered with the cell's fault, then the checks `cells.ts` names for the cell.
 */
import { expect, fixture } from '@open-wc/testing';
import { delay, getResponse, http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { AccountStore } from '../../src/client/account-store.js';
import type { AccountApiError } from '../../src/client/errors.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { AccountClient } from '../../src/client/types.js';
import { commonMessages } from '../../src/internal/localize/messages/common.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import { deferred } from '../helpers/deferred.js';
import { API, setupMockServer, type MockServer } from '../helpers/msw.js';
import { expectationFor, FAULT_IDS, FAULTS, MATRIX_ELEMENTS, type Fault, type FaultId, type MatrixElement } from './cells.js';
import { deepQueryAll, pause, until } from './dom.js';
import { DRIVERS, showsAnyData, showsData, type ElementDriver } from './elements.js';

/** Timeout for the cells where the reply never comes; every other cell uses a long one. */
const SHORT_TIMEOUT_MS = 500;
const CLIENT_HEADER = 'X-Matrix-Client';

/** The HTTP client of a cell: GET retries kept (fast), so they are part of what is tested. */
export function matrixClient(fault: Fault | undefined, name = 'main'): AccountClient {
  const timeout = fault?.kind === 'timeout';
  return createHttpAccountClient({
    baseUrl: API,
    headers: { [CLIENT_HEADER]: name },
    timeoutMs: timeout ? SHORT_TIMEOUT_MS : 10_000,
    retry: timeout ? { attempts: 1 } : { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
  });
}

/** What a cell's fault handlers are told: on or off, and the gates of held requests. */
export interface FaultControl {
  active: boolean;
  /** Held requests wait for this (removed, out of order). */
  gate: ReturnType<typeof deferred<void>>;
  /** Requests held so far (they reached the handler and wait at the gate). */
  held: number;
  /** Held requests answered so far. */
  released: number;
}

function errorReply(fault: Fault): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  const body = { error: { code: fault.bodyCode, message: `Matrix fault ${fault.label}.`, ...(fault.fieldErrors ? { fieldErrors: fault.fieldErrors } : {}) } };
  return HttpResponse.json(body, { status: fault.status!, headers });
}

/** The reply to a faulted request, or undefined to let the store's handler answer. */
async function faultReply(fault: Fault, control: FaultControl, request: Request, storeHandlers: HttpHandler[]): Promise<Response | undefined> {
  if (!control.active) return undefined;
  const client = request.headers.get(CLIENT_HEADER);
  switch (fault.kind) {
    case 'status':
    case 'reload-fails':
      return errorReply(fault);
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'malformed':
      return new HttpResponse('{"items": [ {"id": "oops"', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'removed':
    case 'out-of-order': {
      // The stale client (or the first search) is held; the fresh one fails at once, so a late
      // stale reply would show data where the error belongs.
      if (fault.kind === 'out-of-order' && client !== 'stale') return errorReply(FAULTS['500']);
      control.held += 1;
      await control.gate.promise;
      const response = await getResponse(storeHandlers, request);
      control.released += 1;
      return response;
    }
  }
}

/** MSW overrides answering `paths` (GET only) with the cell's fault while `control.active`. */
export function faultHandlers(paths: readonly string[], fault: Fault, control: FaultControl, storeHandlers: HttpHandler[]): HttpHandler[] {
  const urls = paths.includes('*') ? [`${API}/*`] : paths.map((path) => `${API}${path}`);
  return urls.map((url) => http.get(url, ({ request }) => faultReply(fault, control, request, storeHandlers)));
}

/** Everything a cell watches while it runs. */
export interface Watch {
  errors: { operation: string; error: AccountApiError }[];
  authExpired: unknown[];
  rejections: unknown[];
  consoleErrors: string[];
  stop(): void;
}

/** Records `so-error`, `so-auth-expired`, unhandled rejections and console errors until `stop()`. */
export function watch(target: EventTarget): Watch {
  const result: Watch = { errors: [], authExpired: [], rejections: [], consoleErrors: [], stop: () => {} };
  const onError = (event: Event) => result.errors.push((event as CustomEvent).detail);
  const onExpired = (event: Event) => result.authExpired.push((event as CustomEvent).detail);
  const onRejection = (event: PromiseRejectionEvent) => result.rejections.push(event.reason);
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    result.consoleErrors.push(args.map(String).join(' '));
    originalError.apply(console, args);
  };
  target.addEventListener('so-error', onError);
  target.addEventListener('so-auth-expired', onExpired);
  window.addEventListener('unhandledrejection', onRejection);
  result.stop = () => {
    target.removeEventListener('so-error', onError);
    target.removeEventListener('so-auth-expired', onExpired);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
  };
  return result;
}

/** The error states (`role="alert"` with Retry) anywhere in the element, shadow roots included. */
export function errorStates(el: HTMLElement): HTMLElement[] {
  return deepQueryAll(el, '[part~="error"][role="alert"]');
}

const messageOf = (state: HTMLElement) => state.querySelector('.state-error-message')?.textContent?.trim();
const retryOf = (state: HTMLElement) =>
  [...state.querySelectorAll('button')].find((button) => button.textContent?.trim() === commonMessages['state.retry']);

async function reload(el: HTMLElement): Promise<void> {
  const host = el as HTMLElement & { reload?: () => Promise<void>; refresh?: () => Promise<void> };
  await (host.reload ?? host.refresh)!.call(host).catch(() => {});
}

/** Sets up a describe block's MSW server on a fresh store per test, and returns its cell runner. */
export function matrixSuite(): { server: MockServer; run: (element: MatrixElement, faultId: FaultId) => Promise<void> } {
  let storeHandlers: HttpHandler[] = [];
  const server = setupMockServer(() => {
    storeHandlers = createAccountHandlers(new AccountStore(), { baseUrl: API });
    return storeHandlers;
  });
  return { server, run: (element, faultId) => runCell(server, () => storeHandlers, element, faultId) };
}

async function runCell(server: MockServer, currentHandlers: () => HttpHandler[], element: MatrixElement, faultId: FaultId): Promise<void> {
  const storeHandlers = currentHandlers();
  const fault = FAULTS[faultId];
  const driver = DRIVERS[element.tag]!;
  const expectation = expectationFor(element, faultId);
  const control: FaultControl = { active: true, gate: deferred<void>(), held: 0, released: 0 };
  server.worker.use(...faultHandlers(element.paths, fault, control, storeHandlers));
  const watched = watch(document);
  try {
    switch (expectation.kind) {
      case 'error':
        await errorCell(driver, fault, control, expectation, element, watched);
        break;
      case 'state': {
        const el = await fixture<HTMLElement>(driver.render(matrixClient(fault)));
        await until(() => driver.empty!(el), `${element.tag}: the ${expectation.state} state`);
        expect(errorStates(el), 'no error state').to.have.length(0);
        expect(watched.errors, 'no so-error').to.have.length(0);
        break;
      }
      case 'quiet':
        await removedCell(server, driver, control, element, watched);
        break;
      case 'latest':
        if (expectation.input === 'search') await searchRaceCell(server, storeHandlers, driver, control, watched);
        else await clientRaceCell(driver, control, element, watched);
        break;
    }
    await pause(20);
    expect(watched.rejections, 'no unhandled promise rejection').to.deep.equal([]);
    expect(watched.consoleErrors, 'no console error').to.deep.equal([]);
  } finally {
    control.active = false;
    control.gate.resolve();
    watched.stop();
  }
}

type ErrorExpectation = Extract<ReturnType<typeof expectationFor>, { kind: 'error' }>;

/** Asserts the element's error states for `expected`, and that none of its data shows. */
export function expectErrorState(el: HTMLElement, driver: ElementDriver, expected: ErrorExpectation): void {
  const states = errorStates(el);
  expect(states, 'error states').to.have.length(driver.alerts);
  for (const state of states) {
    expect(messageOf(state), 'the message for the code').to.equal(expected.message);
    expect(retryOf(state), 'a Retry button').to.exist;
  }
  expect(showsAnyData(el, driver), 'no stale data beside the error').to.equal(false);
}

function expectReported(watched: Watch, element: MatrixElement, expected: ErrorExpectation, alerts: number): void {
  expect(watched.errors.length, 'so-error fired').to.be.at.least(alerts);
  for (const { operation, error } of watched.errors) {
    expect(element.operations, `so-error operation ${operation}`).to.include(operation);
    expect(error.code, 'so-error code').to.equal(expected.code);
  }
  expect(watched.authExpired, `so-auth-expired once per client (got ${JSON.stringify(watched.authExpired)})`).to.have.length(expected.authExpired ? 1 : 0);
}

async function errorCell(driver: ElementDriver, fault: Fault, control: FaultControl, expected: ErrorExpectation, element: MatrixElement, watched: Watch) {
  // "Reload fails": the data is shown first, then the reload meets the fault.
  control.active = fault.kind !== 'reload-fails';
  const el = await fixture<HTMLElement>(driver.render(matrixClient(fault)));
  const settled = () => errorStates(el).length >= driver.alerts;
  if (fault.kind === 'reload-fails') {
    await until(() => showsData(el, driver), `${element.tag}: data before the reload`);
    control.active = true;
    void reload(el);
  }
  await until(settled, `${element.tag}: ${driver.alerts} error state(s) for ${fault.label}`);
  await pause(20);
  expectErrorState(el, driver, expected);
  // One event per failed load, never one per GET retry.
  if (driver.alerts === 1) expect(watched.errors, 'one so-error').to.have.length(1);
  expectReported(watched, element, expected, driver.alerts);

  // Retry works once the server does.
  control.active = false;
  for (const state of errorStates(el)) retryOf(state)!.click();
  await until(() => showsData(el, driver) && errorStates(el).length === 0, `${element.tag}: data after Retry`);
}

async function removedCell(server: MockServer, driver: ElementDriver, control: FaultControl, element: MatrixElement, watched: Watch) {
  const el = await fixture<HTMLElement>(driver.render(matrixClient(undefined)));
  const parent = el.parentElement!;
  const path = element.paths[0] === '*' ? '/profile' : element.paths[0]!;
  await server.waitForRequests('GET', path, 1);
  el.remove();
  control.gate.resolve();
  await pause(100);
  expect(watched.errors, 'no so-error for an abandoned load').to.deep.equal([]);
  expect(watched.authExpired).to.deep.equal([]);
  // Put back, it loads again and shows its data.
  control.active = false;
  parent.append(el);
  await until(() => showsData(el, driver), `${element.tag}: data after re-attaching`);
  expect(errorStates(el)).to.have.length(0);
}

async function clientRaceCell(driver: ElementDriver, control: FaultControl, element: MatrixElement, watched: Watch) {
  // The first client's reply is held; the host swaps clients; the second fails at once.
  const stale = matrixClient(undefined, 'stale');
  const fresh = matrixClient(undefined, 'fresh');
  const el = await fixture<HTMLElement & { client?: AccountClient }>(driver.render(stale));
  // Swap once the stale request is held: in Firefox a request the page aborts before it reaches the
  // handler never reaches it at all, and there would be no late reply to ignore.
  await until(() => control.held > 0, 'the stale request');
  el.client = fresh;
  await until(() => errorStates(el).length >= driver.alerts, `${element.tag}: the fresh client's error`);
  control.gate.resolve();
  await until(() => control.released > 0, 'the stale reply');
  await pause(100);
  expect(errorStates(el), 'still the fresh client’s error').to.have.length(driver.alerts);
  expect(showsAnyData(el, driver), 'the stale reply is not shown').to.equal(false);
  for (const { error } of watched.errors) expect(error.code).to.equal('unavailable');
  control.active = false;
  for (const state of errorStates(el)) retryOf(state)!.click();
  await until(() => showsData(el, driver), `${element.tag}: data after Retry`);
}

async function searchRaceCell(server: MockServer, storeHandlers: HttpHandler[], driver: ElementDriver, control: FaultControl, watched: Watch) {
  control.active = false; // the load itself is fine; the race is between two searches
  const el = await fixture<HTMLElement>(driver.render(matrixClient(undefined)));
  await until(() => showsData(el, driver), 'the members');
  const memberRows = () => deepQueryAll(el, '[part~="row"]');
  const input = deepQueryAll<HTMLInputElement>(el, '[part~="search"]')[0]!;
  // The first search's reply is held until the second one is shown.
  server.worker.use(
    http.get(`${API}/members`, async ({ request }) => {
      if (new URL(request.url).searchParams.get('search') !== 'Kenji') return undefined;
      await control.gate.promise;
      const response = await getResponse(storeHandlers, request);
      control.released += 1;
      return response;
    }),
  );
  const type = (value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  type('Kenji');
  await server.waitForRequests('GET', '/members', 2);
  type('Priya');
  await until(() => memberRows().length === 1 && memberRows()[0]!.textContent!.includes('Priya Raman'), 'the second search’s result');
  control.gate.resolve();
  await until(() => control.released > 0, 'the first search’s late reply');
  await pause(100);
  expect(memberRows(), 'one row').to.have.length(1);
  expect(memberRows()[0]!.textContent, 'the latest search stays').to.include('Priya Raman');
  expect(deepQueryAll(el, '[part~="list"]').map((list) => list.textContent).join(' ')).not.to.include('Kenji');
  expect(watched.errors, 'an abandoned search is no error').to.deep.equal([]);
}

/** Declares the matrix rows of `tags`: one `describe` per element, one `it` per fault. */
export function defineMatrix(tags: readonly string[]): void {
  for (const element of MATRIX_ELEMENTS.filter((candidate) => tags.includes(candidate.tag))) {
    describe(`fault matrix: <${element.tag}>`, () => {
      const { run } = matrixSuite();
      for (const faultId of FAULT_IDS) {
        const bug = element.bugs?.[faultId];
        // A skipped cell names its bug; see `bugs` in cells.ts.
        (bug?.skip ? it.skip : it)(`${FAULTS[faultId].label}${bug ? ` — BUG: ${bug.bug}` : ''}`, () => run(element, faultId));
      }
    });
  }
}
