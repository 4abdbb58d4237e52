import * as stories from '../../stories/elements/so-profile-form.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-profile-form> stories', stories, {
  Ready: 'Your name, email address, picture, time zone and language.',
  Loading: 'Loading…',
  LoadError: 'The service is temporarily unavailable.',
  Changed: 'You have unsaved changes.',
  ServerFieldErrors: 'This address is already in use.',
  ClientValidation: 'Choose a time zone from the list.',
  SaveFailure: 'Couldn’t save your profile; your changes are kept.',
  PendingEmail: 'Check maya@ortiz.example to confirm the change.',
  AvatarUpload: 'Picture uploaded. Save to keep it.',
  AvatarUploadFailure: 'Couldn’t upload the picture. Can’t reach the server.',
  NoAvatar: 'MC',
  German: 'Anzeigename',
  DarkTheme: 'Display name',
  Narrow: 'Discard changes',
  Arabic: 'الاسم المعروض',
  Pseudo: '[!! Ðíšþļáý ñáɱë !!]',
});
