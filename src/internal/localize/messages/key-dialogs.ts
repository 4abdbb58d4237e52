import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/**
 * Messages of `<so-api-key-panel>`'s rotate, revoke and create dialogs, which are imported on
 * demand and bring them with them (key-actions.ts). Keys start with `apiKeyPanel.` like the
 * panel's own, so a translation covers both.
 */
export const keyDialogMessages = {
  // announced after a revoke
  'apiKeyPanel.revoked': (_locale: string, name: string) => `${name} was revoked.`,

  // rotate dialog
  'apiKeyPanel.rotateHeading': (_locale: string, name: string) => `Rotate “${name}”?`,
  'apiKeyPanel.rotateConfirm': 'Rotate key',
  'apiKeyPanel.rotateNow': 'The current key stops working immediately. Update every integration that uses it.',
  'apiKeyPanel.rotateLater': (_locale: string, duration: string) =>
    `The current key keeps working for ${duration}, then stops. Update every integration that uses it before then.`,
  'apiKeyPanel.rotateSteps': 'To rotate without downtime:',
  'apiKeyPanel.graceLegend': 'When should the current key stop working?',
  'apiKeyPanel.graceNow': 'Immediately',
  'apiKeyPanel.graceAfter': (_locale: string, duration: string) => `After ${duration}`,

  // revoke dialog
  'apiKeyPanel.revokeHeading': (_locale: string, name: string) => `Revoke “${name}”?`,
  'apiKeyPanel.revokeConfirm': 'Revoke key',
  'apiKeyPanel.revokeBody': 'Requests that use this key stop working immediately. This cannot be undone.',

  // create dialog
  'apiKeyPanel.createHeading': 'Create an API key',
  'apiKeyPanel.createConfirm': 'Create key',
  'apiKeyPanel.nameLabel': 'Name',
  'apiKeyPanel.nameHint': (_locale: string, max: number) => `Say where the key is used, e.g. “Production server”. Up to ${max} characters.`,
  'apiKeyPanel.nameRequired': 'Enter a name for the key.',
  'apiKeyPanel.nameTooLong': (locale: string, max: number) =>
    plural(locale, max, { one: `Use at most ${max} character.`, other: `Use at most ${max} characters.` }),
  'apiKeyPanel.nameTaken': 'A key with this name already exists. Choose another name.',
  'apiKeyPanel.nameRejected': 'The server didn’t accept this name. Try another.',
  'apiKeyPanel.expiryLegend': 'Expires',
  'apiKeyPanel.expiryNever': 'Never',
  'apiKeyPanel.expiryDays': (locale: string, days: number, date: string) =>
    plural(locale, days, { one: `In ${days} day (${date})`, other: `In ${days} days (${date})` }),
  'apiKeyPanel.expiryDate': 'On a date',
  'apiKeyPanel.expiryDateLabel': 'Expiry date',
  'apiKeyPanel.expiryDateRequired': 'Choose the date the key expires.',
  'apiKeyPanel.expiryDatePast': 'Choose a date after today.',
  'apiKeyPanel.expiryRejected': 'The server didn’t accept this date. Choose another.',
  'apiKeyPanel.scopesLegend': 'Scopes (optional)',
  'apiKeyPanel.scopesHint': 'Limit what the key can do. Leave all unchecked for the default access.',
  'apiKeyPanel.scopesRejected': 'The server didn’t accept these scopes.',
} satisfies MessageSection;
