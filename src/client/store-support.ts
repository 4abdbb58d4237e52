/**
 * Small pieces the in-memory AccountStore is built from: errors, seed loading, derived key and
 * subscription statuses, the idempotency ledger.
 * Internal to `client/`; not exported from the public entry.
 */
import { abortedError } from './async.js';
import { AccountApiError } from './errors.js';
import type { FieldErrors } from './errors.js';
import { createSeed } from './seed.js';
import type { AccountSeed, SeedApiKey } from './seed.js';
import { createSecret } from './secrets.js';
import type { ApiKey, ApiKeyStatus, DeletionBlocker, RequestOptions, Subscription } from './types.js';

/** A deep copy, so no caller ever holds a reference into store state. */
export const clone = <T>(value: T): T => structuredClone(value);

/** Throws an `AccountApiError` of `code`. */
export function fail(code: 'not_found' | 'conflict' | 'forbidden', message: string): never {
  throw new AccountApiError(code, message);
}

/** Throws a `validation` error carrying the given field messages. */
export function invalid(fieldErrors: FieldErrors): never {
  const message = Object.values(fieldErrors).flat()[0] ?? 'The input is not valid.';
  throw new AccountApiError('validation', message, { fieldErrors });
}

/** Rejects a call whose signal is already aborted, as every AccountClient must. */
export function throwIfAborted(options: RequestOptions | undefined): void {
  if (options?.signal?.aborted) {
    throw abortedError(options.signal);
  }
}

/** The store's starting state: `seed`'s parts over `createSeed(now)`, deep-copied. */
export function loadSeed(seed: Partial<AccountSeed> = {}, now: Date): AccountSeed {
  const parts = Object.fromEntries(Object.entries(seed).filter(([, part]) => part !== undefined));
  const state: AccountSeed = clone({ ...createSeed(now), ...parts });
  for (const key of state.apiKeys) {
    // Only what revealApiKey needs is kept; a revealable seed key without a secret gets one.
    if (!key.revealable) delete key.secret;
    else if (key.secret === undefined && !key.revokedAt) key.secret = createSecret(key.last4);
  }
  return state;
}

// Deliberately loose (something@something.tld, no spaces): the real check is the email sent.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether `value` looks like an email address. */
export const isEmail = (value: unknown): value is string => typeof value === 'string' && EMAIL.test(value);

/** Whether `value` is a string with something other than whitespace. */
export const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A key's status at `now`: revoked, then expired, then expiring (replaced, grace running), else active. */
export function keyStatus(key: SeedApiKey, now: Date): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= now.getTime()) return 'expired';
  if (key.replacedBy) return 'expiring';
  return 'active';
}

/**
 * The listed form of a stored key: status computed, secret and bookkeeping left out. `revealable`
 * says whether `revealApiKey` would answer now: a revealable key that still holds its secret and
 * is still valid.
 */
export function toApiKey(key: SeedApiKey, now: Date): ApiKey {
  const { secret, revealable, revokedAt: _revokedAt, replacedBy: _replacedBy, ...listed } = key;
  const status = keyStatus(key, now);
  const valid = status === 'active' || status === 'expiring';
  return { ...clone(listed), status, revealable: revealable === true && secret !== undefined && valid };
}

/** A subscription set to cancel at period end is `canceled` once that end has passed. */
export function subscriptionAt(subscription: Subscription, now: Date): Subscription {
  const ended = subscription.cancelAtPeriodEnd && Date.parse(subscription.renewsAt) <= now.getTime();
  return ended ? { ...subscription, status: 'canceled' } : { ...subscription };
}

/** Every subscription that is not canceled blocks deleting the organization. */
export function deletionBlockers(subscriptions: Subscription[], now: Date): DeletionBlocker[] {
  return subscriptions
    .map((subscription) => subscriptionAt(subscription, now))
    .filter((subscription) => subscription.status !== 'canceled')
    .map((subscription) => ({ kind: 'subscription', id: subscription.id, label: subscription.name }));
}

/** Remembers the first successful response to each idempotency key. */
export class IdempotencyLedger {
  // Bounded so a long benchmark cannot grow memory without end; old keys are retried rarely.
  private static readonly capacity = 1000;
  private readonly entries = new Map<string, { fingerprint: string; response: unknown }>();

  /** The recorded response for `key`, or `undefined`; a key reused for another request is a conflict. */
  replay(key: string, fingerprint: string): { response: unknown } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.fingerprint !== fingerprint) {
      fail('conflict', 'This idempotency key was already used for a different request.');
    }
    return { response: clone(entry.response) };
  }

  /** Records the response a key's first successful call returned. */
  record(key: string, fingerprint: string, response: unknown): void {
    this.entries.set(key, { fingerprint, response: clone(response) });
    if (this.entries.size > IdempotencyLedger.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
  }

  /** Forgets every recorded key. */
  clear(): void {
    this.entries.clear();
  }
}
