import type { MessageSection } from './section.js';

/**
 * Messages of the shared confirm dialog (`<so-confirm-dialog>`), registered when it is defined, so
 * elements without one don't ship them. Keys start with `dialog.`.
 */
export const confirmDialogMessages = {
  'dialog.heading': 'Are you sure?',
  'dialog.confirm': 'Confirm',
  'dialog.cancel': 'Cancel',
  'dialog.typeToConfirm': (_locale: string, phrase: string) => `Type ${phrase} to confirm`,
  'dialog.typeMismatch': 'The text doesn’t match yet.',
  'dialog.busy': 'Working…',
} satisfies MessageSection;
