/**
 * Organization and billing portal rules of the in-memory AccountStore. Each check throws one
 * `validation` error listing every bad field.
 */
import type { FieldErrors } from './errors.js';
import { invalid, isFilled } from './store-support.js';
import type { SeedOrganization } from './seed.js';
import type { BillingPortalFlow, OrganizationPatch } from './types.js';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$/;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const PORTAL_FLOWS: readonly BillingPortalFlow[] = ['manage', 'payment_method', 'invoices'];

/** Throws a `validation` error when `errors` names any field. */
export function throwIfAny(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) invalid(errors);
}

/** Whether `value` is an absolute URL with one of `protocols`. */
export function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Checks and applies an organization patch. An empty `logoUrl` or `brandColor` clears it. */
export function patchOrganization(organization: SeedOrganization, patch: OrganizationPatch): void {
  const errors: FieldErrors = {};
  if (patch.name !== undefined && !(isFilled(patch.name) && patch.name.trim().length <= 100)) {
    errors.name = ['Enter a name of up to 100 characters.'];
  }
  if (patch.slug !== undefined && !(typeof patch.slug === 'string' && SLUG.test(patch.slug))) {
    errors.slug = ['Use 3 to 48 lowercase letters, digits and hyphens, starting and ending with a letter or digit.'];
  }
  // A logo URL comes from data and loads in every viewer's page, so only https: is accepted.
  if (patch.logoUrl !== undefined && patch.logoUrl !== '' && !isUrl(patch.logoUrl, ['https:'])) {
    errors.logoUrl = ['Use an https: URL.'];
  }
  if (patch.brandColor !== undefined && patch.brandColor !== '' && !HEX_COLOR.test(patch.brandColor)) {
    errors.brandColor = ['Use a hex colour such as #3f5efb.'];
  }
  throwIfAny(errors);
  if (patch.name !== undefined) organization.name = patch.name.trim();
  if (patch.slug !== undefined) organization.slug = patch.slug;
  for (const field of ['logoUrl', 'brandColor'] as const) {
    if (patch[field] === '') delete organization[field];
    else if (patch[field] !== undefined) organization[field] = patch[field];
  }
}

/** Checks a billing portal request: a known flow and an absolute http(s) return URL. */
export function checkPortalInput(input: { flow?: BillingPortalFlow; returnUrl?: string }): void {
  const errors: FieldErrors = {};
  if (input?.flow !== undefined && !PORTAL_FLOWS.includes(input.flow)) errors.flow = [`Use one of ${PORTAL_FLOWS.join(', ')}.`];
  if (input?.returnUrl !== undefined && !isUrl(input.returnUrl, ['https:', 'http:'])) {
    errors.returnUrl = ['Use an absolute http: or https: URL.'];
  }
  throwIfAny(errors);
}
