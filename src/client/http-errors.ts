/**
 * Turns HTTP responses into values or `AccountApiError`s. The status decides the error code; the
 * body only refines it (message, field errors, `reauth_required`), so a gateway's HTML 502 page
 * is still `unavailable` and still retried.
 */
import { AccountApiError } from './errors.js';
import type { AccountErrorCode, FieldErrors } from './errors.js';
import type { ResponseShape, Route } from './rest-contract.js';

interface ParsedErrorBody {
  code?: string;
  message?: string;
  fieldErrors?: FieldErrors;
}

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error for a non-2xx response whose body text has already been read. */
export function errorFromResponse(response: Response, text: string): AccountApiError {
  const { status } = response;
  const body = parseErrorBody(text);
  const code = codeForStatus(status, body);
  const retryAfterSeconds = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  return new AccountApiError(code, body?.message ?? `The server answered ${status}.`, {
    status,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    ...(code === 'validation' && body?.fieldErrors ? { fieldErrors: body.fieldErrors } : {}),
  });
}

/** The value of a 2xx response, checked against the route's declared shape. */
export function valueFromResponse(route: Route, response: Response, text: string): unknown {
  if (route.response === 'empty') return undefined;
  const { status } = response;
  if (text.trim() === '') throw malformed(status, `${route.operation}: expected a JSON body, got none.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw malformed(status, `${route.operation}: the response is not JSON.`, error);
  }
  if (!hasShape(value, route.response)) throw malformed(status, `${route.operation}: the response is not ${route.response}.`);
  return value;
}

function malformed(status: number, message: string, cause?: unknown): AccountApiError {
  return new AccountApiError('unknown', message, { status, cause });
}

function hasShape(value: unknown, shape: ResponseShape): boolean {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (shape) {
    case 'object':
      return isObject;
    case 'object-or-null':
      return isObject || value === null;
    case 'array':
      return Array.isArray(value);
    case 'empty':
      return true;
  }
}

function codeForStatus(status: number, body: ParsedErrorBody | undefined): AccountErrorCode {
  if (status >= 500) return 'unavailable';
  switch (status) {
    case 400:
      return body?.fieldErrors || body?.code === 'validation' ? 'validation' : 'unknown';
    case 401:
      return 'unauthorized';
    case 403:
      return body?.code === 'reauth_required' ? 'reauth_required' : 'forbidden';
    case 404:
    case 410:
      return 'not_found';
    case 408:
      return 'timeout';
    case 409:
    case 412:
      return 'conflict';
    case 422:
      return 'validation';
    case 429:
      return 'rate_limited';
    default:
      return 'unknown';
  }
}

/** Reads `{ error: { code, message, fieldErrors? } }`, keeping only well-formed parts; undefined when unreadable. */
function parseErrorBody(text: string): ParsedErrorBody | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const error = isRecord(value) && isRecord(value['error']) ? value['error'] : undefined;
  if (!error) return undefined;
  const parsed: ParsedErrorBody = {};
  if (typeof error['code'] === 'string') parsed.code = error['code'];
  if (typeof error['message'] === 'string' && error['message'] !== '') parsed.message = error['message'];
  const fieldErrors = parseFieldErrors(error['fieldErrors']);
  if (fieldErrors) parsed.fieldErrors = fieldErrors;
  return parsed;
}

function parseFieldErrors(value: unknown): FieldErrors | undefined {
  if (!isRecord(value)) return undefined;
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(value)) {
    // Servers differ: accept one message as a string as well as a list.
    if (typeof messages === 'string') fieldErrors[field] = [messages];
    else if (Array.isArray(messages)) fieldErrors[field] = messages.filter((message): message is string => typeof message === 'string');
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
