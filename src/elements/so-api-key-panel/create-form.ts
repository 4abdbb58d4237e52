import type { CreateApiKeyInput } from '../../client/types.js';

/** The most characters a key name may have. */
export const NAME_MAX = 64;

/** When a new key expires: never, in 30 or 90 days, or at the end of a chosen date. */
export type ExpiryChoice = 'never' | '30' | '90' | 'date';

/** What the create dialog holds while the user fills it in. */
export interface CreateForm {
  name: string;
  expiry: ExpiryChoice;
  /** `YYYY-MM-DD` from the date input, for `expiry: 'date'`. */
  date: string;
  scopes: string[];
}

/** The create form's fields that can be wrong. */
export type CreateField = 'name' | 'expiresAt' | 'scopes';

/** The catalogue key of each field's problem, for the fields that have one. */
export type CreateErrors = Partial<
  Record<
    CreateField,
    | 'apiKeyPanel.nameRequired'
    | 'apiKeyPanel.nameTooLong'
    | 'apiKeyPanel.nameTaken'
    | 'apiKeyPanel.nameRejected'
    | 'apiKeyPanel.expiryDateRequired'
    | 'apiKeyPanel.expiryDatePast'
    | 'apiKeyPanel.expiryRejected'
    | 'apiKeyPanel.scopesRejected'
  >
>;

const DAY_MS = 86_400_000;

export function emptyCreateForm(): CreateForm {
  return { name: '', expiry: 'never', date: '', scopes: [] };
}

/** `date` plus whole days. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** A date as the `YYYY-MM-DD` of a date input, in local time. */
export function dateInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last moment of a `YYYY-MM-DD` day in local time: a key expiring "on" a date works all that day. */
export function endOfLocalDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day, 23, 59, 59, 999);
  return date.getMonth() === month ? date : null;
}

/**
 * The form's problems: a name that is empty once trimmed, longer than `NAME_MAX`, or already
 * used by a key shown (ignoring case); an expiry date that is missing or not after today.
 */
export function validateCreateForm(form: CreateForm, existingNames: readonly string[], now: Date): CreateErrors {
  const errors: CreateErrors = {};
  const name = form.name.trim();
  const taken = new Set(existingNames.map((existing) => existing.trim().toLocaleLowerCase()));
  if (name === '') errors.name = 'apiKeyPanel.nameRequired';
  else if ([...name].length > NAME_MAX) errors.name = 'apiKeyPanel.nameTooLong';
  else if (taken.has(name.toLocaleLowerCase())) errors.name = 'apiKeyPanel.nameTaken';
  if (form.expiry === 'date') {
    const end = endOfLocalDay(form.date);
    if (!end) errors.expiresAt = 'apiKeyPanel.expiryDateRequired';
    else if (dateInputValue(end) <= dateInputValue(now)) errors.expiresAt = 'apiKeyPanel.expiryDatePast';
  }
  return errors;
}

/**
 * The request for a valid form. Relative expiries count from `anchor` (when the dialog opened),
 * so trying the same intent again sends the very same request with the same idempotency key.
 */
export function toCreateInput(form: CreateForm, anchor: Date): CreateApiKeyInput {
  const input: CreateApiKeyInput = { name: form.name.trim() };
  if (form.expiry === '30' || form.expiry === '90') input.expiresAt = addDays(anchor, Number(form.expiry)).toISOString();
  if (form.expiry === 'date') input.expiresAt = endOfLocalDay(form.date)!.toISOString();
  if (form.scopes.length > 0) input.scopes = [...form.scopes];
  return input;
}
