import { accountSettingsMessages } from './messages/account-settings.js';
import { apiKeyPanelMessages } from './messages/api-key-panel.js';
import { billingCardMessages } from './messages/billing-card.js';
import { commonMessages } from './messages/common.js';
import { confirmDialogMessages } from './messages/confirm-dialog.js';
import { dangerZoneMessages } from './messages/danger-zone.js';
import { inviteDialogMessages } from './messages/invite-dialog.js';
import { keyDialogMessages } from './messages/key-dialogs.js';
import { notificationSettingsMessages } from './messages/notification-settings.js';
import { orgMembersMessages } from './messages/org-members.js';
import { orgProfileMessages } from './messages/org-profile.js';
import { passkeysMessages } from './messages/passkeys.js';
import { profileFormMessages } from './messages/profile-form.js';
import { secretFieldMessages } from './messages/secret-field.js';
import { secretOnceMessages } from './messages/secret-once.js';
import { sessionsMessages } from './messages/sessions.js';
import { subscriptionsMessages } from './messages/subscriptions.js';
import { usageMeterMessages } from './messages/usage-meter.js';

/**
 * The English catalogue: every user-visible string in the library, one section per element in
 * `messages/`. Other locales are registered with `registerTranslation()` and may leave keys out
 * (they fall back to English). A message is a string, or a function of the locale (for plurals
 * and formatting) and its arguments.
 */
export const en = {
  ...commonMessages,
  ...confirmDialogMessages,
  ...secretFieldMessages,
  ...secretOnceMessages,
  ...apiKeyPanelMessages,
  ...keyDialogMessages,
  ...usageMeterMessages,
  ...billingCardMessages,
  ...orgMembersMessages,
  ...inviteDialogMessages,
  ...orgProfileMessages,
  ...dangerZoneMessages,
  ...sessionsMessages,
  ...subscriptionsMessages,
  ...notificationSettingsMessages,
  ...passkeysMessages,
  ...profileFormMessages,
  ...accountSettingsMessages,
};

/** The shape every locale's catalogue follows. */
export type Messages = typeof en;
/** A message key. */
export type MessageKey = keyof Messages;
/** The arguments a message takes after the locale. */
export type MessageArgs<K extends MessageKey> = Messages[K] extends (locale: string, ...args: infer A) => string ? A : [];
/** A catalogue a host registers for one locale: any subset of the keys. */
export type Translation = { [K in MessageKey]?: Messages[K] };
