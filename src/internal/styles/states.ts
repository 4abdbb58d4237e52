import { css } from 'lit';

/** The loading skeleton and the error/empty state blocks that the data controller renders. */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space-2);
  }
  .skeleton-line {
    block-size: 1rem;
    border-radius: var(--_radius-small);
    background: var(--_color-skeleton);
    animation: so-pulse 1.5s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n + 2) {
    inline-size: 80%;
  }
  .skeleton-line:nth-child(3n) {
    inline-size: 60%;
  }
  @keyframes so-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  .state-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius-medium);
    color: var(--_color-text);
  }
  .state-error-message {
    margin: 0;
  }
  .state-error-hint {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .state-empty {
    margin: 0;
    padding: var(--_space-4);
    color: var(--_color-text-muted);
    text-align: center;
  }
`;
