import { formatNumber, plural } from '../../format.js';
import type { MessageSection } from './section.js';

/** Messages of `<so-org-members>`. Keys start with `orgMembers.`. */
export const orgMembersMessages = {
  // header, search and list
  'orgMembers.heading': 'Members',
  'orgMembers.count': (locale: string, total: number) =>
    plural(locale, total, { one: `${formatNumber(locale, total)} member`, other: `${formatNumber(locale, total)} members` }),
  'orgMembers.searchLabel': 'Search members',
  'orgMembers.searchPlaceholder': 'Search by name or email',
  'orgMembers.searching': 'Searching…',
  'orgMembers.searchResults': (locale: string, total: number, query: string) =>
    total === 0
      ? `No members match “${query}”.`
      : plural(locale, total, {
      one: `${formatNumber(locale, total)} member matches “${query}”.`,
      other: `${formatNumber(locale, total)} members match “${query}”.`,
    }),
  'orgMembers.noMatch': (_locale: string, query: string) => `No members match “${query}”.`,
  'orgMembers.noMatchHint': 'Check the spelling, or search by email address instead.',
  'orgMembers.clearSearch': 'Clear search',
  'orgMembers.listHint': 'Use the up and down arrow keys to move between members, Home and End to jump to the first and last, and Tab to reach a member’s controls.',
  'orgMembers.showing': (locale: string, shown: number, total: number) =>
    plural(locale, total, {
      one: `Showing ${formatNumber(locale, shown)} of ${formatNumber(locale, total)} member`,
      other: `Showing ${formatNumber(locale, shown)} of ${formatNumber(locale, total)} members`,
    }),
  'orgMembers.loadMore': 'Load more members',
  'orgMembers.loadingMore': 'Loading more members…',
  'orgMembers.loadMoreFailed': 'Couldn’t load more members.',
  'orgMembers.retry': 'Try again',

  // a member's row
  'orgMembers.you': 'You',
  'orgMembers.rowLabel': (_locale: string, name: string, role: string, isYou: boolean) =>
    isYou ? `${name} (you), ${role}` : `${name}, ${role}`,
  'orgMembers.roleFor': (_locale: string, name: string) => `Role for ${name}`,
  'orgMembers.unknownRole': 'Unknown role',
  'orgMembers.joined': (_locale: string, date: string) => `Joined ${date}`,
  'orgMembers.lastActive': (_locale: string, relative: string) => `Active ${relative}`,
  'orgMembers.neverActive': 'Not active yet',
  'orgMembers.remove': 'Remove',
  'orgMembers.removeLabel': (_locale: string, name: string) => `Remove ${name}`,
  'orgMembers.selfNote': 'This is you. You can’t remove yourself here; to leave the organization, use the danger zone.',
  'orgMembers.lastOwnerNote': 'The last owner can’t be demoted or removed. Make another member an owner first.',
  'orgMembers.rolesHeading': 'About roles',

  // states
  'orgMembers.readOnly': 'You can see who is in this organization, but you don’t have permission to manage members: only people who can manage members can invite, change roles or remove members.',
  'orgMembers.emptyTitle': 'It’s just you so far',
  'orgMembers.emptyBody': 'Invite your teammates to work together in this organization.',
  'orgMembers.emptyBodyReadOnly': 'No one else has joined this organization yet.',
  'orgMembers.upgradeTitle': 'Members need a plan with organizations',
  'orgMembers.upgradeBody': (_locale: string, planName: string) =>
    planName
      ? `Your ${planName} plan doesn’t include organizations. Upgrade to invite teammates, give them roles and manage who has access.`
      : 'Your plan doesn’t include organizations. Upgrade to invite teammates, give them roles and manage who has access.',
  'orgMembers.upgrade': 'Upgrade plan',
  'orgMembers.dismiss': 'Dismiss',

  // outcomes, announced
  'orgMembers.roleChanged': (_locale: string, name: string, role: string) => `${name} is now ${role}.`,
  'orgMembers.roleChangeFailed': (_locale: string, name: string, reason: string) => `Couldn’t change the role of ${name}. ${reason}`,
  'orgMembers.roleChangeBusy': (_locale: string, name: string) => `The role of ${name} is still being changed. Try again in a moment.`,
  'orgMembers.removed': (_locale: string, name: string) => `${name} was removed from the organization.`,
  'orgMembers.removeFailed': (_locale: string, name: string, reason: string) => `Couldn’t remove ${name}. ${reason}`,
  'orgMembers.invitedCount': (locale: string, invited: number) =>
    invited === 0
      ? 'No invitations were sent.'
      : plural(locale, invited, {
      one: `${formatNumber(locale, invited)} invitation sent.`,
      other: `${formatNumber(locale, invited)} invitations sent.`,
    }),

  // remove dialog
  'orgMembers.removeHeading': (_locale: string, name: string) => `Remove ${name}?`,
  'orgMembers.removeBody': (_locale: string, name: string, email: string) =>
    `${name} (${email}) loses access to this organization right away. You can invite them again later.`,
  'orgMembers.removeConfirm': 'Remove member',

  // invitations
  'orgMembers.invitationsHeading': 'Pending invitations',
  'orgMembers.invitationsEmpty': 'No pending invitations.',
  'orgMembers.invitedAt': (_locale: string, date: string) => `Invited ${date}`,
  'orgMembers.invitedAtBy': (_locale: string, date: string, name: string) => `Invited ${date} by ${name}`,
  'orgMembers.expires': (_locale: string, relative: string) => `Expires ${relative}`,
  'orgMembers.expired': (_locale: string, relative: string) => `Expired ${relative}`,
  'orgMembers.resend': 'Resend',
  'orgMembers.resendLabel': (_locale: string, email: string) => `Resend the invitation to ${email}`,
  'orgMembers.resent': (_locale: string, email: string) => `Invitation resent to ${email}.`,
  'orgMembers.resendFailed': (_locale: string, email: string, reason: string) => `Couldn’t resend the invitation to ${email}. ${reason}`,
  'orgMembers.revoke': 'Revoke',
  'orgMembers.revokeLabel': (_locale: string, email: string) => `Revoke the invitation to ${email}`,
  'orgMembers.revokeHeading': (_locale: string, email: string) => `Revoke the invitation to ${email}?`,
  'orgMembers.revokeBody': 'The invitation link stops working at once. You can invite this address again later.',
  'orgMembers.revokeConfirm': 'Revoke invitation',
  'orgMembers.revoked': (_locale: string, email: string) => `The invitation to ${email} was revoked.`,
  'orgMembers.revokeFailed': (_locale: string, email: string, reason: string) => `Couldn’t revoke the invitation to ${email}. ${reason}`,

  // the Invite button (the dialog's own strings are in invite-dialog.ts)
  'orgMembers.invite': 'Invite members',
} satisfies MessageSection;
