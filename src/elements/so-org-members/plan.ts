import { isAccountApiError } from '../../client/errors.js';
import type { AccountClient } from '../../client/types.js';

/** The organization's plan does not include organizations (members, roles, invitations). */
export interface PlanLimit {
  kind: 'plan';
  /** The feature the plan lacks. */
  feature: 'organizations';
  /** The plan's name, to say which plan lacks it. */
  planName: string;
}

/** The plan feature that members, roles and invitations need. */
export const ORGANIZATIONS_FEATURE = 'organizations';

/**
 * Whether `error` is a `forbidden` caused by the plan rather than by the viewer's permissions:
 * the organization exists and lists its `features`, without `organizations`. Any other error, or a
 * failure to find out, answers `null` and the original error stands.
 */
export async function checkPlan(client: AccountClient, error: unknown, signal?: AbortSignal): Promise<PlanLimit | null> {
  if (!isAccountApiError(error, 'forbidden')) return null;
  try {
    const organization = await client.getOrganization(signal ? { signal } : undefined);
    // A client that reports no features says nothing about the plan: the error stands.
    if (!organization?.features || organization.features.includes(ORGANIZATIONS_FEATURE)) return null;
    return { kind: 'plan', feature: ORGANIZATIONS_FEATURE, planName: organization.planName };
  } catch {
    return null;
  }
}
