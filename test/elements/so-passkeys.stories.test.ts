import * as stories from '../../stories/elements/so-passkeys.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-passkeys> stories', stories, {
  TwoPasskeys: 'MacBook Pro iCloud Keychain',
  AddPasskey: 'Work laptop',
  Cancelled: 'Passkey setup was cancelled or timed out. Nothing was added.',
  Unsupported: 'This browser can’t create passkeys.',
  Empty: 'You have no passkeys yet.',
  Loading: 'Loading…',
  LoadError: 'The service is temporarily unavailable.',
  DarkTheme: 'YubiKey 5C',
  Arabic: 'إضافة مفتاح مرور',
  Pseudo: '[!! Áðð þáššķëý !!]',
});
