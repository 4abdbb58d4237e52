import { css } from 'lit';

/** How a section's or a dialog's heading reads: declarations only, for `section.ts` and `dialog.ts` to interpolate. */
export const headingText = css`
  margin: 0;
  font-size: var(--_font-size-large);
  font-weight: var(--_font-weight-strong);
  line-height: 1.3;
`;
