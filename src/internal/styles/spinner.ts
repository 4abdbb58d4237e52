import { css } from 'lit';

/** The busy indicator inside a button while its action runs (dialogs' Confirm, Send). */
export const spinnerStyles = css`
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: so-spin 0.8s linear infinite;
  }
  @keyframes so-spin {
    to {
      transform: rotate(1turn);
    }
  }
  /* reduced motion: a still ring (its gap still reads as "working"), beside the busy text or state */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
