/**
 * What one meter shows, worked out from a `UsageMetric` (or the presentational attributes) with
 * no DOM: validity, unlimited and zero limits, the ratio, the threshold level and the overage.
 * Data comes from a server or an adapter, so every field is checked at run time.
 */
import type { UsageMetric, UsageUnit } from '../../client/types.js';
import { isFiniteNumber } from '../../internal/format.js';

/** How close a metric is to its limit. */
export type UsageLevel = 'normal' | 'warning' | 'danger';

/** The units a metric can be counted in. */
export const USAGE_UNITS: readonly UsageUnit[] = ['count', 'tokens', 'bytes'];

/** The ratios of the limit at which a meter turns amber (`warningAt`) and red (`dangerAt`). */
export interface Thresholds {
  warningAt: number;
  dangerAt: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { warningAt: 0.75, dangerAt: 0.9 };

/**
 * - `metered`: a finite limit above 0, drawn as a bar;
 * - `unlimited`: `limit: null`;
 * - `not-included`: a limit of 0 — any use is over the limit;
 * - `limit-unavailable`: usage is known, the limit is missing or bad;
 * - `unavailable`: usage is missing, negative or not a number.
 */
export type ReadingKind = 'metered' | 'unlimited' | 'not-included' | 'limit-unavailable' | 'unavailable';

export interface UsageReading {
  id: string;
  /** The label the data gave, if any; the element falls back to the catalogue. */
  label?: string;
  unit: UsageUnit;
  kind: ReadingKind;
  /** Usage, when valid. */
  used?: number;
  /** The limit, when it is a valid number (0 included). */
  limit?: number;
  /** `used / limit`, for a metered reading. */
  ratio?: number;
  level: UsageLevel;
  /** Exactly at the limit. */
  atLimit: boolean;
  /** Past the limit. */
  overLimit: boolean;
  /** How far past the limit. */
  overage?: number;
  /** Daily values with bad entries as `null` (gaps), when there are at least two good ones. */
  daily?: (number | null)[];
}

/** A usage quantity: a finite number of at least 0. */
const isQuantity = (value: unknown): value is number => isFiniteNumber(value) && value >= 0;

/** A threshold: a ratio above 0 and at most 1. */
const isThreshold = (value: unknown): value is number => isFiniteNumber(value) && value > 0 && value <= 1;

/**
 * The thresholds to use, and what was wrong with the ones given: a bad value falls back to its
 * default, and a warning above the danger level is lowered to it (no amber band).
 */
export function resolveThresholds(warningAt: unknown, dangerAt: unknown): { thresholds: Thresholds; problems: string[] } {
  const problems: string[] = [];
  const check = (value: unknown, name: string, fallback: number): number => {
    if (isThreshold(value)) return value;
    problems.push(`${name} must be a ratio above 0 and at most 1 (0.75 for 75 %); using ${fallback}.`);
    return fallback;
  };
  const danger = check(dangerAt, 'danger-at', DEFAULT_THRESHOLDS.dangerAt);
  let warning = check(warningAt, 'warning-at', DEFAULT_THRESHOLDS.warningAt);
  if (warning > danger) {
    problems.push(`warning-at (${warning}) is above danger-at (${danger}); using ${danger} for both.`);
    warning = danger;
  }
  return { thresholds: { warningAt: warning, dangerAt: danger }, problems };
}

/** The level of a ratio: at or past a threshold counts as reaching it. */
function levelOf(ratio: number, { warningAt, dangerAt }: Thresholds): UsageLevel {
  if (ratio >= dangerAt) return 'danger';
  if (ratio >= warningAt) return 'warning';
  return 'normal';
}

/** Daily values with bad entries turned into gaps; none when fewer than two are good. */
function readDaily(daily: unknown): (number | null)[] | undefined {
  if (!Array.isArray(daily)) return undefined;
  const values = daily.map((value) => (isQuantity(value) ? value : null));
  return values.filter((value) => value !== null).length >= 2 ? values : undefined;
}

/** Reads one metric as it arrived (any field may be missing or of the wrong type). */
export function readMetric(metric: Partial<UsageMetric>, thresholds: Thresholds): UsageReading {
  const { used, limit } = metric as { used: unknown; limit: unknown };
  const base = {
    id: typeof metric.id === 'string' ? metric.id : '',
    ...(typeof metric.label === 'string' && metric.label.trim() !== '' && { label: metric.label }),
    unit: USAGE_UNITS.includes(metric.unit as UsageUnit) ? (metric.unit as UsageUnit) : 'count',
    level: 'normal' as UsageLevel,
    atLimit: false,
    overLimit: false,
    daily: readDaily(metric.daily),
  };
  if (!isQuantity(used)) return { ...base, kind: 'unavailable', daily: undefined };
  if (limit === null) return { ...base, kind: 'unlimited', used };
  if (!isQuantity(limit)) return { ...base, kind: 'limit-unavailable', used };
  if (limit === 0) {
    const over = used > 0;
    return { ...base, kind: 'not-included', used, limit, level: over ? 'danger' : 'normal', overLimit: over, ...(over && { overage: used }) };
  }
  const ratio = used / limit;
  return {
    ...base,
    kind: 'metered',
    used,
    limit,
    ratio,
    level: levelOf(ratio, thresholds),
    atLimit: used === limit,
    overLimit: used > limit,
    ...(used > limit && { overage: used - limit }),
  };
}

/**
 * The whole percentage to show for `ratio`: rounded, except that it never claims a threshold
 * (or 100 %) the usage has not reached — 74.99 % shows as 74 %, not as an amber-looking 75 %.
 */
export function displayPercent(ratio: number, { warningAt, dangerAt }: Thresholds): number {
  const exact = ratio * 100;
  const rounded = Math.round(exact);
  const claimsUnreached = [warningAt, dangerAt, 1].some((boundary) => ratio < boundary && rounded >= boundary * 100 - 1e-9);
  return claimsUnreached ? Math.floor(exact) : rounded;
}

/** The metric ids in a `metrics` attribute: space- or comma-separated, duplicates dropped. */
export function parseMetricIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** The metrics to show, in the order `ids` asks (all of them when `ids` is empty), and the ids not found. */
export function selectMetrics(metrics: unknown, ids: string[]): { shown: Partial<UsageMetric>[]; missing: string[] } {
  const all = (Array.isArray(metrics) ? metrics : []).filter(
    (metric): metric is Partial<UsageMetric> => typeof metric === 'object' && metric !== null,
  );
  if (ids.length === 0) return { shown: all, missing: [] };
  const byId = new Map(all.map((metric) => [metric.id, metric]));
  return {
    shown: ids.flatMap((id) => byId.get(id) ?? []),
    missing: ids.filter((id) => !byId.has(id)),
  };
}

/** The highest value of a trend and its day (0-based); the first day when it peaks twice. */
export function peakOf(daily: (number | null)[]): { value: number; day: number } {
  let peak = { value: -1, day: 0 };
  daily.forEach((value, day) => {
    if (value !== null && value > peak.value) peak = { value, day };
  });
  return peak;
}

/**
 * An SVG path for a sparkline in a `width` × `height` box, the lowest value 0 at the bottom;
 * a gap (a bad day) breaks the line, and a lone point between gaps draws as a dot.
 */
export function sparklinePath(daily: (number | null)[], width: number, height: number): string {
  const highest = Math.max(...daily.map((value) => value ?? 0));
  const step = daily.length > 1 ? width / (daily.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  let path = '';
  let drawing = false;
  daily.forEach((value, day) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = round(day * step);
    const y = round(highest > 0 ? height - (value / highest) * height : height);
    const next = daily[day + 1];
    if (drawing) path += ` L${x} ${y}`;
    else path += `${path ? ' ' : ''}M${x} ${y}${next === null || next === undefined ? ' h0' : ''}`;
    drawing = true;
  });
  return path;
}

/**
 * The calendar day `offset` days after the date written in an ISO string, as a UTC date to format
 * with `timeZone: 'UTC'`: the period's days are the backend's days, whatever the viewer's zone.
 */
export function calendarDay(iso: unknown, offset = 0): Date | undefined {
  const match = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + offset));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
