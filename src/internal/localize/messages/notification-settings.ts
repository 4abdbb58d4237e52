import type { MessageSection } from './section.js';

/** Messages of `<so-notification-settings>`. Keys start with `notifications.`. */
export const notificationSettingsMessages = {
  'notifications.label': 'Notifications',
  'notifications.description': 'Choose what we tell you about, and where.',
  'notifications.empty': 'There are no notifications to set up.',
  'notifications.categoryHeader': 'Notification',
  'notifications.category.usage_thresholds': 'Usage thresholds',
  'notifications.category.plan_renewal': 'Plan renewal',
  'notifications.category.agent_errors': 'Agent errors',
  'notifications.category.weekly_digest': 'Weekly digest',
  'notifications.channel.email': 'Email',
  'notifications.channel.push': 'Push',
  'notifications.switchLabel': (_locale: string, category: string, channel: string) => `${category} by ${channel.toLocaleLowerCase()}`,
  'notifications.turnedOn': (_locale: string, category: string, channel: string) => `${category} by ${channel.toLocaleLowerCase()}: on.`,
  'notifications.turnedOff': (_locale: string, category: string, channel: string) => `${category} by ${channel.toLocaleLowerCase()}: off.`,
  'notifications.toggleFailed': (_locale: string, category: string, channel: string, reason: string) =>
    `Couldn’t change ${category} by ${channel.toLocaleLowerCase()}; it is back as it was. ${reason}`,
  'notifications.save': 'Save',
  'notifications.saving': 'Saving…',
  'notifications.discard': 'Discard changes',
  'notifications.saved': 'Notification preferences saved.',
  'notifications.saveFailed': (_locale: string, reason: string) => `Couldn’t save your notification preferences; your changes are kept. ${reason}`,
  'notifications.unsaved': 'You have unsaved changes.',
} satisfies MessageSection;
