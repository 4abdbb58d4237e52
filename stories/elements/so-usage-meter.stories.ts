import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient, Usage, UsageMetric } from '../../src/client/types.js';
import { formatNumber, plural } from '../../src/internal/format.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import '../../src/so-usage-meter.js';
import { darkTheme } from '../support/decorators.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  metrics: string;
  analyticsHref: string;
  warningAt: number;
  dangerAt: number;
  value?: number;
  max?: number;
  label: string;
  unit: 'count' | 'tokens' | 'bytes';
  client?: AccountClient;
}

// A period of 17 days so far that renews on the 18th, as in the SentientOne example.
const now = new Date();
const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 18)).toISOString();

/** Daily values with a weekly rhythm that add up to `total`. */
function dailyOf(total: number, days = 17): number[] {
  const weights = Array.from({ length: days }, (_, day) => 1 + 0.35 * Math.sin(day * 1.1) + (day % 7 < 5 ? 0.2 : -0.3));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => Math.round((total * weight) / sum));
}

const requests = (used: number, extra: Partial<UsageMetric> = {}): UsageMetric => ({
  id: 'requests',
  label: 'Requests',
  used,
  limit: 50_000,
  unit: 'count',
  ...extra,
});

/** A memory client serving `metrics`, with a little latency so the loading state shows first. */
function clientWith(...metrics: UsageMetric[]): AccountClient {
  const usage: Usage = { periodStart, periodEnd, metrics };
  return createMemoryAccountClient({ seed: { usage }, latencyMs: 300 });
}

const meta: Meta<Args> = {
  title: 'Elements/Usage meter',
  component: 'so-usage-meter',
  args: {
    metrics: '',
    analyticsHref: '/analytics',
    warningAt: 0.75,
    dangerAt: 0.9,
    label: '',
    unit: 'count',
  },
  argTypes: {
    unit: { control: 'inline-radio', options: ['count', 'tokens', 'bytes'] },
    warningAt: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } },
    dangerAt: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } },
    client: { control: false },
  },
  render: (args) => html`<so-usage-meter
    style="max-inline-size: 32rem"
    .client=${args.client}
    metrics=${args.metrics}
    analytics-href=${args.analyticsHref}
    warning-at=${args.warningAt}
    danger-at=${args.dangerAt}
    value=${ifDefined(args.value)}
    max=${ifDefined(args.max)}
    label=${args.label || nothing}
    unit=${args.unit}
  ></so-usage-meter>`,
};

export default meta;
type Story = StoryObj<Args>;

/** The embedded demo account: requests, tokens and storage, each with its trend, and the renewal date. */
export const Default: Story = {};

/** 43 %: below `warning-at`, in the brand colour with no status text. */
export const Normal: Story = { name: '43 % (normal)', args: { client: clientWith(requests(21_408)) } };

/** 75 % exactly: a threshold counts as reached, so the meter turns amber and says "Approaching limit". */
export const Warning75: Story = { name: '75 % exactly', args: { client: clientWith(requests(37_500)) } };

/** 89 %: still amber. The percentage never rounds up to a threshold the usage has not reached. */
export const Warning89: Story = { name: '89 %', args: { client: clientWith(requests(44_600)) } };

/** 90 % exactly: red, "Limit nearly reached". */
export const Danger90: Story = { name: '90 % exactly', args: { client: clientWith(requests(45_000)) } };

/** 100 %: red, "Limit reached". */
export const AtLimit: Story = { name: '100 %', args: { client: clientWith(requests(50_000)) } };

/** 140 %: the bar is full, "Over limit", and the overage is stated. */
export const OverLimit: Story = { name: '140 %', args: { client: clientWith(requests(70_000)) } };

/** An unlimited plan (`limit: null`): usage and "Unlimited", no bar. */
export const Unlimited: Story = { args: { client: clientWith(requests(21_408, { limit: null })) } };

/** A limit of 0: not included in the plan; any use of it is over the limit. */
export const LimitZero: Story = {
  name: 'Limit 0',
  args: {
    client: clientWith(
      { id: 'gpu', label: 'GPU minutes', used: 0, limit: 0, unit: 'count' },
      { id: 'fine_tuning', label: 'Fine-tuning tokens', used: 12_000, limit: 0, unit: 'tokens' },
    ),
  },
};

/** Missing, negative and non-numeric values from a backend render as unavailable, never NaN. */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    client: clientWith(
      { id: 'requests', label: 'Requests', used: Number.NaN, limit: 50_000, unit: 'count' },
      { id: 'tokens', label: 'Tokens', used: -40, limit: 2_000_000, unit: 'tokens' },
      { id: 'storage', label: 'Storage', used: 3_400_000_000, limit: 'ten' as unknown as number, unit: 'bytes' },
      { id: 'runs', label: 'Agent runs', used: 'many' as unknown as number, limit: 100, unit: 'count', daily: [1, Number.NaN] },
    ),
  },
};

