import { formatNumber, plural } from '../../format.js';
import type { MessageSection } from './section.js';

/**
 * Messages of `<so-org-members>`' invite dialog, which is imported on demand and brings them with
 * it. Keys start with `orgMembers.` like the element's own, so a translation covers both.
 */
export const inviteDialogMessages = {
  'orgMembers.inviteHeading': 'Invite members',
  'orgMembers.inviteEmailsLabel': 'Email addresses',
  'orgMembers.inviteEmailsHint': 'Separate addresses with commas, spaces or new lines, or paste CSV lines of email,role.',
  'orgMembers.inviteLimitHint': (locale: string, max: number) =>
    plural(locale, max, {
      one: `You can invite ${formatNumber(locale, max)} person at a time.`,
      other: `You can invite up to ${formatNumber(locale, max)} people at a time.`,
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
    const readyText = plural(locale, ready, { one: `${formatNumber(locale, ready)} address ready to send`, other: `${formatNumber(locale, ready)} addresses ready to send` });
    if (skipped === 0) return `${readyText}.`;
    return `${readyText}; ${plural(locale, skipped, { one: `${formatNumber(locale, skipped)} with a problem will be skipped.`, other: `${formatNumber(locale, skipped)} with problems will be skipped.` })}`;
  },
  'orgMembers.previewMore': (locale: string, hidden: number) =>
    plural(locale, hidden, { one: `${formatNumber(locale, hidden)} more row not shown.`, other: `${formatNumber(locale, hidden)} more rows not shown.` }),
  'orgMembers.overLimit': (locale: string, ready: number, max: number) =>
    `You can invite up to ${formatNumber(locale, max)} people at a time, and ${formatNumber(locale, ready)} addresses are ready to send. Remove ${formatNumber(locale, ready - max)}, then send the rest in another invitation.`,
  'orgMembers.nothingToSend': 'Add at least one valid email address to send an invitation.',
  'orgMembers.send': (locale: string, ready: number) =>
    plural(locale, ready, { one: `Send ${formatNumber(locale, ready)} invitation`, other: `Send ${formatNumber(locale, ready)} invitations` }),
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
    const invitedText = plural(locale, invited, { one: `${formatNumber(locale, invited)} person invited`, other: `${formatNumber(locale, invited)} people invited` });
    if (notInvited === 0) return `${invitedText}.`;
    return `${invitedText}; ${plural(locale, notInvited, { one: `${formatNumber(locale, notInvited)} address not invited.`, other: `${formatNumber(locale, notInvited)} addresses not invited.` })}`;
  },
  'orgMembers.inviteMore': 'Invite more people',
  'orgMembers.done': 'Done',
  'orgMembers.inviteFailed': (_locale: string, reason: string) => `The invitations weren’t sent. ${reason}`,
  'orgMembers.invitePlan': (_locale: string, planName: string) =>
    planName ? `Your ${planName} plan doesn’t include organizations, so invitations can’t be sent. Upgrade your plan to invite teammates.` : 'Your plan doesn’t include organizations, so invitations can’t be sent. Upgrade your plan to invite teammates.',
} satisfies MessageSection;
