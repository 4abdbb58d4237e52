/**
 * What `<so-danger-zone>` offers and to whom: the actions, the client method and permission each
 * needs, and whether the viewer is the organization's last owner. No DOM.
 */
import { isAccountApiError } from '../../client/errors.js';
import type { OptionalAccountOperation } from '../../client/operations.js';
import type { AccountClient, Organization, Permission, Viewer } from '../../client/types.js';
import type { MutationCall } from '../../internal/controllers/mutation-controller.js';
import { hasPermission } from '../../internal/viewer.js';

/** The actions, in the order they are shown by default. */
export const DANGER_ACTIONS = ['revoke-sessions', 'regenerate-secrets', 'leave-organization', 'delete-organization'] as const;

/** One action of the danger zone. */
export type DangerAction = (typeof DANGER_ACTIONS)[number];

/** Why an action can't be taken now; the row says so. */
export type UnavailableReason = 'permission' | 'no-organization' | 'last-owner';

/** An action as the viewer sees it: enabled, or disabled for `reason`. */
export interface ActionAvailability {
  action: DangerAction;
  reason?: UnavailableReason;
}

/** What the element loads: who is looking, their organization, and whether they are its last owner. */
export interface DangerZoneView {
  viewer: Viewer;
  organization: Organization | null;
  /** `true` or `false` when known; `null` when it could not be told in advance (the server still decides). */
  lastOwner: boolean | null;
}

/** The client method each action calls: a client without it never shows the action. */
export const ACTION_OPERATIONS = {
  'revoke-sessions': 'revokeAllSessions',
  'regenerate-secrets': 'regenerateSecrets',
  'leave-organization': 'leaveOrganization',
  'delete-organization': 'deleteOrganization',
} as const satisfies Record<DangerAction, OptionalAccountOperation>;

/** The client call of `action`; deleting confirms with the organization's name as it was shown. */
export function actionCall(action: DangerAction, organization: Organization | null): MutationCall<unknown> {
  return (client, options) => {
    switch (action) {
      case 'revoke-sessions':
        return client.revokeAllSessions!(options);
      case 'regenerate-secrets':
        return client.regenerateSecrets!(options);
      case 'leave-organization':
        return client.leaveOrganization!(options);
      case 'delete-organization':
        return client.deleteOrganization!({ confirmName: organization?.name ?? '' }, options);
    }
  };
}

const PERMISSIONS: Partial<Record<DangerAction, Permission>> = {
  'regenerate-secrets': 'api_keys:write',
  'delete-organization': 'organization:delete',
};

const ORGANIZATION_ACTIONS: readonly DangerAction[] = ['leave-organization', 'delete-organization'];

export const isDangerAction = (name: string): name is DangerAction => (DANGER_ACTIONS as readonly string[]).includes(name);

/** The actions named in an `actions` attribute, in its order, known ones once each; all of them when empty. */
export function parseActions(value: string): { actions: DangerAction[]; unknown: string[] } {
  const names = value.split(/\s+/).filter(Boolean);
  if (names.length === 0) return { actions: [...DANGER_ACTIONS], unknown: [] };
  const actions = [...new Set(names.filter(isDangerAction))];
  return { actions, unknown: names.filter((name) => !isDangerAction(name)) };
}

/** Whether `action` can be taken by this viewer now, and if not, why. */
export function availability(action: DangerAction, view: DangerZoneView): ActionAvailability {
  const permission = PERMISSIONS[action];
  if (ORGANIZATION_ACTIONS.includes(action) && !view.organization) return { action, reason: 'no-organization' };
  if (permission && !hasPermission(view.viewer, permission)) return { action, reason: 'permission' };
  if (action === 'leave-organization' && view.lastOwner === true) return { action, reason: 'last-owner' };
  return { action };
}

/**
 * The rows to show: enabled actions; the last owner's Leave, disabled, so they learn why; and,
 * with `showUnavailable`, every other action the viewer can't take, disabled with its reason.
 */
export function visibleActions(actions: readonly DangerAction[], view: DangerZoneView, showUnavailable: boolean): ActionAvailability[] {
  return actions
    .map((action) => availability(action, view))
    .filter(({ reason }) => !reason || reason === 'last-owner' || showUnavailable);
}

// Members are read a page of this size at a time, and at most this many pages, to tell the last
// owner in advance; a larger organization is left to the server's `conflict`.
const PAGE_SIZE = 200;
const MAX_PAGES = 5;

/**
 * Whether the viewer is the only member holding an owner role: `null` when it can't be told
 * (the viewer is not among the members read, or the members could not be read).
 */
export async function isLastOwner(client: AccountClient, viewerId: string, signal: AbortSignal): Promise<boolean | null> {
  try {
    const roles = await client.listRoles({ signal });
    const ownerRoles = new Set(roles.filter((role) => role.owner).map((role) => role.id));
    let self: boolean | undefined; // whether the viewer holds an owner role, once found
    let otherOwner = false;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const result = await client.listMembers(cursor ? { limit: PAGE_SIZE, cursor } : { limit: PAGE_SIZE }, { signal });
      for (const member of result.items) {
        if (member.id === viewerId) self = ownerRoles.has(member.roleId);
        else if (ownerRoles.has(member.roleId)) otherOwner = true;
      }
      if (self === false || otherOwner) return false;
      if (!result.nextCursor) return self === true ? true : null;
      cursor = result.nextCursor;
    }
    return null;
  } catch (error) {
    // Telling in advance is a courtesy: without it the server's `conflict` still refuses.
    if (isAccountApiError(error, 'aborted') || signal.aborted) throw error;
    return null;
  }
}
