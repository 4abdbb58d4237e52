import type { InviteOutcome } from '../../client/types.js';

/** Detail of `so-member-invited`: one result per address sent, never an invitation token. */
export interface SoMemberInvitedDetail {
  results: { email: string; status: InviteOutcome; roleId: string; invitationId?: string }[];
}

/** Detail of `so-member-role-changed`. */
export interface SoMemberRoleChangedDetail {
  memberId: string;
  roleId: string;
  previousRoleId: string;
}

/** Detail of `so-member-removed`. */
export interface SoMemberRemovedDetail {
  memberId: string;
}

/** Detail of the cancelable `so-member-remove-request`, fired after the user confirms and before the call. */
export interface SoMemberRemoveRequestDetail {
  memberId: string;
  name: string;
  email: string;
}

/** Detail of `so-invitation-resent` and `so-invitation-revoked`. */
export interface SoInvitationDetail {
  invitationId: string;
}

/** Detail of `so-upgrade-request`: the plan lacks a feature the element needs. */
export interface SoUpgradeRequestDetail {
  feature: 'organizations';
  planName: string;
  /** `shown`: the element just showed the upgrade message; `button`: the user pressed Upgrade; `invite`: sending invitations was refused. */
  trigger: 'shown' | 'button' | 'invite';
}