/** Presentational mode: `value`, `max`, `label` and `unit` render one meter with no client at all. */
export const Presentational: Story = {
  name: 'Presentational mode',
  args: { value: 7_800_000_000, max: 10_000_000_000, label: 'Storage', unit: 'bytes', analyticsHref: '' },
};

/** Each metric's `daily` values as a sparkline, with a text summary of the peak. */
export const WithSparkline: Story = {
  name: 'With sparkline',
  args: {
    client: clientWith(
      requests(21_408, { daily: dailyOf(21_408) }),
      { id: 'tokens', label: 'Tokens', used: 1_640_000, limit: 2_000_000, unit: 'tokens', daily: dailyOf(1_640_000) },
    ),
  },
};

/** `metrics` picks and orders the metrics; custom thresholds turn storage amber at 30 %. */
export const PickedAndCustomThresholds: Story = {
  name: 'Picked metrics, custom thresholds',
  args: { metrics: 'storage requests', warningAt: 0.3, dangerAt: 0.6 },
};

/** The dark theme, chosen by an ancestor's `.so-theme-dark`. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith(requests(21_408, { daily: dailyOf(21_408) }), requests(47_000, { id: 'runs', label: 'Agent runs' })) },
  decorators: [darkTheme],
};

registerTranslation('de', {
  'usageMeter.listLabel': 'Nutzung des Tarifs',
  'usageMeter.defaultLabel': 'Nutzung',
  'usageMeter.empty': 'Noch keine Nutzung.',
  'usageMeter.metric.requests': 'Anfragen',
  'usageMeter.metric.tokens': 'Tokens',
  'usageMeter.metric.storage': 'Speicher',
  'usageMeter.usedOfLimit': (_locale: string, used: string, limit: string) => `${used} von ${limit}`,
  'usageMeter.used': (_locale: string, used: string) => `${used} genutzt`,
  'usageMeter.unlimited': 'Unbegrenzt',
  'usageMeter.notIncluded': 'Nicht in Ihrem Tarif enthalten',
  'usageMeter.limitUnavailable': 'Limit nicht verfügbar',
  'usageMeter.unavailable': 'Nutzungsdaten nicht verfügbar',
  'usageMeter.overBy': (_locale: string, overage: string) => `${overage} über dem Limit`,
  'usageMeter.status.warning': 'Limit bald erreicht',
  'usageMeter.status.danger': 'Limit fast erreicht',
  'usageMeter.status.reached': 'Limit erreicht',
  'usageMeter.status.over': 'Limit überschritten',
  'usageMeter.valueText': (locale: string, used: string, limit: string, label: string, percent: number, overLimit: boolean) =>
    `${used} von ${limit} ${label}, ${formatNumber(locale, percent)} Prozent${overLimit ? ', Limit überschritten' : ''}`,
  'usageMeter.renews': (_locale: string, date: string) => `Verlängert sich am ${date}`,
  'usageMeter.peak': (_locale: string, value: string) => `Höchstwert ${value}`,
  'usageMeter.peakOn': (_locale: string, value: string, date: string) => `Höchstwert ${value} am ${date}`,
  'usageMeter.analyticsLink': 'Nutzungsanalyse ansehen',
  'state.loading': 'Wird geladen…',
  'state.retry': 'Erneut versuchen',
  'error.unavailable': 'Der Dienst ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  'error.rate_limited': (locale: string, seconds?: number) =>
    seconds
      ? plural(locale, seconds, { one: `Zu viele Anfragen. Noch ${seconds} Sekunde.`, other: `Zu viele Anfragen. Noch ${seconds} Sekunden.` })
      : 'Zu viele Anfragen. Warten Sie einen Moment.',
});

/** German, from the nearest `lang`: the host registered the strings; numbers, bytes and dates follow the locale. */
export const AnotherLocale: Story = {
  name: 'Another locale (German)',
  args: {
    client: clientWith(
      { id: 'requests', used: 21_408, limit: 50_000, unit: 'count', daily: dailyOf(21_408) },
      { id: 'tokens', used: 1_840_000, limit: 2_000_000, unit: 'tokens' },
      { id: 'storage', used: 3_400_000_000, limit: null, unit: 'bytes' },
    ),
  },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

/** Loading: a skeleton with `aria-busy`, here for a request that never answers. */
export const Loading: Story = {
  args: { client: { ...createMemoryAccountClient(), getUsage: () => new Promise<Usage>(() => undefined) } },
};

/** Error: the message for the error code, with Retry; `so-error` fires. */
export const ErrorState: Story = {
  name: 'Error',
  args: { client: createMemoryAccountClient({ latencyMs: 300, failures: { getUsage: 'unavailable' } }) },
};

/** Empty: the backend returned no metrics. */
export const Empty: Story = { args: { client: clientWith() } };

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...Default, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...Default, name: 'Pseudo-locale', decorators: [pseudo] };
