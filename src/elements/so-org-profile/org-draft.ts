import type { AccountApiError } from '../../client/errors.js';
import type { Organization, OrganizationPatch } from '../../client/types.js';
import type { MessageKey } from '../../internal/localize/en.js';
import { isSafeUrl } from '../../internal/safe-url.js';
import { normalizeHex } from './contrast.js';

/** What the form holds while the user edits it: the text of each field. */
export interface OrgDraft {
  name: string;
  slug: string;
  logoUrl: string;
  brandColor: string;
}

/** A field of the form; also the key of the patch it goes into. */
export type OrgField = keyof OrgDraft;

/** The fields in the order they appear, so the first invalid one can take focus. */
export const ORG_FIELDS: readonly OrgField[] = ['name', 'slug', 'logoUrl', 'brandColor'];

/** The catalogue key of each field's problem, for the fields that have one. */
export type OrgErrors = Partial<Record<OrgField, MessageKey>>;

/** The most characters a name may have (the backend's limit too). */
export const NAME_MAX = 100;
/** A slug's length, in characters (the backend's limits too). */
export const SLUG_MIN = 3;
export const SLUG_MAX = 40;

/** The form's fields for an organization as loaded. */
export function draftOf(organization: Organization): OrgDraft {
  return { name: organization.name, slug: organization.slug, logoUrl: organization.logoUrl ?? '', brandColor: organization.brandColor ?? '' };
}

/** A colour as the backend will store it: `#rrggbb`, or `''` for none; text that is no colour stays as typed. */
function colorValue(value: string): string {
  const trimmed = value.trim();
  return trimmed === '' ? '' : (normalizeHex(trimmed) ?? trimmed);
}

/** Each field's value as it goes to the backend: the name and logo trimmed, the colour normalized. */
function sent(draft: OrgDraft): Required<OrganizationPatch> {
  return { name: draft.name.trim(), slug: draft.slug, logoUrl: draft.logoUrl.trim(), brandColor: colorValue(draft.brandColor) };
}

/** Only the fields the user changed, as the backend will get them; `{}` when nothing changed. */
export function patchOf(saved: Organization, draft: OrgDraft): OrganizationPatch {
  const before = sent(draftOf(saved));
  const after = sent(draft);
  const patch: OrganizationPatch = {};
  for (const field of ORG_FIELDS) if (after[field] !== before[field]) patch[field] = after[field];
  return patch;
}

/**
 * A slug's problem, or `null`: the backend's rule, 3 to 40 lowercase letters, digits and hyphens,
 * starting and ending with a letter or digit. The first problem found is the one named.
 */
export function slugProblem(slug: string): MessageKey | null {
  if (slug === '') return 'orgProfile.slugRequired';
  if (!/^[a-z0-9-]+$/.test(slug)) return 'orgProfile.slugCharacters';
  if (slug.length < SLUG_MIN || slug.length > SLUG_MAX) return 'orgProfile.slugLength';
  if (slug.startsWith('-') || slug.endsWith('-')) return 'orgProfile.slugEdges';
  return null;
}

/** One field's problem, or `null`. */
export function fieldProblem(field: OrgField, draft: OrgDraft): MessageKey | null {
  const value = sent(draft)[field];
  switch (field) {
    case 'name':
      if (value === '') return 'orgProfile.nameRequired';
      return [...value].length > NAME_MAX ? 'orgProfile.nameTooLong' : null;
    case 'slug':
      return slugProblem(value);
    case 'logoUrl':
      return value !== '' && !isSafeUrl(value) ? 'orgProfile.logoUnsafe' : null;
    case 'brandColor':
      return value !== '' && !normalizeHex(value) ? 'orgProfile.colorInvalid' : null;
  }
}

/**
 * The problems of the fields the user changed. A field left as loaded is not judged: a slug the
 * backend accepted under older rules must not block saving a new name.
 */
export function validateDraft(saved: Organization, draft: OrgDraft): OrgErrors {
  const errors: OrgErrors = {};
  for (const field of Object.keys(patchOf(saved, draft)) as OrgField[]) {
    const problem = fieldProblem(field, draft);
    if (problem) errors[field] = problem;
  }
  return errors;
}

const REJECTED: Record<OrgField, MessageKey> = {
  name: 'orgProfile.nameRejected',
  slug: 'orgProfile.slugRejected',
  logoUrl: 'orgProfile.logoRejected',
  brandColor: 'orgProfile.colorRejected',
};

/**
 * The fields a failed save names: a `validation` error's `fieldErrors` (in the form's own words,
 * since the server's text is not localized), or a `conflict` on a patch that changes the slug,
 * which can only be the slug being taken. `{}` when the error names no field.
 */
export function serverErrors(error: AccountApiError, patch: OrganizationPatch): OrgErrors {
  if (error.code === 'conflict') return patch.slug !== undefined ? { slug: 'orgProfile.slugTaken' } : {};
  if (error.code !== 'validation') return {};
  const errors: OrgErrors = {};
  for (const field of ORG_FIELDS) if (error.fieldErrors?.[field]?.length) errors[field] = REJECTED[field];
  return errors;
}
