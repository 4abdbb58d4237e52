import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: var(--_space-4);
  }

  .meters {
    display: grid;
    gap: var(--_space-6);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .meter {
    --_level-color: var(--so-usage-meter-fill, var(--_color-brand));
    display: grid;
    gap: var(--_space-1);
  }
  .meter[data-level='warning'] {
    --_level-color: var(--so-usage-meter-warning, var(--_color-warning));
  }
  .meter[data-level='danger'] {
    --_level-color: var(--so-usage-meter-danger, var(--_color-danger));
  }

  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .label {
    font-weight: var(--_font-weight-strong);
  }
  .percent {
    font-variant-numeric: tabular-nums;
  }

  .track {
    block-size: var(--so-usage-meter-height, 0.5rem);
    overflow: hidden;
    border-radius: var(--_radius-small);
    background: var(--so-usage-meter-track, var(--_color-skeleton));
  }
  .fill {
    block-size: 100%;
    border-radius: inherit;
    background: var(--_level-color);
    transition: inline-size 0.3s ease-out;
  }

  .figures,
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_font-size-small);
  }
  .figures {
    color: var(--_color-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .overage,
  .status {
    color: var(--_level-color);
    font-weight: var(--_font-weight-strong);
  }
  .status {
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .trend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_level-color);
  }
  .sparkline {
    inline-size: 6rem;
    block-size: 1.5rem;
  }
  .sparkline path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host(:dir(rtl)) .sparkline {
    /* Time runs with the reading direction. */
    transform: scaleX(-1);
  }
  .trend-summary {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .footer {
    align-items: baseline;
    justify-content: space-between;
  }
  .renewal {
    color: var(--_color-text-muted);
  }
  .analytics-link {
    color: var(--_color-brand);
    font-weight: var(--_font-weight-strong);
  }

  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .track {
      border: 1px solid CanvasText;
    }
    .fill {
      background: Highlight;
    }
  }
`;
