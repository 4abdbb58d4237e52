import * as stories from '../../stories/elements/so-account-settings.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-account-settings> stories', stories, {
  Owner: 'General API keys Usage Billing Notifications Organization',
  OwnerOrganizationTab: 'Delete organization',
  MemberWithoutOrganizationPermissions: 'General API keys Usage Billing Notifications Profile',
  PersonalAccount: 'Notifications Profile',
  ClientMissingBilling: 'General API keys Usage Notifications Organization',
  ChosenTabs: 'Usage API keys',
  HashRouting: 'Safari on iPhone',
  DarkTheme: 'Safari on iPhone',
  Narrow: 'Platform key',
  OrganizationUnreadable: 'Couldn’t check your organization, so its tab is hidden.',
  Loading: 'Loading…',
  Arabic: 'الاسم المعروض',
  Pseudo: '[!! Ţĥíš ðëṽíçë !!]',
});
