import type { AccountApiError } from '../client/errors.js';
import type { AccountOperation } from '../client/types.js';

/** Detail of `so-error`: which client call failed and how. Never carries a secret. */
export interface SoErrorDetail {
  operation: AccountOperation;
  error: AccountApiError;
}

/** Detail of `so-auth-expired`: the call that was refused with `unauthorized`. */
export interface SoAuthExpiredDetail {
  operation: AccountOperation;
}

/**
 * Detail of `so-reauth-required`: the host re-authenticates the user, then calls `retry()`,
 * which repeats the same intent with the same idempotency key. Never calling it changes nothing.
 */
export interface SoReauthRequiredDetail {
  operation: AccountOperation;
  retry: () => Promise<void>;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'so-error': CustomEvent<SoErrorDetail>;
    'so-auth-expired': CustomEvent<SoAuthExpiredDetail>;
    'so-reauth-required': CustomEvent<SoReauthRequiredDetail>;
  }
}
