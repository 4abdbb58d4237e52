import type { ComplexAttributeConverter } from 'lit';
import { formatNumber } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';

/** The grace periods offered when rotating, in seconds: now, 1 hour, 24 hours, 7 days. */
export const DEFAULT_GRACE_PERIODS: readonly number[] = [0, 3600, 86_400, 604_800];

/** The longest grace period the REST contract's reference backend accepts: 30 days. */
export const GRACE_PERIOD_MAX_SECONDS = 30 * 86_400;

/** Whether `seconds` can be offered as a grace period. */
export function isGracePeriod(seconds: unknown): seconds is number {
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds >= 0 && seconds <= GRACE_PERIOD_MAX_SECONDS;
}

/** Splits a list attribute on commas and whitespace: `"a, b c"` → `['a', 'b', 'c']`. */
export function splitList(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter((part) => part !== '');
}

/** `rotation-grace-periods="0 3600 86400"` ↔ `[0, 3600, 86400]`; an absent attribute means the default. */
export const gracePeriodsConverter: ComplexAttributeConverter<readonly number[]> = {
  fromAttribute: (value) => (value === null ? DEFAULT_GRACE_PERIODS : splitList(value).map(Number)),
  toAttribute: (value) => value.join(' '),
};

/** `available-scopes="jobs:run, jobs:read"` → `['jobs:run', 'jobs:read']`. */
export const listConverter: ComplexAttributeConverter<readonly string[]> = {
  fromAttribute: (value) => splitList(value),
  toAttribute: (value) => value.join(' '),
};

/**
 * A grace period in words, in the largest unit that keeps it whole and reads naturally:
 * `3600` → "1 hour", `86400` → "24 hours", `604800` → "7 days".
 */
export function durationText(localize: LocalizeController, seconds: number): string {
  const [value, unit] =
    seconds % 86_400 === 0 && seconds >= 2 * 86_400
      ? [seconds / 86_400, 'day']
      : seconds % 3600 === 0
        ? [seconds / 3600, 'hour']
        : seconds % 60 === 0
          ? [seconds / 60, 'minute']
          : [seconds, 'second'];
  return formatNumber(localize.lang, value, { style: 'unit', unit, unitDisplay: 'long' });
}
