import { expect, fixture, html } from '@open-wc/testing';
import type { UsageMetric } from '../../src/client/types.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import type { SoUsageMeter } from '../../src/so-usage-meter.js';
import { captureConsole } from '../helpers/console.js';
import {
  clientFor,
  loaded,
  meterRoles,
  meters,
  metric,
  recordThresholdEvents,
  render,
  shadow,
  statusOf,
  textOf,
  usageOf,
} from './so-usage-meter-helpers.js';

const states = (el: SoUsageMeter) => ['warning', 'danger', 'over-limit'].filter((state) => el.matches(`:state(${state})`));
const figuresOf = (meter: HTMLElement) => textOf(meter.querySelector('.figures')!);

/** Renders the given metrics in data mode and returns the element and its meters. */
async function renderMetrics(...metrics: UsageMetric[]) {
  const el = await render(html`<so-usage-meter .client=${clientFor(usageOf(...metrics))}></so-usage-meter>`);
  return { el, meters: meters(el) };
}

describe('<so-usage-meter> formatting by unit', () => {
  it('groups counts as whole numbers', async () => {
    const { meters } = await renderMetrics(metric({ used: 21_408, limit: 50_000 }), metric({ id: 'x', used: 1_234.6, limit: 1_000_000 }));
    expect(figuresOf(meters[0]!)).to.equal('21,408 of 50,000');
    expect(figuresOf(meters[1]!)).to.equal('1,235 of 1,000,000');
  });

  it('writes tokens compactly', async () => {
    const { meters } = await renderMetrics(metric({ id: 'tokens', used: 1_240_000, limit: 2_000_000, unit: 'tokens' }));
    expect(figuresOf(meters[0]!)).to.equal('1.2M of 2M');
  });

  it('writes bytes in the largest fitting unit', async () => {
    const { meters } = await renderMetrics(
      metric({ id: 'storage', used: 3_400_000_000, limit: 10_000_000_000, unit: 'bytes' }),
      metric({ id: 'files', used: 1_500_000, limit: 500_000_000, unit: 'bytes' }),
    );
    expect(figuresOf(meters[0]!)).to.equal('3.4 GB of 10 GB');
    expect(figuresOf(meters[1]!)).to.equal('1.5 MB of 500 MB');
  });

  it('formats as the nearest lang asks, with the registered translation', async () => {
    registerTranslation('de', {
      'usageMeter.usedOfLimit': (_locale: string, used: string, limit: string) => `${used} von ${limit}`,
      'usageMeter.renews': (_locale: string, date: string) => `Verlängert sich am ${date}`,
      'usageMeter.metric.requests': 'Anfragen',
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <so-usage-meter .client=${clientFor(usageOf(metric({ id: 'requests', used: 21_408, limit: 50_000 })))}></so-usage-meter>
    </div>`);
    const el = await loaded(wrapper.querySelector('so-usage-meter')!);
    expect(textOf(meters(el)[0]!)).to.equal('Anfragen 43 % 21.408 von 50.000');
    expect(textOf(shadow(el))).to.contain('Verlängert sich am 18. Mai 2026');
  });
});

describe('<so-usage-meter> edge cases', () => {
  it('shows an unlimited plan without a bar: usage and "Unlimited"', async () => {
    const { el, meters } = await renderMetrics(metric({ used: 21_408, limit: null }));
    expect(figuresOf(meters[0]!)).to.equal('21,408 used Unlimited');
    expect(meters[0]!.querySelector('[part="track"]')).to.be.null;
    expect(meters[0]!.querySelector('.percent')).to.be.null;
    expect(statusOf(meters[0]!)).to.be.null;
    expect(states(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a limit of 0 as not included, and any use of it as over the limit', async () => {
    const { el, meters } = await renderMetrics(metric({ id: 'a', used: 0, limit: 0 }), metric({ id: 'b', used: 5, limit: 0 }));
    expect(figuresOf(meters[0]!)).to.equal('0 used Not included in your plan');
    expect(statusOf(meters[0]!)).to.be.null;
    expect(figuresOf(meters[1]!)).to.equal('5 used Not included in your plan 5 over the limit');
    expect(statusOf(meters[1]!)).to.equal('Over limit');
    expect(meters[1]!.querySelector<HTMLElement>('[part="fill"]')!.style.inlineSize).to.equal('100%');
    expect(meterRoles(el), 'no range to measure: no role="meter"').to.have.length(0);
    expect(textOf(shadow(el))).not.to.match(/NaN|Infinity|%/);
    expect(states(el)).to.deep.equal(['danger', 'over-limit']);
    await expect(el).to.be.accessible();
  });

  const badUsed: [string, unknown][] = [
    ['missing', undefined],
    ['negative', -5],
    ['a string', '21408'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['null', null],
  ];
  for (const [name, used] of badUsed) {
    it(`shows usage that is ${name} as unavailable, never NaN`, async () => {
      const { el, meters } = await renderMetrics(metric({ used, limit: 50_000, daily: [1, 2, 3] }));
      expect(figuresOf(meters[0]!)).to.equal('Usage data unavailable');
      expect(meters[0]!.querySelector('[part="track"]')).to.be.null;
      expect(meters[0]!.querySelector('[part="sparkline"]')).to.be.null;
      expect(textOf(shadow(el))).not.to.match(/NaN|undefined|Infinity|null/);
      await expect(el).to.be.accessible();
    });
  }

  const badLimits: [string, unknown][] = [
    ['missing', undefined],
    ['negative', -1],
    ['a string', 'lots'],
    ['NaN', Number.NaN],
  ];
  for (const [name, limit] of badLimits) {
    it(`shows a limit that is ${name} as unavailable, with the usage`, async () => {
      const { el, meters } = await renderMetrics(metric({ used: 21_408, limit }));
      expect(figuresOf(meters[0]!)).to.equal('21,408 used Limit unavailable');
      expect(meterRoles(el)).to.have.length(0);
      expect(textOf(shadow(el))).not.to.match(/NaN|undefined/);
    });
  }

  it('skips entries that are not metrics, and reads an unknown unit as a count', async () => {
    const usage = usageOf(null as unknown as UsageMetric, 'requests' as unknown as UsageMetric, metric({ id: 'x', unit: 'parsecs', used: 1500, limit: 2000 }));
    const el = await render(html`<so-usage-meter .client=${clientFor(usage)}></so-usage-meter>`);
    expect(meters(el)).to.have.length(1);
    expect(figuresOf(meters(el)[0]!)).to.equal('1,500 of 2,000');
  });

  it('shows the empty state when metrics is not a list, and leaves out a renewal date it cannot read', async () => {
    const usage = { periodStart: 'soon', periodEnd: 'later', metrics: 'many' } as unknown as ReturnType<typeof usageOf>;
    const el = await render(html`<so-usage-meter .client=${clientFor(usage)}></so-usage-meter>`);
    expect(shadow(el).querySelector('[part="empty"]')).to.exist;

    const noDates = { periodStart: 'soon', periodEnd: 'later', metrics: [metric()] } as unknown as ReturnType<typeof usageOf>;
    const other = await render(html`<so-usage-meter .client=${clientFor(noDates)}></so-usage-meter>`);
    expect(textOf(shadow(other))).not.to.match(/Renews|Invalid/);
  });
});

describe('<so-usage-meter> trend', () => {
  const sparkline = (meter: HTMLElement) => meter.querySelector<SVGSVGElement>('[part="sparkline"]');

  it('draws a sparkline of the period with a text summary of its peak', async () => {
    const { el, meters } = await renderMetrics(metric({ daily: [1_000, 1_500, 2_310, 800, 2_310] }));
    const svg = sparkline(meters[0]!)!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const path = svg.querySelector('path')!.getAttribute('d')!;
    expect(path.match(/[ML]/g)).to.deep.equal(['M', 'L', 'L', 'L', 'L']);
    expect(path.startsWith('M0 ')).to.equal(true);
    expect(textOf(meters[0]!.querySelector('.trend-summary')!), 'the first peak, dated from the period start').to.equal('Peak 2,310 on May 3');
    await expect(el).to.be.accessible();
  });

  it('formats the peak for the unit', async () => {
    const { meters } = await renderMetrics(metric({ id: 'tokens', unit: 'tokens', used: 1_240_000, limit: 2_000_000, daily: [10, 1_200_000] }));
    expect(textOf(meters[0]!.querySelector('.trend-summary')!)).to.equal('Peak 1.2M on May 2');
  });

  it('breaks the line at bad days instead of drawing them as zero', async () => {
    const { meters } = await renderMetrics(metric({ daily: [5, 6, null, 'x', 7, 8, -1, 9] }));
    const path = sparkline(meters[0]!)!.querySelector('path')!.getAttribute('d')!;
    expect(path.match(/[ML]|h0/g)).to.deep.equal(['M', 'L', 'M', 'L', 'M', 'h0']);
    expect(textOf(meters[0]!.querySelector('.trend-summary')!)).to.equal('Peak 9 on May 8');
  });

  it('draws no trend without at least two good daily values', async () => {
    const { meters } = await renderMetrics(metric({ id: 'a', daily: [5] }), metric({ id: 'b', daily: ['x', null, 3] }), metric({ id: 'c' }));
    for (const meter of meters) {
      expect(sparkline(meter)).to.be.null;
      expect(meter.querySelector('.trend-summary')).to.be.null;
    }
  });
});

describe('<so-usage-meter> presentational mode', () => {
  it('renders one meter from value, max, label and unit with no client, no error and nothing logged', async () => {
    const errors = captureConsole('error');
    try {
      const el = await fixture<SoUsageMeter>(html`<so-usage-meter value="21408" max="50000" label="Requests"></so-usage-meter>`);
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
      expect(shadow(el).querySelector('[part="skeleton"]')).to.be.null;
      expect(errors.messages).to.deep.equal([]);
      expect(el.presentational).to.equal(true);
      const [meter] = meterRoles(el);
      expect(meter!.getAttribute('aria-valuetext')).to.equal('21,408 of 50,000 requests, 43 percent');
      expect(textOf(meters(el)[0]!)).to.equal('Requests 43% 21,408 of 50,000');
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('never calls a client it could find', async () => {
    const client = clientFor(usageOf(metric()));
    const el = await fixture<SoUsageMeter>(html`<so-usage-meter value="5" max="10" label="Seats" .client=${client}></so-usage-meter>`);
    await el.refresh();
    await el.updateComplete;
    expect(client.usageCalls).to.equal(0);
    expect(textOf(meters(el)[0]!)).to.contain('5 of 10');
  });

  it('formats value and max for the unit, and shows thresholds and states', async () => {
    const el = await fixture<SoUsageMeter>(
      html`<so-usage-meter value="9500000000" max="10000000000" label="Storage" unit="bytes"></so-usage-meter>`,
    );
    expect(textOf(meters(el)[0]!)).to.equal('Storage 95% 9.5 GB of 10 GB Limit nearly reached');
    expect(states(el)).to.deep.equal(['danger']);
    el.value = 11_000_000_000;
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['danger', 'over-limit']);
    expect(statusOf(meters(el)[0]!)).to.equal('Over limit');
  });

  it('is unlimited without max', async () => {
    const el = await fixture<SoUsageMeter>(html`<so-usage-meter value="1240000" unit="tokens" label="Tokens"></so-usage-meter>`);
    expect(textOf(meters(el)[0]!)).to.equal('Tokens 1.2M used Unlimited');
  });

  it('draws the daily property as a sparkline, summarised without a date', async () => {
    const el = await fixture<SoUsageMeter>(html`<so-usage-meter value="20" max="100" label="Runs" .daily=${[3, 9, 8]}></so-usage-meter>`);
    expect(meters(el)[0]!.querySelector('[part="sparkline"]')).to.exist;
    expect(textOf(meters(el)[0]!.querySelector('.trend-summary')!)).to.equal('Peak 9');
  });

  it('shows the analytics link too', async () => {
    const el = await fixture<SoUsageMeter>(html`<so-usage-meter value="1" max="2" label="Runs" analytics-href="/usage"></so-usage-meter>`);
    expect(shadow(el).querySelector('[part="analytics-link"]')!.getAttribute('href')).to.equal('/usage');
  });

  it('fires no threshold event: the host owns the numbers', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordThresholdEvents(container);
    const el = document.createElement('so-usage-meter');
    Object.assign(el, { value: 99, max: 100, label: 'Runs' });
    container.append(el);
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['danger']);
    expect(events).to.deep.equal([]);
  });

  it('switches to data mode when value is removed, and back without a pending request', async () => {
    const client = clientFor(usageOf(metric({ id: 'tokens', unit: 'tokens' })));
    const el = await fixture<SoUsageMeter>(html`<so-usage-meter value="1" max="2" label="Runs" .client=${client}></so-usage-meter>`);
    expect(client.usageCalls).to.equal(0);
    el.removeAttribute('value');
    await loaded(el);
    expect(el.presentational).to.equal(false);
    expect(client.usageCalls).to.equal(1);
    expect(textOf(meters(el)[0]!)).to.contain('Tokens');

    el.setAttribute('value', '3');
    await el.updateComplete;
    expect(textOf(meters(el)[0]!)).to.contain('3 of 2');
    expect(client.usageCalls).to.equal(1);
  });

  describe('development warnings', () => {
    async function warningsFor(template: ReturnType<typeof html>) {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture<SoUsageMeter>(template);
        await el.updateComplete;
        return { el, warnings: warnings.messages.join('\n') };
      } finally {
        warnings.restore();
      }
    }

    it('warns about a value that is not a number and shows it as unavailable', async () => {
      const { el, warnings } = await warningsFor(html`<so-usage-meter value="lots" max="10" label="Runs"></so-usage-meter>`);
      expect(warnings).to.contain('value is not a number');
      expect(textOf(meters(el)[0]!)).to.equal('Runs Usage data unavailable');
    });

    it('warns about a negative or junk max and shows the limit as unavailable', async () => {
      for (const max of ['-5', 'ten']) {
        const { el, warnings } = await warningsFor(html`<so-usage-meter value="3" max=${max} label="Runs"></so-usage-meter>`);
        expect(warnings).to.contain('max must be a number ≥ 0');
        expect(textOf(meters(el)[0]!)).to.equal('Runs 3 used Limit unavailable');
      }
    });

    it('warns about an unknown unit and counts', async () => {
      const { el, warnings } = await warningsFor(html`<so-usage-meter value="1500" max="2000" label="Runs" unit="percent"></so-usage-meter>`);
      expect(warnings).to.contain('unit "percent" is not one of count, tokens, bytes');
      expect(textOf(meters(el)[0]!)).to.contain('1,500 of 2,000');
    });

    it('warns about a missing label and names the meter "Usage"', async () => {
      const { el, warnings } = await warningsFor(html`<so-usage-meter value="1" max="2"></so-usage-meter>`);
      expect(warnings).to.contain('has a value but no label');
      const [meter] = meterRoles(el);
      expect(meter!.getAttribute('aria-labelledby')).to.exist;
      expect(textOf(meters(el)[0]!.querySelector('[part="label"]')!)).to.equal('Usage');
      await expect(el).to.be.accessible();
    });

    it('stays quiet when used correctly', async () => {
      const { warnings } = await warningsFor(html`<so-usage-meter value="1" max="2" label="Runs" unit="bytes" analytics-href="/a"></so-usage-meter>`);
      expect(warnings).to.equal('');
    });
  });
});
