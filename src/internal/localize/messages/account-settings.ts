import type { MessageSection } from './section.js';

/** Messages of `<so-account-settings>`. Keys start with `settings.`. */
export const accountSettingsMessages = {
  'settings.label': 'Settings',
  'settings.tab.general': 'General',
  'settings.tab.api-keys': 'API keys',
  'settings.tab.usage': 'Usage',
  'settings.tab.billing': 'Billing',
  'settings.tab.notifications': 'Notifications',
  'settings.tab.organization': 'Organization',
  'settings.empty': 'There are no settings to show for this account.',
  'settings.membershipFailed': 'Couldn’t check your organization, so its tab is hidden.',
} satisfies MessageSection;
