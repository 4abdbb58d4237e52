import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import '../../src/context/so-account-provider.js';
import type { SoAccountProvider } from '../../src/context/so-account-provider.js';
import type { SoErrorDetail } from '../../src/internal/events.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoUsageMeter } from '../../src/so-usage-meter.js';
import { captureConsole } from '../helpers/console.js';
import { API, setupMockServer } from '../helpers/msw.js';
import {
  base,
  clientFor,
  hangingClient,
  labelOf,
  loaded,
  meterRoles,
  meters,
  metric,
  render,
  shadow,
  textOf,
  usageOf,
} from './so-usage-meter-helpers.js';

const threeMetrics = usageOf(
  metric({ id: 'requests', label: 'Requests', used: 21_408, limit: 50_000, unit: 'count' }),
  metric({ id: 'tokens', label: 'Tokens', used: 1_240_000, limit: 2_000_000, unit: 'tokens' }),
  metric({ id: 'storage', label: 'Storage', used: 3_400_000_000, limit: 10_000_000_000, unit: 'bytes' }),
);

describe('<so-usage-meter> data mode', () => {
  afterEach(() => setDefaultAccountClient(undefined));

  it('shows a loading skeleton with aria-busy while getUsage runs', async () => {
    const el = await fixture<SoUsageMeter>(html`<so-usage-meter .client=${hangingClient()}></so-usage-meter>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    expect(textOf(shadow(el))).to.equal('Loading…');
    expect(meters(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows one labelled meter per metric, with the renewal date, when ready', async () => {
    const client = clientFor(threeMetrics);
    const el = await render(html`<so-usage-meter .client=${client}></so-usage-meter>`);
    expect(client.usageCalls).to.equal(1);
    expect(base(el).getAttribute('aria-busy')).to.equal('false');
    expect(meters(el).map(labelOf)).to.deep.equal(['Requests', 'Tokens', 'Storage']);
    expect(meterRoles(el)).to.have.length(3);
    expect(textOf(meters(el)[0]!)).to.equal('Requests 43% 21,408 of 50,000');
    expect(textOf(shadow(el))).to.contain('Renews May 18, 2026');
    const list = shadow(el).querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Plan usage');
    await expect(el).to.be.accessible();
  });

  it('names known metrics from the catalogue when the data has no label, and unknown ones by id', async () => {
    const el = await render(
      html`<so-usage-meter .client=${clientFor(usageOf(metric({ id: 'requests' }), metric({ id: 'gpu_minutes' })))}></so-usage-meter>`,
    );
    expect(meters(el).map(labelOf)).to.deep.equal(['Requests', 'gpu_minutes']);
  });

  it('shows any other metric the backend returns', async () => {
    const usage = usageOf(metric({ id: 'requests' }), metric({ id: 'agent_runs', label: 'Agent runs', used: 120, limit: 1000 }));
    const el = await render(html`<so-usage-meter .client=${clientFor(usage)}></so-usage-meter>`);
    expect(meters(el).map(labelOf)).to.deep.equal(['Requests', 'Agent runs']);
    expect(textOf(meters(el)[1]!)).to.contain('120 of 1,000');
  });

  it('picks and orders the metrics shown with the metrics attribute', async () => {
    const el = await render(html`<so-usage-meter metrics="storage requests" .client=${clientFor(threeMetrics)}></so-usage-meter>`);
    expect(meters(el).map(labelOf)).to.deep.equal(['Storage', 'Requests']);

    el.metrics = 'tokens';
    await el.updateComplete;
    expect(meters(el).map(labelOf)).to.deep.equal(['Tokens']);
  });

  it('keeps a metric’s meter where it stays and gives another metric a new one, so no bar animates from a different metric', async () => {
    const el = await render(html`<so-usage-meter metrics="requests storage" .client=${clientFor(threeMetrics)}></so-usage-meter>`);
    const [requests, storage] = meters(el);

    el.metrics = 'requests tokens';
    await el.updateComplete;
    const [first, second] = meters(el);
    expect(labelOf(second!)).to.equal('Tokens');
    expect(first).to.equal(requests);
    expect(second).not.to.equal(storage);
  });

  it('shows the empty state when there are no metrics', async () => {
    const el = await render(html`<so-usage-meter .client=${clientFor(usageOf())}></so-usage-meter>`);
    expect(textOf(shadow(el).querySelector('[part="empty"]')!)).to.equal('There is no usage to show yet.');
    expect(meters(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when none of the metrics asked for exist, and warns in development', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await render(html`<so-usage-meter metrics="gpu_minutes" .client=${clientFor(threeMetrics)}></so-usage-meter>`);
      expect(shadow(el).querySelector('[part="empty"]')).to.exist;
      expect(warnings.messages.join('\n')).to.contain('metrics lists gpu_minutes, which getUsage() did not return');
    } finally {
      warnings.restore();
    }
  });

  it('shows an alert chosen by the error code with Retry, fires so-error, and recovers on Retry', async () => {
    const client = clientFor(threeMetrics, { failures: { getUsage: { code: 'unavailable', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await render(
      html`<so-usage-meter .client=${client} @so-error=${(event: CustomEvent<SoErrorDetail>) => errors.push(event.detail)}></so-usage-meter>`,
    );
    expect(errors.map(({ operation, error }) => [operation, error.code])).to.deep.equal([['getUsage', 'unavailable']]);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.contain('The service is temporarily unavailable.');
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await loaded(el);
    expect(client.usageCalls).to.equal(2);
    expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
    expect(meters(el)).to.have.length(3);
  });

  it('refresh() loads the usage again and shows the new numbers', async () => {
    const client = clientFor(usageOf(metric({ used: 100, limit: 1000 })));
    const el = await render(html`<so-usage-meter .client=${client}></so-usage-meter>`);
    expect(textOf(meters(el)[0]!)).to.contain('100 of 1,000');

    const refreshed = el.refresh();
    await el.updateComplete;
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    await refreshed;
    await el.updateComplete;
    expect(client.usageCalls).to.equal(2);
    expect(base(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('loads again from the new client when the client changes', async () => {
    const first = clientFor(usageOf(metric({ id: 'requests' })));
    const second = clientFor(usageOf(metric({ id: 'tokens', unit: 'tokens' })));
    const el = await render(html`<so-usage-meter .client=${first}></so-usage-meter>`);
    expect(meters(el).map(labelOf)).to.deep.equal(['Requests']);

    el.client = second;
    await el.updateComplete;
    await loaded(el);
    expect(second.usageCalls).to.equal(1);
    expect(meters(el).map(labelOf)).to.deep.equal(['Tokens']);
  });

  it('follows a swapped <so-account-provider> client', async () => {
    const first = clientFor(usageOf(metric({ id: 'requests' })));
    const second = clientFor(usageOf(metric({ id: 'storage', unit: 'bytes' })));
    const provider = await fixture<SoAccountProvider>(
      html`<so-account-provider .client=${first}><so-usage-meter></so-usage-meter></so-account-provider>`,
    );
    const el = await loaded(provider.querySelector('so-usage-meter')!);
    expect(meters(el).map(labelOf)).to.deep.equal(['Requests']);
    provider.client = second;
    await provider.updateComplete;
    await el.updateComplete;
    await loaded(el);
    expect(meters(el).map(labelOf)).to.deep.equal(['Storage']);
  });

  it('without any client shows the no-client error and logs it once', async () => {
    const logged = captureConsole('error');
    try {
      const el = await fixture<SoUsageMeter>(html`<so-usage-meter></so-usage-meter>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[role="alert"]')!)).to.contain('No account client configured');
      expect(logged.messages).to.have.length(1);
      expect(logged.messages[0]).to.contain('<so-usage-meter> has no account client');
    } finally {
      logged.restore();
    }
  });

  describe('analytics link', () => {
    const link = (el: SoUsageMeter) => shadow(el).querySelector<HTMLAnchorElement>('[part="analytics-link"]');

    it('links to an https: analytics page', async () => {
      const el = await render(
        html`<so-usage-meter analytics-href="https://app.example/analytics" .client=${clientFor(threeMetrics)}></so-usage-meter>`,
      );
      expect(link(el)!.getAttribute('href')).to.equal('https://app.example/analytics');
      expect(textOf(link(el)!)).to.equal('View usage analytics');
      await expect(el).to.be.accessible();
    });

    it('accepts a relative URL', async () => {
      const el = await render(html`<so-usage-meter analytics-href="/analytics?range=month" .client=${clientFor(threeMetrics)}></so-usage-meter>`);
      expect(link(el)!.getAttribute('href')).to.equal('/analytics?range=month');
    });

    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'http://app.example/analytics']) {
      it(`refuses ${JSON.stringify(href)}: no link, and a development warning`, async () => {
        const warnings = captureConsole('warn');
        try {
          const el = await render(html`<so-usage-meter analytics-href=${href} .client=${clientFor(threeMetrics)}></so-usage-meter>`);
          expect(link(el)).to.be.null;
          expect(shadow(el).querySelector('a')).to.be.null;
          expect(warnings.messages.join('\n')).to.contain('analytics-href must be an https: or relative URL');
        } finally {
          warnings.restore();
        }
      });
    }

    it('drops the link when analytics-href changes to an unsafe URL', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await render(html`<so-usage-meter analytics-href="/analytics" .client=${clientFor(threeMetrics)}></so-usage-meter>`);
        expect(link(el)).to.exist;
        el.analyticsHref = 'javascript:alert(document.cookie)';
        await el.updateComplete;
        expect(link(el)).to.be.null;
      } finally {
        warnings.restore();
      }
    });
  });
});

