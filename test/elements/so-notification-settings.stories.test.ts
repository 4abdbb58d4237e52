import * as stories from '../../stories/elements/so-notification-settings.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-notification-settings> stories', stories, {
  Instant: 'Usage thresholds When usage passes 80% and 100% of a limit.',
  InstantRollback: 'Couldn’t change Weekly digest by email; it is back as it was.',
  FormMode: 'You have unsaved changes.',
  FormSaveError: 'Couldn’t save your notification preferences; your changes are kept.',
  ExtraChannels: 'Security alerts New sign-ins and changed credentials.',
  Empty: 'There are no notifications to set up.',
  Loading: 'Loading…',
  LoadError: 'The service is temporarily unavailable.',
  DarkTheme: 'Weekly digest',
  German: 'Benachrichtigung E-Mail Push Nutzungsgrenzen',
  Arabic: 'حدود الاستخدام',
  Pseudo: '[!! Üšáĝë ţĥŕëšĥöļðš !!]',
});
