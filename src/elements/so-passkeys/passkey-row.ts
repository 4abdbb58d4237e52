import { html, nothing, type TemplateResult } from 'lit';
import type { Passkey } from '../../client/types.js';
import { formatDate } from '../../internal/format.js';
import type { MessageKey } from '../../internal/localize/en.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import '../../internal/parts/so-relative-time/so-relative-time.js';

/** The longest passkey name accepted. */
export const NAME_MAX = 64;

/** What is wrong with a (trimmed) passkey name, as a message key; `undefined` when it is fine. */
export function nameProblem(name: string): MessageKey | undefined {
  if (name === '') return 'passkeys.nameRequired';
  if (name.length > NAME_MAX) return 'passkeys.nameTooLong';
  return undefined;
}

/** What a row needs from the element. */
export interface RowView {
  localize: LocalizeController;
  editing: { id: string; name: string; error: string } | undefined;
  busy: (intent: string) => boolean;
  onRename: (passkey: Passkey) => void;
  onEditInput: (name: string) => void;
  onRenameSubmit: (passkey: Passkey) => void;
  onRenameCancel: (passkey: Passkey) => void;
  onDelete: (passkey: Passkey) => void;
}

/** One passkey: its name (or the inline rename form), authenticator, dates, Rename and Delete. */
export function renderPasskey(view: RowView, passkey: Passkey): TemplateResult {
  const { localize, editing } = view;
  const isEditing = editing?.id === passkey.id;
  return html`<li class="passkey" part="passkey" data-passkey-id=${passkey.id}>
    ${isEditing ? renderRenameForm(view, passkey, editing) : renderSummary(view, passkey)}
    <dl class="facts">
      <div><dt>${localize.term('passkeys.added')}</dt><dd>${formatDate(localize.lang, passkey.createdAt, { dateStyle: 'medium' })}</dd></div>
      <div>
        <dt>${localize.term('passkeys.lastUsed')}</dt>
        <dd>${passkey.lastUsedAt ? html`<so-relative-time date=${passkey.lastUsedAt}></so-relative-time>` : localize.term('passkeys.neverUsed')}</dd>
      </div>
    </dl>
  </li>`;
}

function renderSummary(view: RowView, passkey: Passkey): TemplateResult {
  const { localize } = view;
  const deleting = view.busy(`delete:${passkey.id}`);
  return html`<div class="summary">
    <span class="name">${passkey.name}</span>
    ${passkey.authenticator ? html`<span class="authenticator">${passkey.authenticator}</span>` : nothing}
    <span class="row-actions">
      <button type="button" class="rename" aria-label=${localize.term('passkeys.renameLabel', passkey.name)} @click=${() => view.onRename(passkey)}>
        ${localize.term('passkeys.rename')}
      </button>
      <button
        type="button"
        class="delete"
        aria-label=${localize.term('passkeys.deleteLabel', passkey.name)}
        aria-disabled=${deleting ? 'true' : 'false'}
        @click=${() => (deleting ? undefined : view.onDelete(passkey))}
      >
        ${localize.term('passkeys.delete')}
      </button>
    </span>
  </div>`;
}

function renderRenameForm(view: RowView, passkey: Passkey, editing: { name: string; error: string }): TemplateResult {
  const { localize } = view;
  const saving = view.busy(`rename:${passkey.id}:${editing.name.trim()}`);
  const errorId = `rename-error-${passkey.id}`;
  return html`<form
    class="rename-form"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      if (!saving) view.onRenameSubmit(passkey);
    }}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') view.onRenameCancel(passkey);
    }}
  >
    <input
      aria-label=${localize.term('passkeys.nameLabel')}
      maxlength=${NAME_MAX}
      autocomplete="off"
      aria-invalid=${editing.error ? 'true' : 'false'}
      aria-describedby=${editing.error ? errorId : nothing}
      .value=${editing.name}
      @input=${(event: Event) => view.onEditInput((event.target as HTMLInputElement).value)}
    />
    <button type="submit" class="primary" aria-disabled=${saving ? 'true' : 'false'}>${localize.term('passkeys.save')}</button>
    <button type="button" @click=${() => view.onRenameCancel(passkey)}>${localize.term('passkeys.cancel')}</button>
    ${editing.error ? html`<p id=${errorId} class="field-error">${editing.error}</p>` : nothing}
  </form>`;
}
