import type { FieldErrors } from '../../client/errors.js';
import type { Profile, ProfilePatch } from '../../client/types.js';
import type { MessageKey } from '../../internal/localize/en.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { isSafeUrl } from '../../internal/safe-url.js';
import { findTimeZone } from './time-zones.js';

/** A field of the form, named as in `ProfilePatch` (and in a `validation` error's `fieldErrors`). */
export type ProfileField = keyof ProfilePatch;

/** The fields in the order they appear, which is the order focus looks for the first invalid one. */
export const PROFILE_FIELDS: readonly ProfileField[] = ['displayName', 'email', 'avatarUrl', 'timezone', 'locale'];

/** What the inputs hold: every field as text, an absent avatar as `''`. */
export type ProfileDraft = Record<ProfileField, string>;

/** Messages per field; a field without an entry is fine. */
export type FieldMessages = Partial<Record<ProfileField, string>>;

/** The longest display name accepted. */
export const DISPLAY_NAME_MAX = 80; // as the REST contract and the store allow

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The inputs' starting values for `profile`. */
export function draftOf(profile: Profile): ProfileDraft {
  return {
    displayName: profile.displayName,
    email: profile.email,
    avatarUrl: profile.avatarUrl ?? '',
    timezone: profile.timezone,
    locale: profile.locale,
  };
}

/** The value a field would be saved as: text trimmed, a zone spelled as the list spells it. */
function normalized(field: ProfileField, value: string): string {
  const trimmed = value.trim();
  if (field === 'timezone') return findTimeZone(trimmed)?.id ?? trimmed;
  return trimmed;
}

/** The fields whose input differs from `saved` (spaces around text are not a change). */
export function changedFields(saved: ProfileDraft, draft: ProfileDraft): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => normalized(field, draft[field]) !== normalized(field, saved[field]));
}

/** The patch for `fields` only, with their values as they would be saved; `avatarUrl: ''` removes the picture. */
export function patchOf(draft: ProfileDraft, fields: readonly ProfileField[]): ProfilePatch {
  const patch: ProfilePatch = {};
  for (const field of fields) patch[field] = normalized(field, draft[field]);
  return patch;
}

/** Why a field's value cannot be sent, as a message key; `undefined` when it can. */
function fieldProblem(field: ProfileField, value: string): MessageKey | undefined {
  const text = value.trim();
  switch (field) {
    case 'displayName':
      if (text === '') return 'profile.error.displayNameRequired';
      return Array.from(text).length > DISPLAY_NAME_MAX ? 'profile.error.displayNameTooLong' : undefined;
    case 'email':
      return EMAIL.test(text) ? undefined : 'profile.error.email';
    case 'avatarUrl':
      return text === '' || isSafeUrl(text) ? undefined : 'profile.error.avatarUrl';
    case 'timezone':
      return findTimeZone(text) ? undefined : 'profile.error.timezone';
    case 'locale':
      return text === '' ? 'profile.error.locale' : undefined;
  }
}

/** The messages for every field in `fields` that cannot be sent as it is. */
export function checkFields(localize: LocalizeController, draft: ProfileDraft, fields: readonly ProfileField[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const field of fields) {
    const problem = fieldProblem(field, draft[field]);
    if (problem === 'profile.error.displayNameTooLong') messages[field] = localize.term(problem, DISPLAY_NAME_MAX);
    else if (problem) messages[field] = localize.term(problem);
  }
  return messages;
}

/** A `validation` error's messages: those for the form's fields, and the rest (for the alert). */
export function splitFieldErrors(fieldErrors: FieldErrors = {}): { fields: FieldMessages; other: string[] } {
  const fields: FieldMessages = {};
  const other: string[] = [];
  for (const [name, messages] of Object.entries(fieldErrors)) {
    if (!messages?.length) continue;
    if ((PROFILE_FIELDS as readonly string[]).includes(name)) fields[name as ProfileField] = messages.join(' ');
    else other.push(...messages);
  }
  return { fields, other };
}

/** The inputs after a save: what the server holds, except fields edited while the save ran. */
export function draftAfterSave(current: ProfileDraft, sent: ProfileDraft, saved: ProfileDraft): ProfileDraft {
  const draft = { ...saved };
  for (const field of PROFILE_FIELDS) if (current[field] !== sent[field]) draft[field] = current[field];
  return draft;
}
