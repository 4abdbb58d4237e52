import type { Role } from '../../client/types.js';
import { devWarn } from '../../internal/dev-mode.js';

/** The attributes of `<so-org-members>` that take numbers, as set by the host. */
export interface NumericSettings {
  pageSize: number;
  virtualizeThreshold: number;
  searchDelay: number;
  maxInvites: number;
}

/** What each numeric attribute falls back to when its value is unusable. */
export const DEFAULTS: Readonly<NumericSettings> = { pageSize: 50, virtualizeThreshold: 200, searchDelay: 250, maxInvites: 100 };

/** The largest page the contract serves. */
export const MAX_PAGE_SIZE = 200;

const isWholeNumber = (value: number, min: number, max = Number.POSITIVE_INFINITY) => Number.isInteger(value) && value >= min && value <= max;
const isNonNegative = (value: number) => Number.isFinite(value) && value >= 0;

const RULES: { [K in keyof NumericSettings]: { attribute: string; valid: (value: number) => boolean; expected: string } } = {
  pageSize: { attribute: 'page-size', valid: (value) => isWholeNumber(value, 1, MAX_PAGE_SIZE), expected: `a whole number from 1 to ${MAX_PAGE_SIZE}` },
  virtualizeThreshold: { attribute: 'virtualize-threshold', valid: isNonNegative, expected: 'a number ≥ 0' },
  searchDelay: { attribute: 'search-delay', valid: isNonNegative, expected: 'a number of milliseconds ≥ 0' },
  maxInvites: { attribute: 'max-invites', valid: (value) => isWholeNumber(value, 1), expected: 'a whole number ≥ 1' },
};

/** The value in use for `name`: the host's when valid, else the default. */
export function settingInUse(name: keyof NumericSettings, value: number): number {
  return RULES[name].valid(value) ? value : DEFAULTS[name];
}

/** Warns in development about each changed numeric attribute whose value is unusable. */
export function warnAboutSettings(settings: NumericSettings, changed: ReadonlySet<keyof NumericSettings>): void {
  for (const name of changed) {
    const { attribute, valid, expected } = RULES[name];
    if (!valid(settings[name])) devWarn(`<so-org-members> ${attribute} must be ${expected}; got "${settings[name]}". Using ${DEFAULTS[name]}.`);
  }
}

/** The role preselected in the invite dialog: `preferred` when it is a role, else `member`, else the first role that is not an owner role. */
export function inviteRole(roles: readonly Role[], preferred: string): string {
  if (roles.some((role) => role.id === preferred)) return preferred;
  return (roles.find((role) => role.id === 'member') ?? roles.find((role) => !role.owner) ?? roles[0])?.id ?? '';
}
