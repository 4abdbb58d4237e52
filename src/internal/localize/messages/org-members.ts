import { formatNumber, plural } from '../../format.js';
import type { MessageSection } from './section.js';

const count = (locale: string, value: number) => formatNumber(locale, value);

/** Messages of `<so-org-members>`. Keys start with `orgMembers.`. */
export const orgMembersMessages = {
  // header, search and list
  'orgMembers.heading': 'Members',
  'orgMembers.count': (locale: string, total: number) =>
    plural(locale, total, { one: `${count(locale, total)} member`, other: `${count(locale, total)} members` }),
  'orgMembers.searchLabel': 'Search members',
  'orgMembers.searchPlaceholder': 'Search by name or email',
  'orgMembers.searching': 'Searching…',
  'orgMembers.searchResults': (locale: string, total: number, query: string) =>
    total === 0
      ? `No members match “${query}”.`
      : plural(locale, total, {
      one: `${count(locale, total)} member matches “${query}”.`,
      other: `${count(locale, total)} members match “${query}”.`,
    }),
  'orgMembers.noMatch': (_locale: string, query: string) => `No members match “${query}”.`,
  'orgMembers.noMatchHint': 'Check the spelling, or search by email address instead.',
  'orgMembers.clearSearch': 'Clear search',
  'orgMembers.listLabel': 'Members',
  'orgMembers.listHint': 'Use the up and down arrow keys to move between members, Home and End to jump to the first and last, and Tab to reach a member’s controls.',
  'orgMembers.showing': (locale: string, shown: number, total: number) =>
    plural(locale, total, {
      one: `Showing ${count(locale, shown)} of ${count(locale, total)} member`,
      other: `Showing ${count(locale, shown)} of ${count(locale, total)} members`,
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
      one: `${count(locale, invited)} invitation sent.`,
      other: `${count(locale, invited)} invitations sent.`,
    }),

  // remove dialog
  'orgMembers.removeHeading': (_locale: string, name: string) => `Remove ${name}?`,
  'orgMembers.removeBody': (_locale: string, name: string, email: string) =>
    `${name} (${email}) loses access to this organization right away. You can invite them again later.`,
  'orgMembers.removeConfirm': 'Remove member',

  // invitations
  'orgMembers.invitationsHeading': 'Pending invitations',
  'orgMembers.invitationsEmpty': 'No pending invitations.',
  'orgMembers.invitationsLabel': 'Pending invitations',
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

  // invite dialog
  'orgMembers.invite': 'Invite members',
  'orgMembers.inviteHeading': 'Invite members',
  'orgMembers.inviteEmailsLabel': 'Email addresses',
  'orgMembers.inviteEmailsHint': 'Separate addresses with commas, spaces or new lines, or paste CSV lines of email,role.',
  'orgMembers.inviteLimitHint': (locale: string, max: number) =>
    plural(locale, max, {
      one: `You can invite ${count(locale, max)} person at a time.`,
      other: `You can invite up to ${count(locale, max)} people at a time.`,
    }),
  'orgMembers.inviteRoleLabel': 'Role',
  'orgMembers.inviteRoleHint': 'Given to every address whose CSV line names no role.',
  'orgMembers.previewCaption': 'Preview',
  'orgMembers.columnEmail': 'Email',
  'orgMembers.columnRole': 'Role',
  'orgMembers.columnStatus': 'Status',
  'orgMembers.previewReady': 'Ready to send',
  'orgMembers.problem.invalid_email': 'Not a valid email address',
  'orgMembers.problem.duplicate': 'Listed more than once',
  'orgMembers.problem.already_member': 'Already a member',
  'orgMembers.problem.already_invited': 'Already invited',
  'orgMembers.problem.unknown_role': (_locale: string, role: string) => `No role called “${role}”`,
  'orgMembers.previewSummary': (locale: string, ready: number, skipped: number) => {
    const readyText = plural(locale, ready, { one: `${count(locale, ready)} address ready to send`, other: `${count(locale, ready)} addresses ready to send` });
    if (skipped === 0) return `${readyText}.`;
    return `${readyText}; ${plural(locale, skipped, { one: `${count(locale, skipped)} with a problem will be skipped.`, other: `${count(locale, skipped)} with problems will be skipped.` })}`;
  },
  'orgMembers.previewMore': (locale: string, hidden: number) =>
    plural(locale, hidden, { one: `${count(locale, hidden)} more row not shown.`, other: `${count(locale, hidden)} more rows not shown.` }),
  'orgMembers.overLimit': (locale: string, ready: number, max: number) =>
    `You can invite up to ${count(locale, max)} people at a time, and ${count(locale, ready)} addresses are ready to send. Remove ${count(locale, ready - max)}, then send the rest in another invitation.`,
  'orgMembers.nothingToSend': 'Add at least one valid email address to send an invitation.',
  'orgMembers.send': (locale: string, ready: number) =>
    plural(locale, ready, { one: `Send ${count(locale, ready)} invitation`, other: `Send ${count(locale, ready)} invitations` }),
  'orgMembers.sendEmpty': 'Send invitations',
  'orgMembers.sending': 'Sending invitations…',
  'orgMembers.resultsCaption': 'Results',
  'orgMembers.columnResult': 'Result',
  'orgMembers.result.invited': 'Invited',
  'orgMembers.result.already_member': 'Already a member',
  'orgMembers.result.already_invited': 'Already invited',
  'orgMembers.result.invalid': 'Not a valid email address',
  'orgMembers.notSent': (_locale: string, reason: string) => `Not sent: ${reason}`,
  'orgMembers.resultsSummary': (locale: string, invited: number, notInvited: number) => {
    const invitedText = plural(locale, invited, { one: `${count(locale, invited)} person invited`, other: `${count(locale, invited)} people invited` });
    if (notInvited === 0) return `${invitedText}.`;
    return `${invitedText}; ${plural(locale, notInvited, { one: `${count(locale, notInvited)} address not invited.`, other: `${count(locale, notInvited)} addresses not invited.` })}`;
  },
  'orgMembers.inviteMore': 'Invite more people',
  'orgMembers.done': 'Done',
  'orgMembers.inviteFailed': (_locale: string, reason: string) => `The invitations weren’t sent. ${reason}`,
  'orgMembers.invitePlan': (_locale: string, planName: string) =>
    planName ? `Your ${planName} plan doesn’t include organizations, so invitations can’t be sent. Upgrade your plan to invite teammates.` : 'Your plan doesn’t include organizations, so invitations can’t be sent. Upgrade your plan to invite teammates.',
} satisfies MessageSection;
