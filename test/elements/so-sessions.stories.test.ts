import * as stories from '../../stories/elements/so-sessions.stories.js';
import { describeStories } from '../helpers/stories.js';

describeStories('<so-sessions> stories', stories, {
  ThreeSessions: 'Chrome on macOS This device',
  OnlyThisDevice: 'Active now',
  SignOutOthersDialog: 'You will be signed out on 2 other devices. This device stays signed in.',
  SignOutOthersError: 'Couldn’t sign out of every other session.',
  SignOutOneError: 'Couldn’t sign out of Safari on iPhone. Too many requests. Try again in 30 seconds.',
  StepUp: 'so-reauth-required',
  Empty: 'You have no active sessions.',
  Loading: 'Loading…',
  LoadError: 'Can’t reach the server.',
  DarkTheme: 'Firefox on Windows',
  Arabic: 'هذا الجهاز',
  Pseudo: '[!! Ţĥíš ðëṽíçë !!]',
});
