import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages of `<so-sessions>`. Keys start with `sessions.`. */
export const sessionsMessages = {
  'sessions.label': 'Active sessions',
  'sessions.description': 'Devices and browsers where you are signed in. Sign out of any you don’t recognize.',
  'sessions.empty': 'You have no active sessions.',
  'sessions.thisDevice': 'This device',
  'sessions.lastActive': 'Last active',
  'sessions.location': 'Location',
  'sessions.activeNow': 'Active now',
  'sessions.revoke': 'Sign out',
  'sessions.revokeLabel': (_locale: string, device: string) => `Sign out of ${device}`,
  'sessions.revoking': 'Signing out…',
  'sessions.revoked': (_locale: string, device: string) => `Signed out of ${device}.`,
  'sessions.revokeFailed': (_locale: string, device: string, reason: string) => `Couldn’t sign out of ${device}. ${reason}`,
  'sessions.revokeOthers': 'Sign out of all other sessions',
  'sessions.revokeOthersHeading': 'Sign out of all other sessions?',
  'sessions.revokeOthersBody': (locale: string, count: number) =>
    plural(locale, count, {
      one: `You will be signed out on ${count} other device. This device stays signed in.`,
      other: `You will be signed out on ${count} other devices. This device stays signed in.`,
    }),
  'sessions.revokeOthersConfirm': 'Sign out',
  'sessions.revokedOthers': (locale: string, count: number) =>
    plural(locale, count, { one: `Signed out of ${count} other session.`, other: `Signed out of ${count} other sessions.` }),
  'sessions.revokeOthersFailed': (_locale: string, reason: string) => `Couldn’t sign out of every other session. ${reason}`,
} satisfies MessageSection;
