import { expect, fixture, html } from '@open-wc/testing';
import type { SoUsageMeter } from '../../src/so-usage-meter.js';
import { captureConsole } from '../helpers/console.js';
import {
  clientFor,
  loaded,
  meterRoles,
  meters,
  metric,
  nameOf,
  recordThresholdEvents,
  render,
  statusOf,
  textOf,
  usageOf,
} from './so-usage-meter-helpers.js';

const states = (el: SoUsageMeter) => ['warning', 'danger', 'over-limit'].filter((state) => el.matches(`:state(${state})`));
const percentOf = (meter: HTMLElement) => textOf(meter.querySelector('.percent')!);
const fillOf = (meter: HTMLElement) => meter.querySelector<HTMLElement>('[part="fill"]')!;

/** One requests metric with `used` of 50,000. */
const renderUsed = (used: number) => render(html`<so-usage-meter .client=${clientFor(usageOf(metric({ used, limit: 50_000 })))}></so-usage-meter>`);

describe('<so-usage-meter> thresholds', () => {
  const cases = [
    { name: '74.99 %', used: 37_495, percent: '74%', status: null, states: [] },
    { name: '75 % exactly', used: 37_500, percent: '75%', status: 'Approaching limit', states: ['warning'] },
    { name: '89.99 %', used: 44_995, percent: '89%', status: 'Approaching limit', states: ['warning'] },
    { name: '90 % exactly', used: 45_000, percent: '90%', status: 'Limit nearly reached', states: ['danger'] },
    { name: '100 %', used: 50_000, percent: '100%', status: 'Limit reached', states: ['danger'] },
    { name: '140 %', used: 70_000, percent: '140%', status: 'Over limit', states: ['danger', 'over-limit'] },
  ];
  for (const expected of cases) {
    it(`at ${expected.name}: ${expected.status ?? 'normal'}, in words and in :state()`, async () => {
      const el = await renderUsed(expected.used);
      const [meter] = meters(el);
      expect(percentOf(meter!)).to.equal(expected.percent);
      expect(statusOf(meter!)).to.equal(expected.status);
      expect(states(el)).to.deep.equal(expected.states);
      await expect(el).to.be.accessible();
    });
  }

  it('never rounds the percentage up to a threshold or 100 % it has not reached', async () => {
    expect(percentOf(meters(await renderUsed(49_800))[0]!), '99.6 %').to.equal('99%');
    expect(percentOf(meters(await renderUsed(21_408))[0]!), '42.8 % rounds normally').to.equal('43%');
  });

  it('fills the bar in proportion, and fully when over the limit while stating the overage', async () => {
    expect(fillOf(meters(await renderUsed(25_000))[0]!).style.inlineSize).to.equal('50%');
    const over = meters(await renderUsed(70_000))[0]!;
    expect(fillOf(over).style.inlineSize).to.equal('100%');
    expect(textOf(over)).to.contain('70,000 of 50,000');
    expect(textOf(over)).to.contain('20,000 over the limit');
  });

  it('uses custom thresholds from warning-at and danger-at, boundaries included', async () => {
    const at = async (used: number) => {
      const el = await render(
        html`<so-usage-meter warning-at="0.5" danger-at="0.8" .client=${clientFor(usageOf(metric({ used, limit: 1000 })))}></so-usage-meter>`,
      );
      return { status: statusOf(meters(el)[0]!), states: states(el) };
    };
    expect(await at(499)).to.deep.equal({ status: null, states: [] });
    expect(await at(500)).to.deep.equal({ status: 'Approaching limit', states: ['warning'] });
    expect(await at(799)).to.deep.equal({ status: 'Approaching limit', states: ['warning'] });
    expect(await at(800)).to.deep.equal({ status: 'Limit nearly reached', states: ['danger'] });
  });

  it('re-evaluates when the thresholds change after loading', async () => {
    const el = await renderUsed(30_000); // 60 %
    expect(states(el)).to.deep.equal([]);
    el.warningAt = 0.6;
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['warning']);
    el.dangerAt = 0.6;
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['danger']);
  });

  it('takes the worst metric for the element’s custom states', async () => {
    const usage = usageOf(
      metric({ id: 'requests', used: 10, limit: 100 }),
      metric({ id: 'tokens', used: 80, limit: 100, unit: 'tokens' }),
      metric({ id: 'storage', used: 120, limit: 100, unit: 'bytes' }),
    );
    const el = await render(html`<so-usage-meter .client=${clientFor(usage)}></so-usage-meter>`);
    expect(states(el)).to.deep.equal(['warning', 'danger', 'over-limit']);
    expect(meters(el).map((meter) => meter.dataset['level'])).to.deep.equal(['normal', 'warning', 'danger']);
    el.metrics = 'requests';
    await el.updateComplete;
    expect(states(el)).to.deep.equal([]);
  });

  it('colours each level with its token, set on any ancestor, falling back to the global colours', async () => {
    const usage = usageOf(
      metric({ id: 'requests', used: 10, limit: 100 }),
      metric({ id: 'tokens', used: 80, limit: 100, unit: 'tokens' }),
      metric({ id: 'storage', used: 95, limit: 100, unit: 'bytes' }),
    );
    const fills = (el: SoUsageMeter) => meters(el).map((meter) => getComputedStyle(fillOf(meter)).backgroundColor);

    const themed = await fixture<HTMLDivElement>(html`<div
      style="--so-usage-meter-fill: rgb(1, 2, 3); --so-usage-meter-warning: rgb(4, 5, 6); --so-usage-meter-danger: rgb(7, 8, 9)"
    >
      <so-usage-meter .client=${clientFor(usage)}></so-usage-meter>
    </div>`);
    expect(fills(await loaded(themed.querySelector('so-usage-meter')!))).to.deep.equal(['rgb(1, 2, 3)', 'rgb(4, 5, 6)', 'rgb(7, 8, 9)']);

    const global = await fixture<HTMLDivElement>(html`<div
      style="--so-color-brand: rgb(11, 12, 13); --so-color-warning: rgb(14, 15, 16); --so-color-danger: rgb(17, 18, 19)"
    >
      <so-usage-meter .client=${clientFor(usage)}></so-usage-meter>
    </div>`);
    expect(fills(await loaded(global.querySelector('so-usage-meter')!))).to.deep.equal(['rgb(11, 12, 13)', 'rgb(14, 15, 16)', 'rgb(17, 18, 19)']);
  });

  describe('development warnings for bad thresholds', () => {
    const warnedWith = async (attributes: { warningAt?: string; dangerAt?: string }, used: number) => {
      const warnings = captureConsole('warn');
      try {
        const el = await render(
          html`<so-usage-meter
            warning-at=${attributes.warningAt ?? '0.75'}
            danger-at=${attributes.dangerAt ?? '0.9'}
            .client=${clientFor(usageOf(metric({ used, limit: 100 })))}
          ></so-usage-meter>`,
        );
        return { warnings: warnings.messages.join('\n'), status: statusOf(meters(el)[0]!) };
      } finally {
        warnings.restore();
      }
    };

    it('warns about a percentage given for a ratio and uses the default', async () => {
      const { warnings, status } = await warnedWith({ warningAt: '75' }, 76);
      expect(warnings).to.contain('warning-at must be a ratio above 0 and at most 1');
      expect(status, 'the default 0.75 applies').to.equal('Approaching limit');
    });

    it('warns about a value that is not a number and uses the default', async () => {
      const { warnings, status } = await warnedWith({ dangerAt: 'high' }, 90);
      expect(warnings).to.contain('danger-at must be a ratio above 0 and at most 1');
      expect(status, 'the default 0.9 applies').to.equal('Limit nearly reached');
    });

    it('warns when warning-at is above danger-at and uses danger-at for both', async () => {
      const { warnings, status } = await warnedWith({ warningAt: '0.8', dangerAt: '0.6' }, 70);
      expect(warnings).to.contain('warning-at (0.8) is above danger-at (0.6)');
      expect(status).to.equal('Limit nearly reached');
    });

    it('stays quiet for good thresholds', async () => {
      const { warnings } = await warnedWith({ warningAt: '0.5', dangerAt: '1' }, 10);
      expect(warnings).to.equal('');
    });
  });
});

