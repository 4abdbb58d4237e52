import * as stories from '../../stories/elements/so-org-profile.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-org-profile> stories', stories, {
  Branded: 'White text: 6.7:1',
  NoLogo: 'Logo AR Logo URL',
  InvalidSlug: 'Use only lowercase letters, digits and hyphens, without spaces.',
  SlugTaken: 'This slug can’t be used. It may already be taken; try another.',
  LowContrast: 'White text on this colour has a contrast of only 1.07:1',
  PlanWithoutOrganizations: 'Your Starter plan doesn’t include organizations.',
  ReadOnly: 'You can view these settings, but you don’t have permission to change them.',
  CannotUpdate: 'These settings can’t be changed from here.',
  SaveFailure: 'Couldn’t save the organization settings; your changes are kept.',
  NoOrganization: 'You don’t belong to an organization.',
  Loading: 'Loading…',
  LoadError: 'Can’t reach the server.',
  DarkTheme: 'The admin account can’t be changed here; contact support to transfer it.',
  Arabic: 'اسم المؤسسة',
  Pseudo: '[!! Öŕĝáñížáţíöñ ñáɱë !!]',
});
