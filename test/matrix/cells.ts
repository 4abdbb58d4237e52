/**
 * The fault matrix as data: every element × every fault, and what each cell must show. The
 * browser suites (`faults-*.test.ts`) run exactly these cells, and `scripts/fault-matrix-table.mjs`
 * prints this table as markdown for the README — one definition, so the report cannot drift from
 * the tests. No DOM and no Lit here: the script loads this file in Node.
 */
import type { AccountErrorCode } from '../../src/client/errors.js';
import type { AccountOperation } from '../../src/client/types.js';
import { commonMessages } from '../../src/internal/localize/messages/common.js';

/** What the fault's handler does to the element's load request. */
export type FaultKind = 'status' | 'network' | 'timeout' | 'malformed' | 'reload-fails' | 'removed' | 'out-of-order';

export interface Fault {
  id: FaultId;
  /** The column heading. */
  label: string;
  kind: FaultKind;
  /** For `status`: the HTTP status answered, with the contract's error body. */
  status?: number;
  /** The `error.code` the body carries (403 `reauth_required`, 422 `validation`). */
  bodyCode?: string;
  /** Sent with 422. */
  fieldErrors?: Record<string, string[]>;
  /** Sent with 429 as `Retry-After` (seconds). */
  retryAfter?: number;
  /** The code the HTTP client must turn this into; undefined when the element must see no error. */
  code?: AccountErrorCode;
}

export const FAULT_IDS = [
  '401',
  '403',
  '403-reauth',
  '404',
  '409',
  '422',
  '429',
  '500',
  '503',
  'network',
  'timeout',
  'malformed',
  'reload-fails',
  'removed',
  'out-of-order',
] as const;
export type FaultId = (typeof FAULT_IDS)[number];

/** Longer than the client would wait between GET retries, so a 429 is not retried silently. */
export const RETRY_AFTER_SECONDS = 7;

export const FAULTS: Record<FaultId, Fault> = {
  '401': { id: '401', label: '401', kind: 'status', status: 401, bodyCode: 'unauthorized', code: 'unauthorized' },
  '403': { id: '403', label: '403', kind: 'status', status: 403, bodyCode: 'forbidden', code: 'forbidden' },
  '403-reauth': { id: '403-reauth', label: '403 reauth', kind: 'status', status: 403, bodyCode: 'reauth_required', code: 'reauth_required' },
  '404': { id: '404', label: '404', kind: 'status', status: 404, bodyCode: 'not_found', code: 'not_found' },
  '409': { id: '409', label: '409', kind: 'status', status: 409, bodyCode: 'conflict', code: 'conflict' },
  '422': {
    id: '422',
    label: '422',
    kind: 'status',
    status: 422,
    bodyCode: 'validation',
    fieldErrors: { name: ['Too long.'] },
    code: 'validation',
  },
  '429': { id: '429', label: '429', kind: 'status', status: 429, bodyCode: 'rate_limited', retryAfter: RETRY_AFTER_SECONDS, code: 'rate_limited' },
  '500': { id: '500', label: '500', kind: 'status', status: 500, bodyCode: 'unknown', code: 'unavailable' },
  '503': { id: '503', label: '503', kind: 'status', status: 503, bodyCode: 'unavailable', code: 'unavailable' },
  network: { id: 'network', label: 'network', kind: 'network', code: 'network' },
  timeout: { id: 'timeout', label: 'timeout', kind: 'timeout', code: 'timeout' },
  malformed: { id: 'malformed', label: 'bad JSON', kind: 'malformed', code: 'unknown' },
  // Data shown, then `reload()` answered 500: the error replaces the data (none of it stays).
  'reload-fails': { id: 'reload-fails', label: 'reload fails', kind: 'reload-fails', status: 500, bodyCode: 'unknown', code: 'unavailable' },
  removed: { id: 'removed', label: 'removed', kind: 'removed' },
  'out-of-order': { id: 'out-of-order', label: 'out of order', kind: 'out-of-order' },
};

/** The English message an error code shows, from the shared catalogue (`error.*`). */
export function messageFor(code: AccountErrorCode, retryAfterSeconds?: number): string {
  const message = commonMessages[`error.${code}`];
  return typeof message === 'function' ? message('en', retryAfterSeconds) : message;
}

