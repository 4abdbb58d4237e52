import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages of `<so-api-key-panel>`. Keys start with `apiKeyPanel.`. */
export const apiKeyPanelMessages = {
  // header
  'apiKeyPanel.heading': 'API keys',
  'apiKeyPanel.description': 'Keys authenticate requests to the API. Treat them like passwords: never share them or put them in client-side code.',
  'apiKeyPanel.appHeading': 'App credentials',
  'apiKeyPanel.appDescription': 'Your app identifies itself with the app ID and proves it with the app secret. Keep the secret on your server.',
  'apiKeyPanel.readOnly': 'You can view these keys, but you can’t create, rotate or revoke them: that needs permission to manage API keys. Ask an organization owner or admin.',
  'apiKeyPanel.listLabel': 'API keys',

  // states
  'apiKeyPanel.empty': 'There are no API keys yet.',
  'apiKeyPanel.emptyCreate': 'Create a key to start calling the API.',
  'apiKeyPanel.emptyApp': 'This app has no secret yet.',

  // a key
  'apiKeyPanel.status.expiring': 'Expiring',
  'apiKeyPanel.status.expired': 'Expired',
  'apiKeyPanel.status.revoked': 'Revoked',
  'apiKeyPanel.created': 'Created',
  'apiKeyPanel.lastUsed': 'Last used',
  'apiKeyPanel.neverUsed': 'Never',
  'apiKeyPanel.expires': 'Expires',
  'apiKeyPanel.expired': 'Expired',
  'apiKeyPanel.stopsWorking': 'Stops working',
  'apiKeyPanel.scopes': 'Scopes',
  'apiKeyPanel.separator': ' · ',
  'apiKeyPanel.appId': 'App ID',
  'apiKeyPanel.copyAppId': 'Copy',
  'apiKeyPanel.copyAppIdLabel': 'Copy app ID',
  'apiKeyPanel.appIdCopied': 'App ID copied to clipboard.',
  'apiKeyPanel.appIdCopyFailed': 'Couldn’t copy automatically. The app ID is selected: copy it yourself.',

  // actions
  'apiKeyPanel.create': 'Create key',
  'apiKeyPanel.rotate': 'Rotate',
  'apiKeyPanel.rotateLabel': (_locale: string, name: string) => `Rotate ${name}`,
  'apiKeyPanel.revoke': 'Revoke',
  'apiKeyPanel.revokeLabel': (_locale: string, name: string) => `Revoke ${name}`,
  'apiKeyPanel.revoked': (_locale: string, name: string) => `${name} was revoked.`,

  // safe rotation
  'apiKeyPanel.guidanceSummary': 'How to rotate a key safely',
  'apiKeyPanel.stepGenerate': 'Generate the new key first, and copy it when it is shown: it is shown only once.',
  'apiKeyPanel.stepDeploy': (_locale: string, variable: string) =>
    `Deploy it to every environment that uses the old key, under ${variable} or your equivalent.`,
  'apiKeyPanel.stepConfirm': 'Confirm the old key has gone quiet: its last-used time stops changing. Then let it expire, or revoke it.',

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

  // shown after create and rotate, through <so-secret-once>
  'apiKeyPanel.deployHint': (_locale: string, variable: string) =>
    `Store it as ${variable} (or your equivalent) in every environment that needs it.`,

} satisfies MessageSection;
