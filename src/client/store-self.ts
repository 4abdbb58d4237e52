/**
 * Rules of the in-memory AccountStore for what concerns only the viewer: profile, notification
 * preferences and passkeys. None needs a permission.
 */
import type { FieldErrors } from './errors.js';
import type { AccountSeed } from './seed.js';
import { randomBase62, randomId } from './secrets.js';
import { isUrl, throwIfAny } from './store-organization.js';
import { fail, invalid, isEmail, isFilled } from './store-support.js';
import type { NotificationValues, Passkey, PasskeyRegistrationOptions, Profile, ProfilePatch, Viewer } from './types.js';

function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLocale(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/**
 * Checks and applies a profile patch. A new email waits for verification in `pendingEmail`
 * (`email` keeps the verified one); the display name is also the viewer's and member's name.
 */
export function patchProfile(state: AccountSeed, patch: ProfilePatch): Profile {
  const errors: FieldErrors = {};
  if (patch.displayName !== undefined && !(isFilled(patch.displayName) && patch.displayName.trim().length <= 80)) {
    errors.displayName = ['Enter a name of up to 80 characters.'];
  }
  if (patch.email !== undefined && !(typeof patch.email === 'string' && isEmail(patch.email.trim()))) {
    errors.email = ['Enter a valid email address.'];
  }
  if (patch.avatarUrl !== undefined && patch.avatarUrl !== '' && !isUrl(patch.avatarUrl, ['https:'])) {
    errors.avatarUrl = ['Use an https: URL.'];
  }
  if (patch.timezone !== undefined && !isTimeZone(patch.timezone)) errors.timezone = ['Choose a time zone from the list.'];
  if (patch.locale !== undefined && !isLocale(patch.locale)) errors.locale = ['Choose a language from the list.'];
  throwIfAny(errors);

  const { profile, viewer } = state;
  if (patch.displayName !== undefined) {
    profile.displayName = viewer.name = patch.displayName.trim();
    const self = state.members.find((member) => member.id === viewer.id);
    if (self) self.name = profile.displayName;
  }
  if (patch.email !== undefined) {
    const email = patch.email.trim();
    if (email.toLowerCase() === profile.email.toLowerCase()) delete profile.pendingEmail;
    else profile.pendingEmail = email;
  }
  if (patch.avatarUrl === '') delete profile.avatarUrl;
  else if (patch.avatarUrl !== undefined) profile.avatarUrl = patch.avatarUrl;
  if (patch.timezone !== undefined) profile.timezone = patch.timezone;
  if (patch.locale !== undefined) profile.locale = patch.locale;
  return profile;
}

/** Sets the cells given in `values`, others unchanged; unknown ids or non-booleans are a `validation` error. */
export function patchNotifications(state: AccountSeed, values: NotificationValues): void {
  const preferences = state.notifications;
  const categories = new Set(preferences.categories.map((category) => category.id));
  const channels = new Set(preferences.channels.map((channel) => channel.id));
  const problems: string[] = [];
  if (typeof values !== 'object' || values === null || Array.isArray(values)) problems.push('Send a map of categories to channels.');
  for (const [categoryId, row] of Object.entries(values ?? {})) {
    if (!categories.has(categoryId)) problems.push(`Unknown category "${categoryId}".`);
    for (const [channelId, enabled] of Object.entries(row ?? {})) {
      if (!channels.has(channelId)) problems.push(`Unknown channel "${channelId}".`);
      if (typeof enabled !== 'boolean') problems.push(`"${categoryId}.${channelId}" must be true or false.`);
    }
  }
  throwIfAny(problems.length > 0 ? { values: problems } : {});
  for (const [categoryId, row] of Object.entries(values)) {
    preferences.values[categoryId] = { ...preferences.values[categoryId], ...row };
  }
}

const base64url = (text: string): string => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** WebAuthn creation options (`PublicKeyCredentialCreationOptionsJSON`) with a fresh challenge. */
export function passkeyCreationOptions(viewer: Viewer, name: unknown): PasskeyRegistrationOptions {
  if (!isFilled(name)) invalid({ name: ['Enter a name for the passkey.'] });
  return {
    challenge: randomBase62(43),
    // No rp.id: the browser then uses the page's own domain, which suits any host.
    rp: { name: 'SentientOne' },
    user: { id: base64url(viewer.id), name: viewer.email, displayName: viewer.name },
    pubKeyCredParams: [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ],
    timeout: 60_000,
    attestation: 'none',
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  };
}

/** A new passkey record from a finished registration, after checking its name and response. */
export function newPasskey(input: { name?: unknown; response?: { id?: unknown } }, now: Date): Passkey {
  const errors: FieldErrors = {
    ...(!isFilled(input?.name) && { name: ['Enter a name for the passkey.'] }),
    ...(!isFilled(input?.response?.id) && { response: ['The authenticator’s response is missing its id.'] }),
  };
  throwIfAny(errors);
  return { id: randomId('pk'), name: (input.name as string).trim(), createdAt: now.toISOString() };
}

/** Finds a passkey by id or throws `not_found`. */
export function findPasskey(passkeys: Passkey[], id: string): Passkey {
  return passkeys.find((passkey) => passkey.id === id) ?? fail('not_found', 'No passkey with this id.');
}
