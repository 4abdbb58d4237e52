import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { AccountClient, Usage, UsageUnit } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { devWarn } from '../../internal/dev-mode.js';
import { formatDate } from '../../internal/format.js';
import { isSafeUrl } from '../../internal/safe-url.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { stateStyles } from '../../internal/styles/states.js';
import { renderMeter } from './usage-meter-view.js';
import {
  calendarDay,
  DEFAULT_THRESHOLDS,
  parseMetricIds,
  readMetric,
  resolveThresholds,
  selectMetrics,
  USAGE_UNITS,
  type Thresholds,
  type UsageReading,
} from './usage-reading.js';
import { styles } from './so-usage-meter.styles.js';
import { usageMeterMessages } from '../../internal/localize/messages/usage-meter.js';

/** Detail of `so-usage-threshold-crossed`: which metric reached which level in the data just loaded. */
export interface SoUsageThresholdCrossedDetail {
  /** The metric's id, e.g. `requests`. */
  metric: string;
  /** The highest level reached: `warning` from `warning-at`, `danger` from `danger-at`. */
  level: 'warning' | 'danger';
  /** The usage loaded, in the metric's unit. */
  used: number;
  /** The metric's limit, in the same unit; 0 for a metric the plan does not include. */
  limit: number;
  /** `used / limit`; `null` when the limit is 0. */
  ratio: number | null;
  /** Whether usage is past the limit. */
  overLimit: boolean;
}

/** One data load, wrapped so each load is a new object even if a client returns the same one. */
interface Loaded {
  usage: Usage;
}

// A number attribute that may be absent (`undefined`) and whose junk stays junk (`NaN`, not 0).
const optionalNumber = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value)),
};

/**
 * Two modes, chosen by `value`:
 * - **data mode** (no `value`): loads `getUsage()` from the client and shows one meter per metric
 *   (`metrics` picks and orders them), the renewal date and the analytics link;
 * - **presentational mode** (`value` set): one meter from `value`, `max`, `label` and `unit`. No
 *   client is needed or called, and no threshold event fires: the host owns those numbers.
 *
 * @summary Plan quota meters (requests, tokens, storage) that turn amber and red near the limit.
 *
 * @csspart base - The element's root.
 * @csspart meter - One meter: label, bar, figures, status and trend.
 * @csspart label - A meter's label.
 * @csspart track - A meter's bar, the `role="meter"` element.
 * @csspart fill - The filled part of the bar.
 * @csspart status - The status in words: "Approaching limit", "Limit nearly reached", "Limit reached", "Over limit".
 * @csspart sparkline - The trend's SVG.
 * @csspart analytics-link - The link to the analytics page.
 *
 * @cssproperty --so-usage-meter-fill - The bar's colour below `warning-at` (default `--so-color-brand`).
 * @cssproperty --so-usage-meter-warning - The colour from `warning-at` (default `--so-color-warning`).
 * @cssproperty --so-usage-meter-danger - The colour from `danger-at` and over the limit (default `--so-color-danger`).
 * @cssproperty --so-usage-meter-track - The bar's background (default `--so-color-skeleton`).
 * @cssproperty --so-usage-meter-height - The bar's thickness (default `0.5rem`).
 *
 * @cssstate warning - A meter shown is at or past `warning-at` (and below `danger-at`).
 * @cssstate danger - A meter shown is at or past `danger-at`, or uses a metric the plan does not include.
 * @cssstate over-limit - A meter shown is past its limit.
 *
 * @fires {CustomEvent<SoUsageThresholdCrossedDetail>} so-usage-threshold-crossed - Data mode: a loaded metric is at or past `warning-at` or `danger-at`; once per metric and level per load.
 * @fires {CustomEvent<SoErrorDetail>} so-error - Loading the usage failed.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 */
