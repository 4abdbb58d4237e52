import type { MessageSection } from './section.js';

/** Messages of `<so-billing-card>`. Keys start with `billingCard.`. */
export const billingCardMessages = {} satisfies MessageSection;
