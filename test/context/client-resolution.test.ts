import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/context/so-account-provider.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import type { SoAccountProvider } from '../../src/context/so-account-provider.js';
import { createFakeClient, usageWith } from '../helpers/fake-client.js';
import { captureConsole } from '../helpers/console.js';
import '../helpers/test-data-element.js';
import type { TestDataElement } from '../helpers/test-data-element.js';

function text(el: TestDataElement): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('client resolution', () => {
  afterEach(() => {
    fixtureCleanup();
    setDefaultAccountClient(undefined);
  });

  it('uses the element’s own client property first', async () => {
    const own = createFakeClient();
    const provided = createFakeClient();
    const fallback = createFakeClient();
    setDefaultAccountClient(fallback.client);
    const provider = await fixture<SoAccountProvider>(
      html`<so-account-provider .client=${provided.client}
        ><test-data-element .client=${own.client}></test-data-element
      ></so-account-provider>`,
    );
    expect(provider.querySelector('test-data-element')).to.exist;
    expect(own.calls.map((c) => c.operation)).to.deep.equal(['getUsage']);
    expect(provided.calls).to.have.length(0);
    expect(fallback.calls).to.have.length(0);
  });

  it('uses the nearest provider when the element has none, and re-renders when it is swapped', async () => {
    const first = createFakeClient();
    const second = createFakeClient();
    const provider = await fixture<SoAccountProvider>(
      html`<so-account-provider .client=${first.client}><test-data-element></test-data-element></so-account-provider>`,
    );
    const el = provider.querySelector('test-data-element')!;
    first.pending[0]!.resolve(usageWith('requests'));
    await el.data.task.taskComplete;
    await el.updateComplete;
    expect(text(el)).to.equal('requests');

    provider.client = second.client;
    await provider.updateComplete;
    await el.updateComplete;
    expect(second.calls.map((c) => c.operation)).to.deep.equal(['getUsage']);
    second.pending[0]!.resolve(usageWith('tokens'));
    await el.data.task.taskComplete;
    await el.updateComplete;
    expect(text(el)).to.equal('tokens');
  });

  it('keeps a client set on a provider before it was upgraded, and its children never lack one', async () => {
    const { client, calls } = createFakeClient();
    // Made in a document with no custom element registry: not upgraded until it joins this one.
    const inert = document.implementation.createHTMLDocument('').createElement('so-account-provider') as SoAccountProvider;
    inert.client = client;
    inert.append(document.createElement('test-data-element'));
    const errors = captureConsole('error');
    try {
      const host = await fixture(html`<div></div>`);
      const provider = host.appendChild(document.adoptNode(inert));
      const el = provider.querySelector('test-data-element') as TestDataElement;
      await el.updateComplete;
      expect(provider).to.be.instanceOf(customElements.get('so-account-provider')!);
      expect(provider.client).to.equal(client);
      expect(calls.map((c) => c.operation)).to.deep.equal(['getUsage']);
      expect(errors.messages).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('falls back to the module default, and follows it when it changes', async () => {
    const first = createFakeClient();
    setDefaultAccountClient(first.client);
    const el = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
    expect(first.calls).to.have.length(1);

    const second = createFakeClient();
    setDefaultAccountClient(second.client);
    await el.updateComplete;
    expect(second.calls).to.have.length(1);
    expect(first.calls[0]!.signal!.aborted, 'the stale request is aborted').to.be.true;
  });

  it('without any client shows a clear error and logs one console error saying how to fix it', async () => {
    const logged = captureConsole('error');
    try {
      const el = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
      el.requestUpdate();
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('No account client configured');
      expect(alert.textContent).to.contain('setDefaultAccountClient');
      expect(logged.messages, logged.messages.join('\n')).to.have.length(1);
      expect(logged.messages[0]).to.contain('<test-data-element> has no account client');
      await expect(el).to.be.accessible();
    } finally {
      logged.restore();
    }
  });

  it('leaves the no-client state once a default client is set', async () => {
    const logged = captureConsole('error');
    const el = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
    logged.restore();
    const fake = createFakeClient();
    setDefaultAccountClient(fake.client);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
    expect(fake.calls).to.have.length(1);
  });
});