@customElement('so-usage-meter')
export class SoUsageMeter extends SoElement {
  static override styles = [...SoElement.styles, stateStyles, styles];
  static override messages = [usageMeterMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<Loaded>(this, this.clients, this.localize, {
    operation: 'getUsage',
    load: async (client, signal) => ({ usage: await client.getUsage({ signal }) }),
    isEmpty: ({ usage }) => this.select(usage).shown.length === 0,
    skeletonLines: 4,
  });

  /** The account client (JS property only); else the nearest `<so-account-provider>`, else the default. Data mode only. */
  @property({ attribute: false }) client?: AccountClient;
  /** Data mode: the metric ids to show, in order, e.g. `requests tokens`; all of them when empty. */
  @property() metrics = '';
  /** A link to the full usage breakdown; only `https:` and relative URLs are accepted. */
  @property({ attribute: 'analytics-href' }) analyticsHref = '';
  /** The ratio of the limit from which a meter turns amber. */
  @property({ type: Number, attribute: 'warning-at' }) warningAt = DEFAULT_THRESHOLDS.warningAt;
  /** The ratio of the limit from which a meter turns red. */
  @property({ type: Number, attribute: 'danger-at' }) dangerAt = DEFAULT_THRESHOLDS.dangerAt;
  /** Presentational mode: the usage to show. Setting it switches the element to presentational mode. */
  @property({ converter: optionalNumber }) value?: number;
  /** Presentational mode: the limit; leave it out for an unlimited quota. */
  @property({ converter: optionalNumber }) max?: number;
  /** Presentational mode: the meter's label, e.g. "Requests". */
  @property() label = '';
  /** Presentational mode: how `value` and `max` are counted: `count`, `tokens` or `bytes`. */
  @property() unit: UsageUnit = 'count';
  /** Presentational mode: daily values of the period, drawn as a sparkline (JS property only). */
  @property({ attribute: false }) daily?: number[];

  private readings: UsageReading[] = [];
  private thresholds: Thresholds = DEFAULT_THRESHOLDS;
  private wasPresentational?: boolean;
  private warnedNoLabel = false;
  // The load the threshold events were fired for, and which metric|level pairs they covered.
  private eventsLoad?: Loaded;
  private readonly firedEvents = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const presentational = this.presentational;
    // Presentational mode never calls the client: stop the task from running, and catch up on leaving.
    this.data.task.autoRun = !presentational;
    if (presentational && this.wasPresentational === false) this.data.task.abort();
    if (!presentational && this.wasPresentational === true) void this.data.reload();
    this.wasPresentational = presentational;

    this.warnAboutMisuse(changed, presentational);
    const { thresholds, problems } = resolveThresholds(this.warningAt, this.dangerAt);
    if (changed.has('warningAt') || changed.has('dangerAt')) problems.forEach((problem) => devWarn(`<so-usage-meter> ${problem}`));
    this.thresholds = thresholds;
    this.readings = presentational ? [this.presentationalReading()] : this.loadedReadings();

    this.toggleState('warning', this.readings.some((reading) => reading.level === 'warning'));
    this.toggleState('danger', this.readings.some((reading) => reading.level === 'danger'));
    this.toggleState('over-limit', this.readings.some((reading) => reading.overLimit));
  }

  protected override updated(): void {
    const loaded = this.loaded;
    if (this.presentational || !loaded) return;
    if (loaded !== this.eventsLoad) {
      this.eventsLoad = loaded;
      this.firedEvents.clear();
      const { missing } = this.select(loaded.usage);
      if (missing.length) devWarn(`<so-usage-meter> metrics lists ${missing.join(', ')}, which getUsage() did not return.`);
    }
    for (const { id, level, used, limit, ratio, overLimit } of this.readings) {
      if (level === 'normal' || this.firedEvents.has(`${id}|${level}`)) continue;
      this.firedEvents.add(`${id}|${level}`);
      this.emit('so-usage-threshold-crossed', { metric: id, level, used: used!, limit: limit!, ratio: ratio ?? null, overLimit });
    }
  }

