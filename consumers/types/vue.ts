// Vue's template type checker reads GlobalComponents; check what it would see.
import '@sentientone/settings-elements/types/vue.js';
import type { GlobalComponents } from 'vue';
import type { SoVueProps } from '@sentientone/settings-elements/types/vue.js';

type Expect<T extends true> = T;
type MeterProps = SoVueProps<'so-usage-meter'>;

export type Checks = [
  Expect<'so-usage-meter' extends keyof GlobalComponents ? true : false>,
  Expect<MeterProps['value'] extends number | undefined ? true : false>,
  Expect<Parameters<NonNullable<MeterProps['onSoUsageThresholdCrossed']>>[0] extends CustomEvent<{ metric: string }> ? true : false>,
  Expect<Parameters<NonNullable<SoVueProps<'so-api-key-panel'>['onSoApiKeyRotated']>>[0] extends CustomEvent ? true : false>,
];
