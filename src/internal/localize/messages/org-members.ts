import type { MessageSection } from './section.js';

/** Messages of `<so-org-members>`. Keys start with `orgMembers.`. */
export const orgMembersMessages = {} satisfies MessageSection;
