/**
 * Formatting with `Intl`, one place for every element. Formatters are cached per locale and
 * options because constructing `Intl` objects is the expensive part.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object,
  create: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** True for a finite number; everything else renders as unavailable, never `NaN`. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Grouped number: `21,408`. */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** Compact number: `1.2M`. */
export function formatCompact(locale: string, value: number): string {
  const options: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };
  return formatNumber(locale, value, options);
}

/** Percentage from a ratio: `0.428` → `43%`. */
export function formatPercent(locale: string, ratio: number): string {
  return formatNumber(locale, ratio, { style: 'percent', maximumFractionDigits: 0 });
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** Bytes in the largest fitting decimal unit: `1.5 GB`. */
export function formatBytes(locale: string, bytes: number): string {
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1000 && unit < byteUnits.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit: byteUnits[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  };
  return formatNumber(locale, Math.sign(bytes) * value, options);
}

/** Money from integer minor units: `(4900, 'USD')` → `$49.00`; yen has no minor unit. */
export function formatMoney(locale: string, amountMinor: number, currency: string): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency };
  const formatter = cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** digits);
}

/** Parses an ISO string or Date; `null` for anything that is not a valid date. */
export function toDate(value: string | number | Date | undefined | null): Date | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A date: `12 March 2026` / `March 12, 2026` as the locale writes it. */
export function formatDate(locale: string, value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const date = toDate(value);
  return date ? cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(date) : '';
}

const relativeSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Infinity],
];

/** Relative time: `2 minutes ago`, `in 3 days`, `now`. */
export function formatRelativeTime(locale: string, value: string | Date, now: Date = new Date()): string {
  const date = toDate(value);
  if (!date) return '';
  let amount = (date.getTime() - now.getTime()) / 1000;
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  const formatter = cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
  for (const [unit, size] of relativeSteps) {
    if (Math.abs(amount) < size) return formatter.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatter.format(Math.round(amount), 'year');
}

/** How long until a relative time's text would change, so a display can refresh just then. */
export function relativeTimeRefreshMs(value: string | Date, now: Date = new Date()): number {
  const date = toDate(value);
  if (!date) return Number.POSITIVE_INFINITY;
  const age = Math.abs(now.getTime() - date.getTime());
  if (age < 60_000) return 1_000;
  if (age < 3_600_000) return 30_000;
  if (age < 86_400_000) return 15 * 60_000;
  return 3_600_000;
}

/** The plural category of `count` in `locale`: `one`, `few`, `other`… */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return cached('plural', locale, {}, () => new Intl.PluralRules(locale)).select(count);
}

/** Picks the form for `count`; falls back to `other`. */
export function plural(locale: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}