  /** Whether the element is in presentational mode: `value` is set. */
  get presentational(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  /** Loads the usage again (data mode); resolves once it has loaded or failed. */
  async refresh(): Promise<void> {
    if (!this.presentational) await this.data.reload();
  }

  /** The data of the last load, when the ready state is showing. */
  private get loaded(): Loaded | undefined {
    return this.data.pending || this.data.error ? undefined : this.data.value;
  }

  private select(usage: Usage): ReturnType<typeof selectMetrics> {
    return selectMetrics(usage?.metrics, parseMetricIds(this.metrics));
  }

  private loadedReadings(): UsageReading[] {
    const loaded = this.loaded;
    return loaded ? this.select(loaded.usage).shown.map((metric) => readMetric(metric, this.thresholds)) : [];
  }

  private presentationalReading(): UsageReading {
    const unit = USAGE_UNITS.includes(this.unit) ? this.unit : 'count';
    const limit = this.max === undefined || this.max === null ? null : this.max;
    const metric = { id: '', label: this.label, used: this.value!, limit, unit, ...(this.daily && { daily: this.daily }) };
    return readMetric(metric, this.thresholds);
  }

  private warnAboutMisuse(changed: PropertyValues<this>, presentational: boolean): void {
    const warn = (message: string) => devWarn(`<so-usage-meter> ${message}`);
    if (changed.has('value') && presentational && !Number.isFinite(this.value)) warn('value is not a number; the meter shows usage as unavailable.');
    if (changed.has('max') && this.max !== undefined && this.max !== null && !(this.max >= 0 && Number.isFinite(this.max))) {
      warn('max must be a number ≥ 0 (leave it out for unlimited); the meter shows the limit as unavailable.');
    }
    if (changed.has('unit') && !USAGE_UNITS.includes(this.unit)) warn(`unit "${this.unit}" is not one of ${USAGE_UNITS.join(', ')}; using count.`);
    if (changed.has('analyticsHref') && this.analyticsHref && !isSafeUrl(this.analyticsHref)) {
      warn('analytics-href must be an https: or relative URL; the link is not shown.');
    }
    if (presentational && !this.label && !this.warnedNoLabel) {
      this.warnedNoLabel = true;
      warn('has a value but no label; give it one, e.g. label="Requests", so people know what it measures.');
    }
  }

  override render() {
    if (this.presentational) {
      return html`<div class="base" part="base">
        ${renderMeter(this.readings[0]!, this.meterView(0))}${this.renderFooter(undefined)}
      </div>`;
    }
    return html`<div class="base" part="base" aria-busy=${this.data.pending ? 'true' : 'false'}>
      ${this.data.render({
        ready: ({ usage }) => this.renderReady(usage),
        empty: () => html`<p class="state-empty" part="empty">${this.localize.term('usageMeter.empty')}</p>`,
      })}
    </div>`;
  }

  private renderReady(usage: Usage) {
    return html`<ul class="meters" role="list" aria-label=${this.localize.term('usageMeter.listLabel')}>
        ${this.readings.map((reading, index) =>
          // A new row when the metric in a place changes, so its bar never animates from another metric's value.
          keyed(reading.id, html`<li>${renderMeter(reading, { ...this.meterView(index), periodStart: usage.periodStart })}</li>`),
        )}
      </ul>
      ${this.renderFooter(usage.periodEnd)}`;
  }

  private renderFooter(periodEnd: unknown) {
    const renewal = calendarDay(periodEnd);
    const href = isSafeUrl(this.analyticsHref) ? this.analyticsHref : undefined;
    if (!renewal && !href) return nothing;
    return html`<div class="footer">
      ${renewal
        ? html`<span class="renewal">${this.localize.term('usageMeter.renews', formatDate(this.localize.lang, renewal, { dateStyle: 'long', timeZone: 'UTC' }))}</span>`
        : nothing}
      ${href ? html`<a class="analytics-link" part="analytics-link" href=${href}>${this.localize.term('usageMeter.analyticsLink')}</a>` : nothing}
    </div>`;
  }

  private meterView(index: number) {
    return { localize: this.localize, thresholds: this.thresholds, labelId: `label-${index}` };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-usage-meter': SoUsageMeter;
  }
  interface GlobalEventHandlersEventMap {
    'so-usage-threshold-crossed': CustomEvent<SoUsageThresholdCrossedDetail>;
  }
}
