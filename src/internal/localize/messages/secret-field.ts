import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages of the shared secret field `<so-secret-field>`. Keys start with `secret.`. */
export const secretFieldMessages = {
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
} satisfies MessageSection;
