import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import * as stories from '../../stories/elements/so-usage-meter.stories.js';
import { describeStories } from '../helpers/stories.js';

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
  Arabic: 'عرض تحليلات الاستخدام',
  Pseudo: '[!! Ṽíëŵ üšáĝë áñáļýţíçš !!]',
};

describe('<so-usage-meter> on the default client', () => {
  before(() => setDefaultAccountClient(createMemoryAccountClient({ latencyMs: 20 })));
  after(() => setDefaultAccountClient(undefined));
  describeStories('<so-usage-meter> stories', stories, EXPECTED);
});
