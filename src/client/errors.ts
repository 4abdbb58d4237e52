/** Every failure a client reports. Elements choose what to show from `code`, never from `message`. */
export type AccountErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'reauth_required'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unknown';

export const ACCOUNT_ERROR_CODES: readonly AccountErrorCode[] = [
  'unauthorized',
  'forbidden',
  'reauth_required',
  'not_found',
  'conflict',
  'validation',
  'rate_limited',
  'unavailable',
  'network',
  'timeout',
  'aborted',
  'unknown',
];

/** Field name → messages, as returned with a `validation` error. */
export type FieldErrors = Record<string, string[]>;

export interface AccountApiErrorInit {
  status?: number;
  retryAfterSeconds?: number;
  fieldErrors?: FieldErrors;
  cause?: unknown;
}

/** The one error type every `AccountClient` rejects with. */
export class AccountApiError extends Error {
  override readonly name = 'AccountApiError';
  /** What went wrong, in a form an element can act on. */
  readonly code: AccountErrorCode;
  /** The HTTP status, when HTTP gave one. */
  readonly status?: number;
  /** For `rate_limited`: how long to wait before trying again. */
  readonly retryAfterSeconds?: number;
  /** For `validation`: messages per field. */
  readonly fieldErrors?: FieldErrors;

  constructor(code: AccountErrorCode, message?: string, init: AccountApiErrorInit = {}) {
    super(message ?? code, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    if (init.status !== undefined) this.status = init.status;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.fieldErrors !== undefined) this.fieldErrors = init.fieldErrors;
  }

  /** True for errors that may succeed when tried again unchanged. */
  get retryable(): boolean {
    return ['rate_limited', 'unavailable', 'network', 'timeout'].includes(this.code);
  }
}

/** Wraps anything thrown into an `AccountApiError`; passes one through unchanged. */
export function toAccountApiError(error: unknown): AccountApiError {
  if (error instanceof AccountApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new AccountApiError('aborted', 'The request was aborted.', { cause: error });
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new AccountApiError('timeout', 'The request timed out.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AccountApiError('unknown', message, { cause: error });
}

/** True when `value` is an `AccountApiError` with one of the given codes. */
export function isAccountApiError(value: unknown, ...codes: AccountErrorCode[]): value is AccountApiError {
  return value instanceof AccountApiError && (codes.length === 0 || codes.includes(value.code));
}
