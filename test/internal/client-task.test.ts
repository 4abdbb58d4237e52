import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AccountApiError } from '../../src/client/errors.js';
import { createFakeClient, usageWith } from '../helpers/fake-client.js';
import '../helpers/test-data-element.js';
import type { TestDataElement } from '../helpers/test-data-element.js';

async function settle(el: TestDataElement): Promise<void> {
  await el.data.task.taskComplete.catch(() => undefined);
  await el.updateComplete;
}

function base(el: TestDataElement): HTMLElement {
  return el.shadowRoot!.querySelector('[part="base"]')!;
}

describe('ClientTask (the data controller)', () => {
  it('renders a loading skeleton with aria-busy while the request runs', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
    expect(el.shadowRoot!.textContent).to.contain('Loading…');
    await expect(el).to.be.accessible();
  });

  it('renders the ready state with the loaded data', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    fake.pending[0]!.resolve(usageWith('requests', 'tokens'));
    await settle(el);
    expect(base(el).getAttribute('aria-busy')).to.equal('false');
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['requests', 'tokens']);
    await expect(el).to.be.accessible();
  });

  it('renders the empty state when the data is empty', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    fake.pending[0]!.resolve(usageWith());
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal('Nothing here yet.');
    await expect(el).to.be.accessible();
  });

  it('renders an alert chosen by the error code, fires so-error, and retries', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    const errorEvent = oneEvent(el, 'so-error');
    fake.pending[0]!.reject(new AccountApiError('unavailable', 'upstream said: 503 Service Unavailable', { status: 503 }));
    const { detail } = await errorEvent;
    expect(detail.operation).to.equal('getUsage');
    expect(detail.error.code).to.equal('unavailable');
    await settle(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The service is temporarily unavailable.');
    expect(alert.textContent, 'never the raw message').not.to.contain('upstream');
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await el.updateComplete;
    expect(fake.calls).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
    fake.pending[1]!.resolve(usageWith('storage'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('storage');
  });

  it('says how long to wait when rate limited', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    fake.pending[0]!.reject(new AccountApiError('rate_limited', 'slow down', { status: 429, retryAfterSeconds: 30 }));
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Try again in 30 seconds.');
  });

  it('fires so-auth-expired once per client, however many elements get unauthorized', async () => {
    const fake = createFakeClient();
    const container = await fixture<HTMLDivElement>(html`<div>
      <test-data-element .client=${fake.client}></test-data-element>
      <test-data-element .client=${fake.client}></test-data-element>
    </div>`);
    const expired: Event[] = [];
    const errors: Event[] = [];
    container.addEventListener('so-auth-expired', (event) => expired.push(event));
    container.addEventListener('so-error', (event) => errors.push(event));
    for (const el of container.querySelectorAll('test-data-element')) await el.updateComplete;
    expect(fake.pending).to.have.length(2);
    for (const call of fake.pending) call.reject(new AccountApiError('unauthorized', '', { status: 401 }));
    for (const el of container.querySelectorAll('test-data-element')) await settle(el);
    expect(errors).to.have.length(2);
    expect(expired).to.have.length(1);
    expect(expired[0]!.composed && expired[0]!.bubbles).to.be.true;
  });

  it('aborts the request in flight when disconnected, without reporting an error, and loads again on reconnect', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    const parent = el.parentElement!;
    let errors = 0;
    el.addEventListener('so-error', () => errors++);
    el.remove();
    expect(fake.calls[0]!.signal!.aborted).to.be.true;
    await settle(el);
    expect(errors).to.equal(0);

    parent.append(el);
    await el.updateComplete;
    expect(fake.calls).to.have.length(2);
    fake.pending[1]!.resolve(usageWith('requests'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('requests');
  });

  it('aborts the stale request when its inputs change, and shows only the newest reply', async () => {
    const fake = createFakeClient();
    const el = await fixture<TestDataElement>(html`<test-data-element .client=${fake.client}></test-data-element>`);
    el.filter = 'tok';
    await el.updateComplete;
    expect(fake.calls[0]!.signal!.aborted).to.be.true;
    fake.pending[1]!.resolve(usageWith('tokens', 'requests'));
    await settle(el);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['tokens']);
  });
});