describe('<so-usage-meter> ARIA', () => {
  it('is a meter named by its label with min, max, now and a spoken value', async () => {
    const el = await renderUsed(21_408);
    const [meter] = meterRoles(el);
    expect(nameOf(meter!)).to.equal('Requests');
    expect(meter!.getAttribute('aria-valuemin')).to.equal('0');
    expect(meter!.getAttribute('aria-valuemax')).to.equal('50000');
    expect(meter!.getAttribute('aria-valuenow')).to.equal('21408');
    expect(meter!.getAttribute('aria-valuetext')).to.equal('21,408 of 50,000 requests, 43 percent');
  });

  it('says tokens in words and bytes in units', async () => {
    const usage = usageOf(
      metric({ id: 'tokens', label: 'Tokens', used: 1_240_000, limit: 2_000_000, unit: 'tokens' }),
      metric({ id: 'storage', label: 'Storage', used: 3_400_000_000, limit: 10_000_000_000, unit: 'bytes' }),
    );
    const el = await render(html`<so-usage-meter .client=${clientFor(usage)}></so-usage-meter>`);
    expect(meterRoles(el).map((meter) => meter.getAttribute('aria-valuetext'))).to.deep.equal([
      '1.2 million of 2 million tokens, 62 percent',
      '3.4 GB of 10 GB storage, 34 percent',
    ]);
  });

  it('keeps aria-valuenow within the range when over the limit and says so in the value text', async () => {
    const [meter] = meterRoles(await renderUsed(70_000));
    expect(meter!.getAttribute('aria-valuenow')).to.equal('50000');
    expect(meter!.getAttribute('aria-valuetext')).to.equal('70,000 of 50,000 requests, 140 percent, over limit');
  });

  it('keeps the capitals of a label such as "API calls" in the value text', async () => {
    const el = await render(html`<so-usage-meter .client=${clientFor(usageOf(metric({ id: 'api', label: 'API calls', used: 1, limit: 4 })))}></so-usage-meter>`);
    expect(meterRoles(el)[0]!.getAttribute('aria-valuetext')).to.equal('1 of 4 API calls, 25 percent');
  });
});

