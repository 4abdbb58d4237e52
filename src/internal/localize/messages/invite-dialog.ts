import { formatNumber, plural } from '../../format.js';
import type { MessageSection } from './section.js';

const count = (locale: string, value: number) => formatNumber(locale, value);

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
