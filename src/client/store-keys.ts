/**
 * API key rules of the in-memory AccountStore: a secret is returned once, only revealable keys
 * keep theirs, rotation revokes the old key now or lets it expire after a grace period.
 */
import type { FieldErrors } from './errors.js';
import type { SeedApiKey } from './seed.js';
import { SECRET_PREFIX, createSecret, randomId } from './secrets.js';
import { fail, invalid, isFilled, keyStatus, toApiKey } from './store-support.js';
import type { ApiKeyWithSecret, CreateApiKeyInput, RotatedApiKey } from './types.js';

const NAME_MAX = 64;

/** The longest grace period a rotation accepts: 30 days. */
export const GRACE_PERIOD_MAX_SECONDS = 30 * 24 * 60 * 60;

/** Checks a create request; returns the values to store. */
export function checkNewKey(input: CreateApiKeyInput, now: Date): CreateApiKeyInput {
  const errors: FieldErrors = {};
  const name = typeof input?.name === 'string' ? input.name.trim() : '';
  if (name === '') errors.name = ['Enter a name for the key.'];
  else if (name.length > NAME_MAX) errors.name = [`Use at most ${NAME_MAX} characters.`];
  if (input?.expiresAt !== undefined) {
    const time = Date.parse(input.expiresAt);
    if (Number.isNaN(time)) errors.expiresAt = ['Enter a valid date.'];
    else if (time <= now.getTime()) errors.expiresAt = ['Choose a date in the future.'];
  }
  if (input?.scopes !== undefined && !(Array.isArray(input.scopes) && input.scopes.every(isFilled))) {
    errors.scopes = ['Scopes must be a list of scope names.'];
  }
  if (Object.keys(errors).length > 0) invalid(errors);
  return {
    name,
    ...(input.expiresAt !== undefined && { expiresAt: new Date(input.expiresAt).toISOString() }),
    ...(input.scopes !== undefined && { scopes: [...input.scopes] }),
  };
}

/** A new stored key and its secret. Only a revealable key keeps the secret in the store. */
export function issueKey(fields: CreateApiKeyInput, revealable: boolean, now: Date): { stored: SeedApiKey; secret: string } {
  const secret = createSecret();
  const stored: SeedApiKey = {
    id: randomId('key'),
    name: fields.name,
    prefix: SECRET_PREFIX,
    last4: secret.slice(-4),
    createdAt: now.toISOString(),
    createdVia: 'Web dashboard',
    ...(fields.expiresAt !== undefined && { expiresAt: fields.expiresAt }),
    ...(fields.scopes !== undefined && { scopes: [...fields.scopes] }),
    ...(revealable && { revealable: true, secret }),
  };
  return { stored, secret };
}

/** Finds a key by id or throws `not_found`. */
export function findKey(keys: SeedApiKey[], id: string): SeedApiKey {
  return keys.find((key) => key.id === id) ?? fail('not_found', 'No API key with this id.');
}

/** Ends a key now; its secret is no longer needed, so it is dropped. */
function revoke(key: SeedApiKey, now: Date): void {
  key.revokedAt = now.toISOString();
  delete key.secret;
}

/**
 * Replaces an active key with a new one that keeps its name, scopes and revealability (not its
 * expiry date: the new secret is a fresh credential). With a grace period the old key stays
 * valid, `expiring`, until then; without one it is revoked now.
 */
export function rotateKey(keys: SeedApiKey[], id: string, gracePeriodSeconds: unknown, now: Date): RotatedApiKey {
  const old = findKey(keys, id);
  const grace = gracePeriodSeconds ?? 0;
  if (typeof grace !== 'number' || !Number.isInteger(grace) || grace < 0 || grace > GRACE_PERIOD_MAX_SECONDS) {
    invalid({ gracePeriodSeconds: [`Use a whole number of seconds from 0 to ${GRACE_PERIOD_MAX_SECONDS}.`] });
  }
  const status = keyStatus(old, now);
  if (status !== 'active') fail('conflict', `Only an active key can be rotated; this key is ${status}.`);
  const { stored, secret } = issueKey({ name: old.name, ...(old.scopes && { scopes: old.scopes }) }, old.revealable === true, now);
  if (grace > 0) {
    const graceEnd = now.getTime() + grace * 1000;
    const expires = old.expiresAt ? Math.min(Date.parse(old.expiresAt), graceEnd) : graceEnd;
    old.expiresAt = new Date(expires).toISOString();
    old.replacedBy = stored.id;
    // The replacement is the key to reveal from now on; the old secret is not kept.
    delete old.secret;
  } else {
    revoke(old, now);
  }
  // The replacement takes the old key's place in the list, just above it.
  keys.splice(keys.indexOf(old), 0, stored);
  return { key: toApiKey(stored, now), secret, previousKey: toApiKey(old, now) };
}

/** Revokes a key; revoking a key that is already revoked changes nothing. */
export function revokeKey(keys: SeedApiKey[], id: string, now: Date): void {
  const key = findKey(keys, id);
  if (!key.revokedAt) revoke(key, now);
}

/** Replaces every active key at once (no grace) and revokes keys still in a grace period. */
export function regenerateKeys(keys: SeedApiKey[], now: Date): ApiKeyWithSecret[] {
  const secrets: ApiKeyWithSecret[] = [];
  for (const key of [...keys]) {
    const status = keyStatus(key, now);
    if (status === 'active') {
      const { key: replacement, secret } = rotateKey(keys, key.id, 0, now);
      secrets.push({ key: replacement, secret });
    } else if (status === 'expiring') {
      revoke(key, now);
    }
  }
  return secrets;
}

/** The secret of a revealable key that is still valid. */
export function revealKey(keys: SeedApiKey[], id: string, now: Date): { secret: string } {
  const key = findKey(keys, id);
  if (!key.revealable || key.secret === undefined) {
    fail('conflict', 'This key’s secret was shown once, when it was created, and cannot be shown again.');
  }
  const status = keyStatus(key, now);
  if (status !== 'active' && status !== 'expiring') fail('conflict', `This key is ${status}; its secret is no longer available.`);
  return { secret: key.secret };
}
