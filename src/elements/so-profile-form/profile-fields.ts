import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { isSafeUrl } from '../../internal/safe-url.js';
import { initials } from '../../internal/parts/avatar.js';
import { languageOptions } from './languages.js';
import type { FieldMessages, ProfileDraft, ProfileField } from './profile-draft.js';
import type { TimeZoneCombobox } from './time-zone-combobox.js';

/** The id of each field's input, for labels, `aria-describedby` and focus. */
export const FIELD_IDS: Record<ProfileField, string> = {
  displayName: 'display-name',
  email: 'email',
  avatarUrl: 'avatar-url',
  timezone: 'timezone',
  locale: 'locale',
};

/** What the field templates need from the form. */
export interface ProfileFormView {
  localize: LocalizeController;
  draft: ProfileDraft;
  errors: FieldMessages;
  onInput: (field: ProfileField, value: string) => void;
  /** The user left the field: check it. */
  onCommit: (field: ProfileField) => void;
}

/** A line of text under a field that describes it. */
export interface FieldNote {
  id: string;
  text: string;
  part?: string;
}

interface TextFieldOptions {
  label: string;
  type?: 'text' | 'email' | 'url';
  autocomplete?: string;
  inputmode?: string;
  notes?: (FieldNote | undefined)[];
}

/** `<p>`s for a field's error and notes, and the ids that describe its input. */
function descriptions(id: string, error: string | undefined, notes: (FieldNote | undefined)[] = []) {
  const shown = notes.filter((note): note is FieldNote => !!note);
  const ids = [...(error ? [`${id}-error`] : []), ...shown.map((note) => note.id)];
  return {
    describedBy: ids.length > 0 ? ids.join(' ') : nothing,
    template: html`${error ? html`<p id=${`${id}-error`} class="field-error">${error}</p>` : nothing}
    ${shown.map((note) => html`<p id=${note.id} class="hint" part=${note.part ?? nothing}>${note.text}</p>`)}`,
  };
}

/** A labelled text input bound to one draft field, with its error beside it. */
export function renderTextField(view: ProfileFormView, field: ProfileField, options: TextFieldOptions): TemplateResult {
  const id = FIELD_IDS[field];
  const error = view.errors[field];
  const { describedBy, template } = descriptions(id, error, options.notes);
  return html`<div class="field">
    <label for=${id}>${options.label}</label>
    <input
      id=${id}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy}
      .value=${live(view.draft[field])}
      @input=${(event: InputEvent) => view.onInput(field, (event.target as HTMLInputElement).value)}
      @change=${() => view.onCommit(field)}
    />
    ${template}
  </div>`;
}

interface AvatarOptions {
  /** The name the picture belongs to, for its alt text and the initials. */
  name: string;
  /** A URL that failed to load: the preview shows initials for it. */
  brokenUrl: string;
  onImageError: (url: string) => void;
  /** The file picker, when the host gave an upload hook. */
  upload?: { busy: boolean; error: string; onChange: (event: Event) => void };
}

/** The preview (picture, else initials), the URL input, and the file picker when uploads are possible. */
export function renderAvatarField(view: ProfileFormView, options: AvatarOptions): TemplateResult {
  const { localize, draft } = view;
  const url = draft.avatarUrl.trim();
  const src = url && isSafeUrl(url) && url !== options.brokenUrl ? url : '';
  const alt = localize.term('profile.avatarAlt', options.name);
  const { upload } = options;
  return html`<fieldset class="avatar-field">
    <legend>${localize.term('profile.avatar')}</legend>
    <div class="avatar" part="avatar">
      ${src
        ? html`<img src=${src} alt=${alt} referrerpolicy="no-referrer" @error=${() => options.onImageError(src)} />`
        : html`<span class="initials" role="img" aria-label=${alt}>${initials(options.name, draft.email)}</span>`}
    </div>
    <div class="avatar-inputs">
      ${renderTextField(view, 'avatarUrl', {
        label: localize.term('profile.avatarUrl'),
        inputmode: 'url',
        notes: [{ id: 'avatar-url-hint', text: localize.term('profile.avatarUrlHint') }],
      })}
      ${upload
        ? html`<div class="field">
            <label for="avatar-file">${localize.term('profile.upload')}</label>
            <input
              id="avatar-file"
              type="file"
              accept="image/*"
              aria-invalid=${upload.error ? 'true' : 'false'}
              aria-describedby=${upload.error ? 'avatar-file-error' : upload.busy ? 'avatar-file-status' : nothing}
              @change=${upload.onChange}
            />
            ${upload.busy ? html`<p id="avatar-file-status" class="hint"><span class="spinner" aria-hidden="true"></span>${localize.term('profile.uploading')}</p>` : nothing}
            ${upload.error ? html`<p id="avatar-file-error" class="field-error">${upload.error}</p>` : nothing}
          </div>`
        : nothing}
    </div>
  </fieldset>`;
}

/** The time zone combobox with its label and error. */
export function renderTimeZoneField(view: ProfileFormView, combobox: TimeZoneCombobox): TemplateResult {
  const error = view.errors.timezone;
  return html`<div class="field">
    <label for="timezone">${view.localize.term('profile.timezone')}</label>
    ${combobox.render({
      value: view.draft.timezone,
      invalid: !!error,
      describedBy: error ? 'timezone-error timezone-hint' : 'timezone-hint',
      onInput: (value) => view.onInput('timezone', value),
      onCommit: () => view.onCommit('timezone'),
    })}
    ${error ? html`<p id="timezone-error" class="field-error">${error}</p>` : nothing}
  </div>`;
}

/** The language menu: each language named in itself (and marked with its `lang`), the saved one included. */
export function renderLanguageField(view: ProfileFormView, savedLocale: string): TemplateResult {
  const error = view.errors.locale;
  return html`<div class="field">
    <label for="locale">${view.localize.term('profile.language')}</label>
    <select
      id="locale"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'locale-error' : nothing}
      @change=${(event: Event) => view.onInput('locale', (event.target as HTMLSelectElement).value)}
    >
      ${languageOptions(savedLocale).map(
        ({ code, name }) => html`<option value=${code} lang=${code} .selected=${live(code === view.draft.locale)}>${name}</option>`,
      )}
    </select>
    ${error ? html`<p id="locale-error" class="field-error">${error}</p>` : nothing}
  </div>`;
}
