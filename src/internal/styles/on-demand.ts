import { css } from 'lit';

/** For an element with parts imported on demand (internal/parts/on-demand.ts): they stay hidden until defined. */
export const onDemandStyles = css`
  so-confirm-dialog:not(:defined),
  so-secret-once:not(:defined) {
    display: none;
  }
`;
