import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages every element shares: states and errors by code. */
export const commonMessages = {
  // states
  'state.loading': 'Loading…',
  'state.empty': 'Nothing here yet.',
  'state.retry': 'Try again',
  'state.dismiss': 'Dismiss',

  // errors, chosen by AccountApiError.code
  'error.unauthorized': 'Your session has expired. Sign in again to continue.',
  'error.forbidden': 'You don’t have permission to do this.',
  'error.reauth_required': 'For your security, confirm your identity again to continue.',
  'error.not_found': 'This item no longer exists. It may have been removed.',
  'error.conflict': 'This change conflicts with the current state. Refresh and try again.',
  'error.validation': 'Some of the information is not valid. Check the highlighted fields.',
  'error.rate_limited': (locale: string, seconds?: number) =>
    seconds
      ? plural(locale, seconds, {
          one: `Too many requests. Try again in ${seconds} second.`,
          other: `Too many requests. Try again in ${seconds} seconds.`,
        })
      : 'Too many requests. Wait a moment and try again.',
  'error.unavailable': 'The service is temporarily unavailable. Try again in a moment.',
  'error.network': 'Can’t reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to respond. Try again.',
  'error.aborted': 'The request was cancelled.',
  'error.unknown': 'Something went wrong. Try again.',
  'error.noClient': 'No account client configured.',
  'error.noClientHint': 'Set the element’s client property, wrap it in <so-account-provider>, or call setDefaultAccountClient().',
} satisfies MessageSection;
