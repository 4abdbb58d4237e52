import type { MessageSection } from './section.js';

/** Messages of `<so-api-key-panel>`. Keys start with `apiKeyPanel.`. */
export const apiKeyPanelMessages = {} satisfies MessageSection;
