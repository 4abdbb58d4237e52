import { plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages of `<so-danger-zone>`. Keys start with `dangerZone.`. */
export const dangerZoneMessages = {
  'dangerZone.label': 'Danger zone',
  'dangerZone.empty': 'There are no actions here that you can take.',
  'dangerZone.emptyNoPermission': 'These actions need permissions you don’t have. Ask an owner of the organization.',
  'dangerZone.unavailablePermission': 'You don’t have permission to do this.',
  'dangerZone.unavailableNoOrganization': 'You don’t belong to an organization.',

  // revoke all sessions
  'dangerZone.revokeSessions.title': 'Sign out of all sessions',
  'dangerZone.revokeSessions.description':
    'Signs you out on every device and browser at once. Use it if you think someone else has access to your account.',
  'dangerZone.revokeSessions.breaks': 'You will have to sign in again on each of your devices.',
  'dangerZone.revokeSessions.button': 'Sign out everywhere',
  'dangerZone.revokeSessions.heading': 'Sign out of all sessions?',
  'dangerZone.revokeSessions.body':
    'Every device and browser signed in to your account is signed out at once. Anyone using your account elsewhere loses access.',
  'dangerZone.revokeSessions.done': 'All sessions were signed out.',

  // regenerate secrets
  'dangerZone.regenerateSecrets.title': 'Regenerate API secrets',
  'dangerZone.regenerateSecrets.description': 'Replaces every active API key with a new one. Use it if a secret may have leaked.',
  'dangerZone.regenerateSecrets.breaks': 'Every integration still using the old credentials stops working at once.',
  'dangerZone.regenerateSecrets.button': 'Regenerate secrets',
  'dangerZone.regenerateSecrets.heading': 'Regenerate all API secrets?',
  'dangerZone.regenerateSecrets.body':
    'Every active API key is replaced by a new one, and the old keys stop working immediately. Every integration using the old credentials will stop working until you give it the new secret.',
  'dangerZone.regenerateSecrets.shownOnce': 'The new secrets are shown once. Have a safe place to store them ready.',
  'dangerZone.regenerateSecrets.savedHint': 'Update each integration with its new secret.',
  'dangerZone.regenerateSecrets.none': 'There were no active API keys, so no new secrets were created.',

  // leave the organization
  'dangerZone.leaveOrganization.title': 'Leave organization',
  'dangerZone.leaveOrganization.description': (_locale: string, name: string) =>
    `Removes you from ${name}. You lose access to its members, API keys, usage and billing.`,
  'dangerZone.leaveOrganization.breaks': 'To come back, an owner must invite you again.',
  'dangerZone.leaveOrganization.button': 'Leave organization',
  'dangerZone.leaveOrganization.heading': (_locale: string, name: string) => `Leave ${name}?`,
  'dangerZone.leaveOrganization.body': (_locale: string, name: string) =>
    `You lose access to ${name} right away: its members, API keys, usage and billing. To come back, an owner must invite you again.`,
  'dangerZone.leaveOrganization.lastOwner': (_locale: string, name: string) =>
    `You are the only owner of ${name}. Make another member an owner before you leave.`,
  'dangerZone.leaveOrganization.done': (_locale: string, name: string) => `You left ${name}.`,

  // delete the organization
  'dangerZone.deleteOrganization.title': 'Delete organization',
  'dangerZone.deleteOrganization.description': (_locale: string, name: string) =>
    `Permanently deletes ${name}: its team, subscriptions, projects and datasets, card information, and usage and billing data.`,
  'dangerZone.deleteOrganization.breaks': 'This cannot be undone.',
  'dangerZone.deleteOrganization.button': 'Delete organization',
  'dangerZone.deleteOrganization.heading': (_locale: string, name: string) => `Delete ${name}?`,
  'dangerZone.deleteOrganization.lossIntro': 'Deleting the organization permanently removes:',
  'dangerZone.deleteOrganization.lossMembers': 'all users from the team',
  'dangerZone.deleteOrganization.lossSubscriptions': 'all subscription records',
  'dangerZone.deleteOrganization.lossProjects': 'all projects and their datasets',
  'dangerZone.deleteOrganization.lossCard': 'card information',
  'dangerZone.deleteOrganization.lossUsage': 'usage and billing data',
  'dangerZone.deleteOrganization.irreversible': 'This cannot be undone.',
  'dangerZone.deleteOrganization.blocked': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'You can’t delete the organization while a subscription is active. Cancel it first, then delete:',
      other: `You can’t delete the organization while ${count} subscriptions are active. Cancel each of them first, then delete:`,
    }),
  'dangerZone.deleteOrganization.blockedShort': (locale: string, count: number) =>
    plural(locale, count, {
      one: 'An active subscription must be canceled first.',
      other: `${count} active subscriptions must be canceled first.`,
    }),
  'dangerZone.deleteOrganization.stillBlocked': 'The organization can’t be deleted yet: a subscription is still active.',
  'dangerZone.deleteOrganization.nameChanged': 'The organization’s name no longer matches. Type its current name to confirm.',
  'dangerZone.deleteOrganization.done': (_locale: string, name: string) => `${name} was deleted.`,
} satisfies MessageSection;
