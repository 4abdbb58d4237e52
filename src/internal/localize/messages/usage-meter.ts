import type { MessageSection } from './section.js';

/** Messages of `<so-usage-meter>`. Keys start with `usageMeter.`. */
export const usageMeterMessages = {} satisfies MessageSection;
