import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountClient, Usage, UsageMetric } from '../../src/client/types.js';
import '../../src/so-usage-meter.js';
import type { SoUsageMeter, SoUsageThresholdCrossedDetail } from '../../src/so-usage-meter.js';

/** A period whose days are the same calendar days in every timezone the tests may run in. */
export const PERIOD = { periodStart: '2026-05-01T00:00:00Z', periodEnd: '2026-05-18T00:00:00Z' };

/** A count metric with `used` of `limit`; any field can be overridden, also with junk. */
export function metric(fields: Partial<Record<keyof UsageMetric, unknown>> = {}): UsageMetric {
  return { id: 'requests', used: 21_408, limit: 50_000, unit: 'count', ...fields } as UsageMetric;
}

export function usageOf(...metrics: UsageMetric[]): Usage {
  return { ...PERIOD, metrics };
}

/** A memory client over `usage`, that counts its `getUsage` calls. */
export function clientFor(usage: Usage, options: Omit<MemoryClientOptions, 'seed'> = {}): AccountClient & { usageCalls: number } {
  const memory = createMemoryAccountClient({ ...options, seed: { usage } });
  const client = {
    ...memory,
    usageCalls: 0,
    getUsage(requestOptions?: Parameters<AccountClient['getUsage']>[0]) {
      client.usageCalls += 1;
      return memory.getUsage(requestOptions);
    },
  };
  return client;
}

/** A client whose `getUsage` never settles: the loading state. */
export function hangingClient(): AccountClient {
  return { ...createMemoryAccountClient(), getUsage: () => new Promise<Usage>(() => undefined) };
}

export const shadow = (el: SoUsageMeter) => el.shadowRoot!;
export const base = (el: SoUsageMeter) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
export const meters = (el: SoUsageMeter) => [...shadow(el).querySelectorAll<HTMLElement>('[part="meter"]')];
export const meterRoles = (el: SoUsageMeter) => [...shadow(el).querySelectorAll<HTMLElement>('[role="meter"]')];
export const statusOf = (meter: HTMLElement) => meter.querySelector('[part="status"]')?.textContent?.trim() ?? null;
export const labelOf = (meter: HTMLElement) => meter.querySelector('[part="label"]')!.textContent!.trim();

/** Visible text with whitespace collapsed. */
export function textOf(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name a `role="meter"` gets from `aria-labelledby`. */
export function nameOf(meter: HTMLElement): string {
  const root = meter.getRootNode() as ShadowRoot;
  return meter
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => textOf(root.getElementById(id)!))
    .join(' ');
}

/** Waits until data mode has left loading (ready, empty or error). */
export async function loaded(el: SoUsageMeter): Promise<SoUsageMeter> {
  await el.updateComplete; // let a load just started render its pending state first
  await waitUntil(() => base(el)?.getAttribute('aria-busy') === 'false', 'the meter never finished loading', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

/** Renders `template` and waits until it has loaded. */
export async function render(template: TemplateResult): Promise<SoUsageMeter> {
  const el = await fixture<SoUsageMeter>(template);
  return loaded(el);
}

/** Records `so-usage-threshold-crossed` details on `target`. */
export function recordThresholdEvents(target: EventTarget): SoUsageThresholdCrossedDetail[] {
  const details: SoUsageThresholdCrossedDetail[] = [];
  target.addEventListener('so-usage-threshold-crossed', (event) => details.push((event as CustomEvent<SoUsageThresholdCrossedDetail>).detail));
  return details;
}
