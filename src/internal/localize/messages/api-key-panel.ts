import type { MessageSection } from './section.js';

/** Messages of `<so-api-key-panel>`. Keys start with `apiKeyPanel.`; its dialogs' are in key-dialogs.ts. */
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

  // safe rotation
  'apiKeyPanel.guidanceSummary': 'How to rotate a key safely',
  'apiKeyPanel.stepGenerate': 'Generate the new key first, and copy it when it is shown: it is shown only once.',
  'apiKeyPanel.stepDeploy': (_locale: string, variable: string) =>
    `Deploy it to every environment that uses the old key, under ${variable} or your equivalent.`,
  'apiKeyPanel.stepConfirm': 'Confirm the old key has gone quiet: its last-used time stops changing. Then let it expire, or revoke it.',

  // shown after create and rotate, through <so-secret-once>
  'apiKeyPanel.deployHint': (_locale: string, variable: string) =>
    `Store it as ${variable} (or your equivalent) in every environment that needs it.`,
} satisfies MessageSection;
