/** The names of the AccountClient methods, and which of them are optional capabilities. No DOM. */
import type { AccountClient, AccountOperation } from './types.js';

/** The `AccountClient` methods a client may leave out; elements hide the controls that need them. */
export type OptionalAccountOperation = {
  [K in AccountOperation]-?: undefined extends AccountClient[K] ? K : never;
}[AccountOperation];

// How many parameters each method takes; the last is always `RequestOptions`. The type checks
// every count against the AccountClient interface, so a changed signature cannot slip by.
type ParameterCount<K extends AccountOperation> = Required<Parameters<NonNullable<AccountClient[K]>>>['length'];
const PARAMETER_COUNT = {
  getViewer: 1,
  getOrganization: 1,
  updateOrganization: 2,
  listSubscriptions: 1,
  cancelSubscription: 3,
  listApiKeys: 1,
  createApiKey: 2,
  rotateApiKey: 3,
  revealApiKey: 2,
  revokeApiKey: 2,
  getUsage: 1,
  getBilling: 1,
  createBillingPortalSession: 2,
  listInvoices: 1,
  listMembers: 2,
  listInvitations: 1,
  listRoles: 1,
  inviteMembers: 2,
  updateMemberRole: 3,
  removeMember: 2,
  resendInvitation: 2,
  revokeInvitation: 2,
  revokeAllSessions: 1,
  regenerateSecrets: 1,
  deleteOrganization: 2,
  leaveOrganization: 1,
  getProfile: 1,
  updateProfile: 2,
  getNotificationPreferences: 1,
  updateNotificationPreferences: 2,
  listPasskeys: 1,
  beginPasskeyRegistration: 2,
  finishPasskeyRegistration: 2,
  renamePasskey: 3,
  deletePasskey: 2,
  listSessions: 1,
  revokeSession: 2,
} as const satisfies { [K in AccountOperation]: ParameterCount<K> };

/** Every `AccountClient` method name. */
export const ACCOUNT_OPERATIONS = Object.keys(PARAMETER_COUNT) as AccountOperation[];

const OPTIONAL_OPERATIONS = {
  updateOrganization: true,
  listSubscriptions: true,
  cancelSubscription: true,
  createApiKey: true,
  revealApiKey: true,
  revokeApiKey: true,
  createBillingPortalSession: true,
  listInvoices: true,
  inviteMembers: true,
  updateMemberRole: true,
  removeMember: true,
  resendInvitation: true,
  revokeInvitation: true,
  revokeAllSessions: true,
  regenerateSecrets: true,
  deleteOrganization: true,
  leaveOrganization: true,
} as const satisfies Record<OptionalAccountOperation, true>;

/** The `AccountClient` methods a client may leave out (`capabilities.omit` accepts these). */
export const OPTIONAL_ACCOUNT_OPERATIONS = Object.keys(OPTIONAL_OPERATIONS) as OptionalAccountOperation[];

/** How many parameters `operation` takes, its trailing `options` included. */
export function parameterCount(operation: AccountOperation): number {
  return PARAMETER_COUNT[operation];
}

/** Whether `name` is an `AccountClient` method. */
export function isAccountOperation(name: string): name is AccountOperation {
  return name in PARAMETER_COUNT;
}

/** Throws a clear TypeError when `omit` names a method that is required or unknown. */
export function checkOmittedOperations(factory: string, omit: readonly string[] | undefined): void {
  for (const operation of omit ?? []) {
    if (!(operation in OPTIONAL_OPERATIONS)) {
      throw new TypeError(`${factory}: \`${operation}\` is not an optional AccountClient method and cannot be omitted.`);
    }
  }
}
