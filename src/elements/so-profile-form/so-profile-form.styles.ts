import { css } from 'lit';

export const styles = css`
  :host {
    --_avatar-size: var(--so-profile-form-avatar-size, 4rem);
    --_avatar-background: var(--so-profile-form-avatar-background, var(--_color-surface-raised));
  }

  .profile {
    display: grid;
    gap: var(--_space-4);
  }

  p {
    margin: 0;
  }

  /* the control look comes from controlStyles */
  input:not([type='file']),
  select {
    inline-size: 100%;
    min-inline-size: 0;
  }

  input[type='file'] {
    inline-size: 100%;
    font-size: var(--_font-size-small);
  }

  .hint {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
  }

  [part='pending-email'] {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }

  .avatar-field {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-3) var(--_space-4);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .avatar-field legend {
    margin-block-end: var(--_space-1);
    padding: 0;
  }

  .avatar {
    display: grid;
    flex: none;
    place-items: center;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    overflow: hidden;
    border: 1px solid var(--_color-border);
    border-radius: 50%;
    background: var(--_avatar-background);
  }

  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  .initials {
    font-size: calc(var(--_avatar-size) * 0.4);
    font-weight: var(--_font-weight-strong);
    line-height: 1;
  }

  .avatar-inputs {
    display: grid;
    flex: 1 1 14rem;
    gap: var(--_space-3);
    min-inline-size: 0;
  }

  .combobox {
    position: relative;
  }

  .listbox {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: calc(100% + var(--_space-1));
    max-block-size: 15rem;
    margin: 0;
    padding: var(--_space-1);
    overflow-y: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-medium);
    background: var(--_color-surface);
    list-style: none;
  }

  .option {
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-radius: var(--_radius-small);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .option:hover {
    background: var(--_color-surface-raised);
  }

  .option[aria-selected='true'] {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
    background: var(--_color-surface-raised);
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      outline-color: Highlight;
    }
  }

  .unsaved {
    margin-inline-end: auto;
  }
`;