describe('so-usage-threshold-crossed', () => {
  const mixed = () =>
    usageOf(
      metric({ id: 'requests', used: 21_408, limit: 50_000 }),
      metric({ id: 'tokens', used: 1_600_000, limit: 2_000_000, unit: 'tokens' }),
      metric({ id: 'storage', used: 12, limit: 10, unit: 'bytes' }),
      metric({ id: 'seats', used: 99, limit: null }),
      metric({ id: 'broken', used: 'lots', limit: 10 }),
    );

  async function setup(usage = mixed()) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordThresholdEvents(container);
    const bubbling: boolean[] = [];
    container.addEventListener('so-usage-threshold-crossed', (event) => bubbling.push(event.bubbles && event.composed));
    const el = document.createElement('so-usage-meter');
    el.client = clientFor(usage);
    container.append(el);
    await loaded(el);
    return { el, events, bubbling };
  }

  it('fires once per metric at or past a threshold, with its level, and bubbles out of the shadow root', async () => {
    const { events, bubbling } = await setup();
    expect(events).to.deep.equal([
      { metric: 'tokens', level: 'warning', used: 1_600_000, limit: 2_000_000, ratio: 0.8, overLimit: false },
      { metric: 'storage', level: 'danger', used: 12, limit: 10, ratio: 1.2, overLimit: true },
    ]);
    expect(bubbling).to.deep.equal([true, true]);
  });

  it('does not fire again on re-render, only after the next load', async () => {
    const { el, events } = await setup();
    el.requestUpdate();
    await el.updateComplete;
    el.analyticsHref = '/analytics';
    await el.updateComplete;
    expect(events).to.have.length(2);

    await el.refresh();
    await el.updateComplete;
    expect(events.map(({ metric, level }) => `${metric}:${level}`)).to.deep.equal([
      'tokens:warning',
      'storage:danger',
      'tokens:warning',
      'storage:danger',
    ]);
  });

  it('fires for a level newly reached in the same data when the thresholds change, once', async () => {
    const { el, events } = await setup();
    el.warningAt = 0.4;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(events.map(({ metric, level }) => `${metric}:${level}`)).to.deep.equal(['tokens:warning', 'storage:danger', 'requests:warning']);
  });

  it('fires for metrics at normal levels not at all', async () => {
    const { events } = await setup(usageOf(metric({ used: 1, limit: 100 })));
    expect(events).to.deep.equal([]);
  });

  it('fires for a metric with a limit of 0 that was used', async () => {
    const { events } = await setup(usageOf(metric({ id: 'gpu', used: 5, limit: 0 })));
    expect(events).to.deep.equal([{ metric: 'gpu', level: 'danger', used: 5, limit: 0, ratio: null, overLimit: true }]);
  });

  it('fires only for the metrics shown', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordThresholdEvents(container);
    const el = document.createElement('so-usage-meter');
    el.metrics = 'requests storage';
    el.client = clientFor(mixed());
    container.append(el);
    await loaded(el);
    expect(events.map(({ metric }) => metric)).to.deep.equal(['storage']);
  });
});