/** What one cell must show. */
export type Expectation =
  /** The error state: `role="alert"` with `message`, a working Retry, `so-error` with `code`. */
  | { kind: 'error'; code: AccountErrorCode; message: string; authExpired: boolean }
  /** A documented non-error outcome (e.g. a 404 on `GET /billing` means "no subscription"). */
  | { kind: 'state'; state: 'empty'; note: string }
  /** Removed while loading: no event, no log, no rejection; it loads when put back. */
  | { kind: 'quiet' }
  /** Two replies out of order: only the latest input's reply is shown. */
  | { kind: 'latest'; input: 'search' | 'client' };

/** One element of the matrix. */
export interface MatrixElement {
  tag: string;
  /** The load GETs the fault is applied to (paths under the API base); `*` is every GET. */
  paths: readonly string[];
  /** The operation named in `so-error` for a failure of those GETs. */
  operations: readonly AccountOperation[];
  /** Cells whose documented outcome differs from the fault's default. */
  overrides?: Partial<Record<FaultId, Expectation>>;
  /** A cell that exposes a bug: the test still runs (and fails) unless `skip` is set. */
  bugs?: Partial<Record<FaultId, { bug: string; skip?: boolean }>>;
}

export const MATRIX_ELEMENTS: readonly MatrixElement[] = [
  { tag: 'so-api-key-panel', paths: ['/api-keys'], operations: ['listApiKeys'] },
  { tag: 'so-usage-meter', paths: ['/usage'], operations: ['getUsage'] },
  {
    tag: 'so-billing-card',
    paths: ['/billing'],
    operations: ['getBilling'],
    overrides: { '404': { kind: 'state', state: 'empty', note: 'no subscription (README: a 404 on GET /billing)' } },
  },
  {
    tag: 'so-org-members',
    paths: ['/members'],
    operations: ['listMembers'],
    overrides: { 'out-of-order': { kind: 'latest', input: 'search' } },
  },
  { tag: 'so-danger-zone', paths: ['/organization'], operations: ['getOrganization'] },
  { tag: 'so-sessions', paths: ['/sessions'], operations: ['listSessions'] },
  { tag: 'so-notification-settings', paths: ['/notification-preferences'], operations: ['getNotificationPreferences'] },
  { tag: 'so-passkeys', paths: ['/passkeys'], operations: ['listPasskeys'] },
  { tag: 'so-profile-form', paths: ['/profile'], operations: ['getProfile'] },
  { tag: 'so-org-profile', paths: ['/organization'], operations: ['getOrganization'] },
  { tag: 'so-subscriptions', paths: ['/subscriptions'], operations: ['listSubscriptions'] },
  // The whole surface with the server failing every read: each element of the open tab says so.
  {
    tag: 'so-account-settings',
    paths: ['*'],
    operations: ['getOrganization', 'getViewer', 'getProfile', 'listPasskeys', 'listSessions'],
  },
];

/** What `element` must show under `fault`. */
export function expectationFor(element: MatrixElement, faultId: FaultId): Expectation {
  const override = element.overrides?.[faultId];
  if (override) return override;
  const fault = FAULTS[faultId];
  if (fault.kind === 'removed') return { kind: 'quiet' };
  if (fault.kind === 'out-of-order') return { kind: 'latest', input: 'client' };
  const code = fault.code!;
  return { kind: 'error', code, message: messageFor(code, fault.retryAfter), authExpired: code === 'unauthorized' };
}

/** One cell of the printed table. */
export function describeCell(element: MatrixElement, faultId: FaultId): string {
  const bug = element.bugs?.[faultId];
  const expectation = expectationFor(element, faultId);
  let text: string;
  switch (expectation.kind) {
    case 'error':
      text = `alert \`${expectation.code}\` + Retry${expectation.authExpired ? ' + auth-expired' : ''}`;
      break;
    case 'state':
      text = `${expectation.state} (${expectation.note})`;
      break;
    case 'quiet':
      text = 'no event, reloads on re-attach';
      break;
    case 'latest':
      text = expectation.input === 'search' ? 'latest search wins' : 'latest client wins';
      break;
  }
  return bug ? `✗ ${bug.bug}` : `✓ ${text}`;
}
