import { plural } from '../format.js';

/**
 * The English catalogue: every user-visible string in the library. Other locales are
 * registered with `registerTranslation()` and may leave keys out (they fall back to English).
 * A message is a string, or a function of the locale (for plurals and formatting) and its arguments.
 */
export const en = {
  // states
  'state.loading': 'Loading…',
  'state.empty': 'Nothing here yet.',
  'state.retry': 'Try again',
  'state.readOnly': 'You can view this, but you don’t have permission to change it.',

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

  // confirm dialog
  'dialog.heading': 'Are you sure?',
  'dialog.confirm': 'Confirm',
  'dialog.cancel': 'Cancel',
  'dialog.close': 'Close',
  'dialog.typeToConfirm': (_locale: string, phrase: string) => `Type ${phrase} to confirm`,
  'dialog.typeMismatch': 'The text doesn’t match yet.',
  'dialog.busy': 'Working…',

  // secret field
  'secret.label': 'Secret',
  'secret.masked': (_locale: string, prefix: string, last4: string) => `${prefix}…${last4}, hidden`,
  'secret.reveal': 'Reveal',
  'secret.hide': 'Hide',
  'secret.copy': 'Copy',
  'secret.revealLabel': 'Reveal secret',
  'secret.hideLabel': 'Hide secret',
  'secret.copyLabel': 'Copy secret',
  'secret.revealFailed': 'Couldn’t reveal the secret. Try again.',
  'secret.copyFailedHidden': 'Couldn’t copy to the clipboard. Try again.',
  'secret.copied': 'Copied to clipboard.',
  'secret.copyFailed': 'Couldn’t copy automatically. Select the text and copy it yourself.',
  'secret.revealed': 'Secret shown.',
  'secret.hidden': 'Secret hidden.',
  'secret.autoHide': (locale: string, seconds: number) =>
    plural(locale, seconds, {
      one: `Hides again after ${seconds} second.`,
      other: `Hides again after ${seconds} seconds.`,
    }),
} satisfies Record<string, string | ((locale: string, ...args: never[]) => string)>;

/** The shape every locale's catalogue follows. */
export type Messages = typeof en;
/** A message key. */
export type MessageKey = keyof Messages;
/** The arguments a message takes after the locale. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (locale: string, ...args: infer A) => string ? A : [];
/** A catalogue a host registers for one locale: any subset of the keys. */
export type Translation = { [K in MessageKey]?: Messages[K] };
