import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import * as stories from '../../stories/elements/so-usage-meter.stories.js';
import { captureConsole } from '../helpers/console.js';

type Render = () => TemplateResult;
type Story = {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  decorators?: ((story: Render, context: unknown) => TemplateResult)[];
};
const { default: meta, ...named } = stories as unknown as { default: Story } & Record<string, Story>;

/** What each story must show once it has settled. */
const EXPECTED: Record<string, string> = {
  Default: 'Requests',
  Normal: 'Requests 43% 21,408 of 50,000',
  Warning75: '75% 37,500 of 50,000 Approaching limit',
  Warning89: '89% 44,600 of 50,000 Approaching limit',
  Danger90: '90% 45,000 of 50,000 Limit nearly reached',
  AtLimit: '100% 50,000 of 50,000 Limit reached',
  OverLimit: '140% 70,000 of 50,000 20,000 over the limit Over limit',
  Unlimited: '21,408 used Unlimited',
  LimitZero: 'Fine-tuning tokens 12K used Not included in your plan 12K over the limit Over limit',
  BadData: 'Requests Usage data unavailable',
  Presentational: 'Storage 78% 7.8 GB of 10 GB Approaching limit',
  WithSparkline: 'Peak',
  PickedAndCustomThresholds: 'Storage',
  DarkTheme: 'Agent runs',
  AnotherLocale: 'Anfragen 43 % 21.408 von 50.000',
  Loading: 'Loading…',
  ErrorState: 'The service is temporarily unavailable.',
  Empty: 'There is no usage to show yet.',
};

/** The text a user reads, through shadow roots, whitespace collapsed. */
function deepText(node: Node): string {
  const walk = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent!;
    if (current instanceof Element && (current.localName === 'style' || current.localName === 'template')) return '';
    const children = current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    return [...children].map(walk).join(' ');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

describe('<so-usage-meter> stories', () => {
  before(() => setDefaultAccountClient(createMemoryAccountClient({ latencyMs: 20 })));
  after(() => setDefaultAccountClient(undefined));

  it('has a check for every story', () => {
    expect(Object.keys(named).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [exportName, story] of Object.entries(named)) {
    it(`renders “${story.name ?? exportName}” with no error or warning logged`, async () => {
      const errors = captureConsole('error');
      const warnings = captureConsole('warn');
      try {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const template = (story.decorators ?? []).reduce<Render>((inner, decorator) => () => decorator(inner, {}), () => render(args, {}));
        const frame = await fixture<HTMLElement>(template());
        const canvasElement = frame.parentElement!;
        await waitUntil(() => deepText(canvasElement).includes(EXPECTED[exportName]!), `shows “${EXPECTED[exportName]}”`, { timeout: 4000 });
        await expect(canvasElement).to.be.accessible();
      } finally {
        warnings.restore();
        errors.restore();
      }
      expect(errors.messages).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
