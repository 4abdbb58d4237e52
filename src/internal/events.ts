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

declare global {
  interface GlobalEventHandlersEventMap {
    'so-error': CustomEvent<SoErrorDetail>;
    'so-auth-expired': CustomEvent<SoAuthExpiredDetail>;
  }
}
