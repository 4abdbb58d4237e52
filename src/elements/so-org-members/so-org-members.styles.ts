import { css } from 'lit';

export const styles = css`
  :host {
    --_avatar-size: var(--so-org-members-avatar-size, 2.25rem);
    --_row-active: var(--so-org-members-row-active, var(--_color-surface-raised));
    --_actions-size: 7rem;
    container-type: inline-size;
  }

  .base {
    display: grid;
    gap: var(--_space-4);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: var(--_font-weight-strong);
    line-height: 1.3;
  }

  .search-status:empty,
  .search-status.idle {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .count,
  .search-status,
  .showing {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }

  .toolbar input[type='search'] {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }

  .notice,
  .read-only,
  .banner {
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface-raised);
    font-size: var(--_font-size-small);
  }

  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    border-color: var(--_color-danger);
  }

  .banner p {
    margin: 0;
  }

  .roles summary {
    cursor: pointer;
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }

  .roles dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-3);
    margin-block: var(--_space-2) 0;
    font-size: var(--_font-size-small);
  }

  .roles dt {
    font-weight: var(--_font-weight-strong);
  }

  .roles dd {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .callout {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    padding: var(--_space-4);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius-medium);
  }

  .callout-title {
    margin: 0;
    font-weight: var(--_font-weight-strong);
  }

  .callout p {
    margin: 0;
  }

  .callout .muted {
    color: var(--_color-text-muted);
  }

  .list {
    overflow: hidden;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    transition: opacity 0.15s;
  }

  .list[aria-busy='true'] {
    opacity: 0.6;
  }

  .list.virtualized {
    block-size: var(--so-org-members-list-height, 30rem);
  }

  .row {
    display: grid;
    /* Fixed tracks, so columns line up across rows whether or not a row has a Remove button. */
    grid-template-columns: var(--_avatar-size) minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1.3fr) var(--_actions-size);
    grid-template-areas: 'avatar identity role dates actions' 'avatar note note note note';
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    inline-size: 100%;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }

  .row:last-child {
    border-block-end: none;
  }

  .row:focus-visible,
  .row:focus-within {
    background: var(--_row-active);
  }

  .row:focus-visible {
    outline-offset: -2px;
  }

  .avatar {
    grid-area: avatar;
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    overflow: hidden;
    border-radius: 50%;
    background: light-dark(
      hsl(var(--_avatar-hue) var(--so-org-members-avatar-saturation, 45%) 30%),
      hsl(var(--_avatar-hue) var(--so-org-members-avatar-saturation, 55%) 78%)
    );
    color: var(--_color-on-brand);
    font-size: calc(var(--_avatar-size) * 0.4);
    font-weight: var(--_font-weight-strong);
    line-height: 1;
  }

  .avatar-image {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .identity {
    grid-area: identity;
    display: grid;
    min-inline-size: 0;
  }

  .name,
  /* wraps rather than clips: the whole address stays readable at 200 % text (WCAG 1.4.4) */
  .email {
    overflow-wrap: anywhere;
  }

  .name {
    font-weight: var(--_font-weight-strong);
  }

  .email,
  .dates,
  .role-name,
  .meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .badge {
    display: inline-block;
    padding-inline: var(--_space-1);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: normal;
  }

  .role {
    grid-area: role;
  }

  /* the control look comes from controlStyles' select */
  .role-select {
    max-inline-size: 100%;
    font-size: var(--_font-size-small);
  }

  .role-select:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .dates {
    grid-area: dates;
    display: grid;
  }

  .actions {
    grid-area: actions;
    display: flex;
    gap: var(--_space-2);
    justify-content: end;
  }

  .note {
    grid-area: note;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  @container (inline-size <= 40rem) {
    .row {
      grid-template-columns: var(--_avatar-size) 1fr auto;
      grid-template-areas: 'avatar identity actions' 'avatar role role' 'avatar dates dates' 'avatar note note';
    }
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  .footer .state-error {
    flex: 1 1 100%;
  }

  .no-match {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
  }

  .no-match p {
    margin: 0;
  }

  .invitations {
    display: grid;
    gap: var(--_space-2);
  }

  .invitations-heading {
    margin: 0;
    font-size: var(--_font-size-medium);
    font-weight: var(--_font-weight-strong);
  }

  .invitations-heading:focus {
    outline: none;
  }

  .invitation-list {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
  }

  .invitation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
  }

  .invitation:last-child {
    border-block-end: none;
  }

  .invitation .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }

  .invitation.expired .expiry {
    color: var(--_color-danger);
  }

  .invitations-empty {
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .upgrade {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    padding: var(--_space-4);
    border: 1px solid var(--so-org-members-upgrade-accent, var(--_color-brand));
    border-radius: var(--_radius-medium);
  }

  .upgrade p {
    margin: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .list {
      transition: none;
    }
  }
`;
