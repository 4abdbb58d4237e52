/**
 * Organization and billing portal rules of the in-memory AccountStore. Each check throws one
 * `validation` error listing every bad field.
 */
import type { FieldErrors } from './errors.js';
import { invalid, isFilled } from './store-support.js';
import type { SeedOrganization } from './seed.js';
import type { BillingPortalFlow, OrganizationPatch } from './types.js';

/** A slug: 3 to 40 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;
/**
 * Slugs this backend never hands out: other organizations on the demo server hold them, or they
 * name the product's own pages. A real backend checks its own table; this list lets demos, stories
 * and tests show a slug that is well-formed but taken.
 */
export const UNAVAILABLE_SLUGS: readonly string[] = ['sentientone', 'acme', 'admin', 'api', 'support', 'www'];
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

/** Whether `value` is a path on the page's own host: `/…`, not `//host/…` nor `/\host/…` (which leave it). */
export function isSitePath(value: string): boolean {
  return typeof value === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(value);
}

/** Checks and applies an organization patch. An empty `logoUrl` or `brandColor` clears it. */
export function patchOrganization(organization: SeedOrganization, patch: OrganizationPatch): void {
  const errors: FieldErrors = {};
  if (patch.name !== undefined && !(isFilled(patch.name) && patch.name.trim().length <= 100)) {
    errors.name = ['Enter a name of up to 100 characters.'];
  }
  if (patch.slug !== undefined && !(typeof patch.slug === 'string' && SLUG_PATTERN.test(patch.slug))) {
    errors.slug = ['Use 3 to 40 lowercase letters, digits and hyphens, starting and ending with a letter or digit.'];
  } else if (patch.slug !== undefined && patch.slug !== organization.slug && UNAVAILABLE_SLUGS.includes(patch.slug)) {
    errors.slug = ['This slug is already taken.'];
  }
  // A logo URL comes from data and loads in every viewer's page: only https:, or a path on the
  // host's own site (an upload the host serves itself), never another scheme or host.
  if (patch.logoUrl !== undefined && patch.logoUrl !== '' && !(isUrl(patch.logoUrl, ['https:']) || isSitePath(patch.logoUrl))) {
    errors.logoUrl = ['Use an https: URL or a path on this site.'];
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