describe('<so-usage-meter> on the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore({ seed: { usage: threeMetrics } });
    return createAccountHandlers(store, { baseUrl: API });
  });
  afterEach(() => fixtureCleanup());

  it('renders the ready state from GET /usage', async () => {
    const client = createHttpAccountClient({ baseUrl: API });
    const el = await render(html`<so-usage-meter .client=${client}></so-usage-meter>`);
    expect(server.requestsTo('GET', '/usage')).to.have.length(1);
    expect(meters(el).map(labelOf)).to.deep.equal(['Requests', 'Tokens', 'Storage']);
    expect(meterRoles(el)[0]!.getAttribute('aria-valuetext')).to.equal('21,408 of 50,000 requests, 43 percent');
    expect(textOf(shadow(el))).to.contain('Renews May 18, 2026');
    await expect(el).to.be.accessible();
  });

  it('refresh() asks the server again and shows what changed', async () => {
    const client = createHttpAccountClient({ baseUrl: API });
    const el = await render(html`<so-usage-meter metrics="requests" .client=${client}></so-usage-meter>`);
    store.reset({ usage: usageOf(metric({ id: 'requests', used: 47_000, limit: 50_000 })) });
    await el.refresh();
    await el.updateComplete;
    expect(server.requestsTo('GET', '/usage')).to.have.length(2);
    expect(textOf(meters(el)[0]!)).to.contain('47,000 of 50,000');
    expect(textOf(meters(el)[0]!)).to.contain('Limit nearly reached');
  });

  it('shows the error state with Retry when the server fails', async () => {
    const client = createHttpAccountClient({ baseUrl: API, retry: { attempts: 1 } });
    const { http, HttpResponse } = await import('msw');
    server.worker.use(
      http.get(`${API}/usage`, () => HttpResponse.json({ error: { code: 'unavailable', message: 'down' } }, { status: 503 }), { once: true }),
    );
    const el = await render(html`<so-usage-meter .client=${client}></so-usage-meter>`);
    expect(textOf(shadow(el).querySelector('[role="alert"]')!)).to.contain('temporarily unavailable');
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await el.updateComplete;
    await loaded(el);
    expect(meters(el)).to.have.length(3);
  });
});
