import { formatNumber } from '../../format.js';
import type { MessageSection } from './section.js';

/** "Requests" → "requests" inside a sentence; "API calls" keeps its capitals. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLocaleLowerCase('en') + label.slice(1) : label;
}

/** Messages of `<so-usage-meter>`. Keys start with `usageMeter.`. */
export const usageMeterMessages = {
  'usageMeter.listLabel': 'Plan usage',
  'usageMeter.defaultLabel': 'Usage',
  'usageMeter.empty': 'There is no usage to show yet.',
  'usageMeter.metric.requests': 'Requests',
  'usageMeter.metric.tokens': 'Tokens',
  'usageMeter.metric.storage': 'Storage',

  // figures; the arguments arrive formatted for the metric's unit
  'usageMeter.usedOfLimit': (_locale: string, used: string, limit: string) => `${used} of ${limit}`,
  'usageMeter.used': (_locale: string, used: string) => `${used} used`,
  'usageMeter.unlimited': 'Unlimited',
  'usageMeter.notIncluded': 'Not included in your plan',
  'usageMeter.limitUnavailable': 'Limit unavailable',
  'usageMeter.unavailable': 'Usage data unavailable',
  'usageMeter.overBy': (_locale: string, overage: string) => `${overage} over the limit`,

  // status, so colour is never the only signal
  'usageMeter.status.warning': 'Approaching limit',
  'usageMeter.status.danger': 'Limit nearly reached',
  'usageMeter.status.reached': 'Limit reached',
  'usageMeter.status.over': 'Over limit',

  // what a screen reader hears for the meter: "21,408 of 50,000 requests, 43 percent"
  'usageMeter.valueText': (locale: string, used: string, limit: string, label: string, percent: number, overLimit: boolean) =>
    `${used} of ${limit} ${inSentence(label)}, ${formatNumber(locale, percent)} percent${overLimit ? ', over limit' : ''}`,

  // period, trend and link
  'usageMeter.renews': (_locale: string, date: string) => `Renews ${date}`,
  'usageMeter.peak': (_locale: string, value: string) => `Peak ${value}`,
  'usageMeter.peakOn': (_locale: string, value: string, date: string) => `Peak ${value} on ${date}`,
  'usageMeter.analyticsLink': 'View usage analytics',
} satisfies MessageSection;
