/**
 * Member and invitation rules of the in-memory AccountStore: search and cursor paging, the last
 * owner, and one invite result per row.
 */
import type { AccountSeed } from './seed.js';
import { randomId } from './secrets.js';
import { fail, invalid, isEmail } from './store-support.js';
import type { InviteResult, InviteRow, ListMembersInput, Member, MemberPage, Role } from './types.js';

/** Members per page when the caller gives no `limit`. */
export const DEFAULT_MEMBER_LIMIT = 50;
/** The largest page; a larger `limit` is lowered to this. */
export const MAX_MEMBER_LIMIT = 200;

const INVITATION_DAYS = 7;

// The cursor is opaque to callers; inside it is just the offset of the next page.
const encodeCursor = (offset: number): string => btoa(JSON.stringify({ offset }));

function decodeCursor(cursor: string): number {
  try {
    const { offset } = JSON.parse(atob(cursor)) as { offset: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // Falls through to the validation error below.
  }
  return invalid({ cursor: ['This cursor is not valid; start again from the first page.'] });
}

/** One page of members, filtered by `search` (case-insensitive, on name and email). */
export function pageMembers(members: Member[], input: ListMembersInput = {}): MemberPage {
  const { limit = DEFAULT_MEMBER_LIMIT, cursor, search } = input;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    invalid({ limit: [`Use a whole number from 1 to ${MAX_MEMBER_LIMIT}.`] });
  }
  const size = Math.min(limit, MAX_MEMBER_LIMIT);
  const offset = cursor ? decodeCursor(cursor) : 0;
  const query = (search ?? '').trim().toLowerCase();
  const matches = query
    ? members.filter((member) => member.name.toLowerCase().includes(query) || member.email.toLowerCase().includes(query))
    : members;
  const end = offset + size;
  return {
    items: matches.slice(offset, end),
    nextCursor: end < matches.length ? encodeCursor(end) : null,
    total: matches.length,
  };
}

/** Finds a role by id, or throws a `validation` error on `roleId`. */
export function findRole(roles: Role[], roleId: unknown): Role {
  return roles.find((role) => role.id === roleId) ?? invalid({ roleId: ['Choose one of the organization’s roles.'] });
}

/** Finds a member by id or throws `not_found`. */
export function findMember(members: Member[], id: string): Member {
  return members.find((member) => member.id === id) ?? fail('not_found', 'No member with this id.');
}

/** Whether `member` is the only one of `members` holding an owner role. */
export function isLastOwner(members: Member[], roles: Role[], member: Member): boolean {
  const ownerRoles = new Set(roles.filter((role) => role.owner).map((role) => role.id));
  return ownerRoles.has(member.roleId) && members.filter((candidate) => ownerRoles.has(candidate.roleId)).length <= 1;
}

/** Throws `conflict` when `member` is the organization's only owner; `action` completes "The last owner cannot …". */
export function assertNotLastOwner(members: Member[], roles: Role[], member: Member, action: string): void {
  if (isLastOwner(members, roles, member)) fail('conflict', `The last owner cannot ${action}; make another member an owner first.`);
}

const sameEmail = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Invites each row and reports one result per row, in order. Every row is checked before any
 * is applied, so an unknown role leaves nothing half done. An email invited earlier in the same
 * call is `already_invited`; an expired invitation is replaced by a new one.
 */
export function inviteRows(state: AccountSeed, rows: InviteRow[], now: Date): InviteResult[] {
  if (!Array.isArray(rows) || rows.length === 0) invalid({ rows: ['Add at least one email address.'] });
  for (const row of rows) findRole(state.roles, row?.roleId);
  return rows.map((row): InviteResult => {
    const email = typeof row.email === 'string' ? row.email.trim() : '';
    if (!isEmail(email)) return { email: String(row.email ?? ''), status: 'invalid', message: 'Enter a valid email address.' };
    if (state.members.some((member) => sameEmail(member.email, email))) return { email, status: 'already_member' };
    const previous = state.invitations.find((invitation) => sameEmail(invitation.email, email));
    const pending = previous && (!previous.expiresAt || Date.parse(previous.expiresAt) > now.getTime());
    if (previous && pending) return { email, status: 'already_invited', invitation: { ...previous } };
    if (previous) state.invitations.splice(state.invitations.indexOf(previous), 1);
    const invitation = {
      id: randomId('inv'),
      email,
      roleId: row.roleId,
      invitedAt: now.toISOString(),
      expiresAt: invitationExpiry(now),
      invitedBy: state.viewer.name,
    };
    state.invitations.push(invitation);
    return { email, status: 'invited', invitation: { ...invitation } };
  });
}

/** When an invitation sent at `now` stops working. */
export const invitationExpiry = (now: Date): string => new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();
