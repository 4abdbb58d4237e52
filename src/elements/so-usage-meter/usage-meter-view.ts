/**
 * The template of one meter, apart from the element class so the class keeps to its lifecycle.
 * Every string comes from the catalogue; numbers are formatted for the metric's unit.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProperties } from '../../internal/directives/style-properties.js';
import type { UsageUnit } from '../../client/types.js';
import { formatBytes, formatCompact, formatDate, formatNumber } from '../../internal/format.js';
import type { MessageKey } from '../../internal/localize/en.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { calendarDay, displayPercent, peakOf, sparklinePath, type Thresholds, type UsageReading } from './usage-reading.js';

/** What a meter needs besides its reading. */
export interface MeterView {
  localize: LocalizeController;
  thresholds: Thresholds;
  /** The id the meter's label gets, for `aria-labelledby`. */
  labelId: string;
  /** The first day of the period, to date the trend's peak. */
  periodStart?: string;
}

const METRIC_LABELS: Record<string, MessageKey> = {
  requests: 'usageMeter.metric.requests',
  tokens: 'usageMeter.metric.tokens',
  storage: 'usageMeter.metric.storage',
};

// The sparkline's drawing box; the SVG stretches it to the space it gets. The view box has a
// unit to spare on each side, so the stroke's round caps stay inside the SVG's own box.
const SPARK_WIDTH = 100;
const SPARK_HEIGHT = 24;

/** A quantity as people read it: `21,408` for counts, `1.2M` tokens, `3.4 GB`. */
export function formatQuantity(localize: LocalizeController, value: number, unit: UsageUnit): string {
  if (unit === 'tokens') return formatCompact(localize.lang, value);
  if (unit === 'bytes') return formatBytes(localize.lang, value);
  return formatNumber(localize.lang, value, { maximumFractionDigits: 0 });
}

/** A quantity as a screen reader should say it: `1.2 million` rather than `1.2M`. */
function speakQuantity(localize: LocalizeController, value: number, unit: UsageUnit): string {
  if (unit === 'tokens') return formatNumber(localize.lang, value, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  return formatQuantity(localize, value, unit);
}

/** The reading's label: from the data (or host), else the catalogue's name for a known metric, else its id, else a generic one. */
function labelOf(reading: UsageReading, localize: LocalizeController): string {
  if (reading.label) return reading.label;
  const key = METRIC_LABELS[reading.id];
  return key ? localize.term(key) : reading.id || localize.term('usageMeter.defaultLabel');
}

/** The status words that accompany the colour. */
function statusKey(reading: UsageReading): MessageKey | undefined {
  if (reading.overLimit) return 'usageMeter.status.over';
  if (reading.atLimit) return 'usageMeter.status.reached';
  if (reading.level === 'danger') return 'usageMeter.status.danger';
  if (reading.level === 'warning') return 'usageMeter.status.warning';
  return undefined;
}

/** One meter: label and percentage, bar, figures, status in words, and the trend. */
export function renderMeter(reading: UsageReading, view: MeterView): TemplateResult {
  const { localize } = view;
  const label = labelOf(reading, localize);
  const percent = reading.ratio === undefined ? undefined : displayPercent(reading.ratio, view.thresholds);
  const status = statusKey(reading);
  return html`<div class="meter" part="meter" data-level=${reading.level} ?data-over-limit=${reading.overLimit}>
    <div class="heading">
      <span class="label" part="label" id=${view.labelId}>${label}</span>
      ${percent === undefined ? nothing : html`<span class="percent">${formatNumber(localize.lang, percent / 100, { style: 'percent' })}</span>`}
    </div>
    ${renderBar(reading, view, label, percent)}
    <div class="figures">${renderFigures(reading, localize)}</div>
    ${status ? html`<p class="status" part="status">${localize.term(status)}</p>` : nothing}
    ${renderTrend(reading, view)}
  </div>`;
}

function renderBar(reading: UsageReading, view: MeterView, label: string, percent: number | undefined): TemplateResult | typeof nothing {
  const { localize } = view;
  const fill = (ratio: number) => html`<div class="fill" part="fill" style=${styleProperties({ inlineSize: `${Math.min(ratio, 1) * 100}%` })}></div>`;
  if (reading.kind === 'not-included') {
    // No range to measure against: the bar only echoes the words next to it.
    return html`<div class="track" part="track" aria-hidden="true">${fill(reading.overLimit ? 1 : 0)}</div>`;
  }
  if (reading.kind !== 'metered') return nothing;
  const { used, limit, ratio } = reading as Required<Pick<UsageReading, 'used' | 'limit' | 'ratio'>>;
  const valueText = localize.term(
    'usageMeter.valueText',
    speakQuantity(localize, used, reading.unit),
    speakQuantity(localize, limit, reading.unit),
    label,
    percent ?? 0,
    reading.overLimit,
  );
  // aria-valuenow must stay within the range; the overage is in the value text.
  return html`<div
    class="track"
    part="track"
    role="meter"
    aria-labelledby=${view.labelId}
    aria-valuemin="0"
    aria-valuemax=${limit}
    aria-valuenow=${Math.min(used, limit)}
    aria-valuetext=${valueText}
  >
    ${fill(ratio)}
  </div>`;
}

function renderFigures(reading: UsageReading, localize: LocalizeController): unknown {
  const quantity = (value: number) => formatQuantity(localize, value, reading.unit);
  if (reading.kind === 'unavailable') return html`<span>${localize.term('usageMeter.unavailable')}</span>`;
  const used = reading.kind === 'metered'
    ? localize.term('usageMeter.usedOfLimit', quantity(reading.used!), quantity(reading.limit!))
    : localize.term('usageMeter.used', quantity(reading.used!));
  const limitKeys: Partial<Record<UsageReading['kind'], MessageKey>> = {
    unlimited: 'usageMeter.unlimited',
    'not-included': 'usageMeter.notIncluded',
    'limit-unavailable': 'usageMeter.limitUnavailable',
  };
  const limitKey = limitKeys[reading.kind];
  // Separate items keep a space between them, so they are not read as one run-on word.
  return html`<span>${used}</span>
    ${limitKey ? html`<span>${localize.term(limitKey)}</span>` : nothing}
    ${reading.overage === undefined
      ? nothing
      : html`<span class="overage">${localize.term('usageMeter.overBy', quantity(reading.overage))}</span>`}`;
}

function renderTrend(reading: UsageReading, view: MeterView): TemplateResult | typeof nothing {
  if (!reading.daily) return nothing;
  const { localize } = view;
  const peak = peakOf(reading.daily);
  const value = formatQuantity(localize, peak.value, reading.unit);
  const day = calendarDay(view.periodStart, peak.day);
  const summary = day
    ? localize.term('usageMeter.peakOn', value, formatDate(localize.lang, day, { month: 'short', day: 'numeric', timeZone: 'UTC' }))
    : localize.term('usageMeter.peak', value);
  return html`<div class="trend">
    <svg
      class="sparkline"
      part="sparkline"
      viewBox="-1 -1 ${SPARK_WIDTH + 2} ${SPARK_HEIGHT + 2}"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path d=${sparklinePath(reading.daily, SPARK_WIDTH, SPARK_HEIGHT)} vector-effect="non-scaling-stroke"></path>
    </svg>
    <span class="trend-summary">${summary}</span>
  </div>`;
}
