import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/context/so-account-provider.js';
import './demo-usage-list.js';

/** A client whose every call stays pending, to hold the loading state still. */
const pendingClient = new Proxy({} as AccountClient, {
  get: (_target, name) => (typeof name === 'string' && /^[a-z]/.test(name) && name !== 'then' ? () => new Promise(() => {}) : undefined),
});

const meta: Meta = {
  title: 'Foundation/Data states',
  parameters: {
    docs: {
      description: {
        component:
          'Every settings element loads through the shared `ClientTask` and shows these states. The element here is a catalogue-only demo that lists usage metric ids.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Ready: Story = {
  render: () => html`<demo-usage-list .client=${createMemoryAccountClient()}></demo-usage-list>`,
};

export const Loading: Story = {
  render: () => html`<demo-usage-list .client=${pendingClient}></demo-usage-list>`,
};

export const Empty: Story = {
  render: () => {
    const client = createMemoryAccountClient({
      seed: { usage: { periodStart: '2026-11-01T00:00:00Z', periodEnd: '2026-12-01T00:00:00Z', metrics: [] } },
    });
    return html`<demo-usage-list .client=${client}></demo-usage-list>`;
  },
};

export const ErrorWithRetry: Story = {
  name: 'Error, Retry succeeds',
  render: () => {
    const client = createMemoryAccountClient({ failures: { getUsage: { code: 'unavailable', once: true } } });
    return html`<demo-usage-list .client=${client}></demo-usage-list>`;
  },
};

export const RateLimited: Story = {
  render: () => {
    const client = createMemoryAccountClient({ failures: { getUsage: { code: 'rate_limited', retryAfterSeconds: 30 } } });
    return html`<demo-usage-list .client=${client}></demo-usage-list>`;
  },
};

export const SessionExpired: Story = {
  render: () => {
    const client = createMemoryAccountClient({ failures: { getUsage: 'unauthorized' } });
    return html`<demo-usage-list .client=${client}></demo-usage-list>`;
  },
};

export const Offline: Story = {
  render: () => {
    const client = createMemoryAccountClient({ failures: { getUsage: 'network' } });
    return html`<demo-usage-list .client=${client}></demo-usage-list>`;
  },
};

export const FromAProvider: Story = {
  name: 'Client from <so-account-provider>',
  render: () => html`<so-account-provider .client=${createMemoryAccountClient({ latencyMs: 400 })}>
    <demo-usage-list></demo-usage-list>
    <demo-usage-list></demo-usage-list>
  </so-account-provider>`,
};
