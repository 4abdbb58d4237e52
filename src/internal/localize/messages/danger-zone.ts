import type { MessageSection } from './section.js';

/** Messages of `<so-danger-zone>`. Keys start with `dangerZone.`. */
export const dangerZoneMessages = {} satisfies MessageSection;
