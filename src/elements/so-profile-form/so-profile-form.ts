import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toAccountApiError } from '../../client/errors.js';
import type { AccountClient, Profile } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage, renderFailure } from '../../internal/parts/states.js';
import { isSafeUrl } from '../../internal/safe-url.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { formStyles } from '../../internal/styles/form.js';
import { sectionStyles } from '../../internal/styles/section.js';
import { spinnerStyles } from '../../internal/styles/spinner.js';
import { stateStyles } from '../../internal/styles/states.js';
import {
  changedFields,
  checkFields,
  draftAfterSave,
  draftOf,
  patchOf,
  PROFILE_FIELDS,
  splitFieldErrors,
  type FieldMessages,
  type ProfileDraft,
  type ProfileField,
} from './profile-draft.js';
import { FIELD_IDS, renderAvatarField, renderLanguageField, renderTextField, renderTimeZoneField, type ProfileFormView } from './profile-fields.js';
import { TimeZoneCombobox } from './time-zone-combobox.js';
import { styles } from './so-profile-form.styles.js';
import { profileFormMessages } from '../../internal/localize/messages/profile-form.js';

/** Detail of `so-profile-updated`. */
export interface SoProfileUpdatedDetail {
  /** The profile as the client returned it after the save. */
  profile: Profile;
  /** The fields that were sent, e.g. `['displayName', 'timezone']`. */
  changed: ProfileField[];
}

/** Uploads a picture the user chose and resolves with its URL (https or relative). */
export type AvatarUploader = (file: File) => Promise<string>;

const EMPTY: ProfileDraft = { displayName: '', email: '', avatarUrl: '', timezone: '', locale: '' };

/**
 * The viewer's profile as a form: display name, email, picture (a URL, or an upload through the
 * host's `uploadAvatar` hook; initials when there is none or it fails to load), time zone (a
 * searchable list with each zone's current offset) and language (each named in its own
 * language). Save sends only the changed fields in one `updateProfile` call and is inert until
 * something changed; Discard changes restores the loaded values. Fields are checked before
 * sending, and a `validation` error's field messages appear beside their fields, with focus on
 * the first. A failed save keeps the input. A changed email waits for confirmation: the form
 * says where to look.
 *
 * @summary The viewer's name, email, picture, time zone and language, saved together.
 *
 * @slot heading - Replaces the "Profile" heading.
 *
 * @csspart base - The element's root.
 * @csspart form - The form.
 * @csspart avatar - The picture preview (an image, or the initials).
 * @csspart pending-email - The note naming the address that waits for confirmation.
 * @csspart timezone-listbox - The list of time zones under the time zone field.
 * @csspart save-button - Save.
 * @csspart discard-button - Discard changes.
 * @csspart failure - Why the last save failed.
 *
 * @cssproperty --so-profile-form-avatar-size - The preview's size (default `4rem`).
 * @cssproperty --so-profile-form-avatar-background - Behind the initials (default `--so-color-surface-raised`).
 *
 * @fires {CustomEvent<SoProfileUpdatedDetail>} so-profile-updated - The profile was saved; `{ profile, changed }`.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - A save needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-profile-form')
export class SoProfileForm extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, formStyles, sectionStyles, spinnerStyles, stateStyles, styles];
  static override messages = [profileFormMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<Profile>(this, this.clients, this.localize, {
    operation: 'getProfile',
    load: async (client, signal) => {
      const profile = await client.getProfile({ signal });
      this.saved = this.draft = draftOf(profile);
      this.pendingEmail = profile.pendingEmail ?? '';
      this.errors = {};
      this.failure = '';
      return profile;
    },
    skeletonLines: 5,
  });
  private readonly mutations = new MutationController(this, this.clients);
  private readonly timeZoneField = new TimeZoneCombobox(this, this.localize);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** The level of the heading, 2–6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Uploads a chosen picture and resolves with its URL; when set, the form offers a file picker. JS property only. */
  @property({ attribute: false }) uploadAvatar?: AvatarUploader;

  /** The loaded (or last saved) values. */
  @state() private saved: ProfileDraft = EMPTY;
  /** What the inputs hold. */
  @state() private draft: ProfileDraft = EMPTY;
  @state() private errors: FieldMessages = {};
  @state() private pendingEmail = '';
  @state() private failure = '';
  @state() private uploading = false;
  @state() private uploadError = '';
  /** The picture URL that failed to load, so the preview shows initials instead. */
  @state() private brokenAvatar = '';

  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  /** Each upload bumps it, so only the latest choice of file fills the URL. */
  #upload = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.validHeadingLevel) devWarn(`<so-profile-form> heading-level="${this.headingLevel}" is not 2–6; using 2.`);
  }

  /** Loads the profile again; unsaved changes are dropped. */
  async reload(): Promise<void> {
    await this.data.reload();
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6;
  }

  private get changed(): ProfileField[] {
    return changedFields(this.saved, this.draft);
  }

  private setField(field: ProfileField, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  /** Checks a field the user has left, if they changed it. */
  private checkField(field: ProfileField): void {
    if (!this.changed.includes(field)) return;
    const message = checkFields(this.localize, this.draft, [field])[field];
    if (message) this.errors = { ...this.errors, [field]: message };
  }

  private async showErrors(errors: FieldMessages): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    const first = PROFILE_FIELDS.find((field) => errors[field]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS[first]}`)?.focus();
  }

  private async handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const fields = this.changed;
    if (fields.length === 0 || this.uploading || this.mutations.busy()) return;
    this.failure = '';
    const problems = checkFields(this.localize, this.draft, fields);
    if (Object.keys(problems).length > 0) return this.showErrors(problems);
    const patch = patchOf(this.draft, fields);
    const sent = this.draft;
    // The intent names its patch: a retry of the same change reuses the key, a different change never does.
    const result = await this.mutations.run(`save:${JSON.stringify(patch)}`, 'updateProfile', async (client, options) => {
      const profile = await client.updateProfile(patch, options);
      this.saved = draftOf(profile);
      this.draft = draftAfterSave(this.draft, sent, this.saved);
      this.pendingEmail = profile.pendingEmail ?? '';
      this.errors = {};
      this.emit('so-profile-updated', { profile, changed: fields });
      const pending = fields.includes('email') ? profile.pendingEmail : undefined;
      void this.announcer.announce(pending ? this.localize.term('profile.savedPendingEmail', pending) : this.localize.term('profile.saved'));
    });
    if (result.ok || result.error.code === 'aborted') return;
    const { fields: invalid, other } = splitFieldErrors(result.error.fieldErrors);
    const shownBesideFields = Object.keys(invalid).length > 0;
    if (shownBesideFields) await this.showErrors(invalid);
    if (!shownBesideFields || other.length > 0) {
      this.failure = this.localize.term('profile.saveFailed', other.length > 0 ? other.join(' ') : errorMessage(this.localize, result.error));
    }
  }

  private handleDiscard(): void {
    if (this.changed.length === 0 || this.mutations.busy()) return;
    this.draft = this.saved;
    this.errors = {};
    this.uploadError = '';
    this.failure = '';
  }

  private async handleFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const upload = this.uploadAvatar;
    if (!file || !upload) return;
    const generation = ++this.#upload;
    this.uploading = true;
    this.uploadError = '';
    let url: string | undefined;
    let reason = '';
    try {
      url = await upload(file);
    } catch (error) {
      reason = errorMessage(this.localize, toAccountApiError(error));
    }
    if (generation !== this.#upload) return; // a newer choice of file owns the field now
    this.uploading = false;
    input.value = '';
    if (!reason && !isSafeUrl(url)) reason = this.localize.term('profile.error.avatarUrl');
    if (reason) this.uploadError = this.localize.term('profile.uploadFailed', reason);
    else this.setField('avatarUrl', url!);
    void this.announcer.announce(this.uploadError || this.localize.term('profile.uploaded'));
  }

  override render() {
    const level = this.validHeadingLevel ? this.headingLevel : 2;
    return html`<section part="base" class="profile" aria-labelledby="heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      <div class="header">
        <div id="heading" class="heading" role="heading" aria-level=${level} tabindex="-1">
          <slot name="heading">${this.localize.term('profile.label')}</slot>
        </div>
        <p class="description">${this.localize.term('profile.description')}</p>
      </div>
      ${renderFailure(this.localize, this.failure, () => (this.failure = ''))}
      ${this.data.render({ ready: () => this.renderForm() })}
    </section>`;
  }

  private get view(): ProfileFormView {
    return {
      localize: this.localize,
      draft: this.draft,
      errors: this.errors,
      onInput: (field, value) => this.setField(field, value),
      onCommit: (field) => this.checkField(field),
    };
  }

  private renderForm(): TemplateResult {
    const { localize, view } = this;
    const saving = this.mutations.busy();
    const unsaved = this.changed.length > 0;
    const emailChanged = this.changed.includes('email');
    const inert = !unsaved || saving || this.uploading;
    return html`<form class="form" part="form" novalidate @submit=${this.handleSave}>
      ${renderTextField(view, 'displayName', { label: localize.term('profile.displayName'), autocomplete: 'name' })}
      ${renderTextField(view, 'email', {
        label: localize.term('profile.email'),
        type: 'email',
        autocomplete: 'email',
        notes: [
          emailChanged ? { id: 'email-change-hint', text: localize.term('profile.emailChangeHint') } : undefined,
          this.pendingEmail ? { id: 'pending-email', text: localize.term('profile.pendingEmail', this.pendingEmail), part: 'pending-email' } : undefined,
        ],
      })}
      ${renderAvatarField(view, {
        name: this.draft.displayName.trim() || this.saved.displayName,
        brokenUrl: this.brokenAvatar,
        onImageError: (url) => (this.brokenAvatar = url),
        upload: this.uploadAvatar ? { busy: this.uploading, error: this.uploadError, onChange: (event) => void this.handleFile(event) } : undefined,
      })}
      ${renderTimeZoneField(view, this.timeZoneField)} ${renderLanguageField(view, this.saved.locale)}
      <div class="actions">
        ${unsaved ? html`<span class="unsaved">${localize.term('profile.unsaved')}</span>` : nothing}
        <button type="button" part="discard-button" aria-disabled=${!unsaved || saving ? 'true' : 'false'} @click=${this.handleDiscard}>
          ${localize.term('profile.discard')}
        </button>
        <button type="submit" class="primary" part="save-button" aria-disabled=${inert ? 'true' : 'false'}>
          ${saving ? html`<span class="spinner" aria-hidden="true"></span>${localize.term('profile.saving')}` : localize.term('profile.save')}
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-profile-form': SoProfileForm;
  }
  interface GlobalEventHandlersEventMap {
    'so-profile-updated': CustomEvent<SoProfileUpdatedDetail>;
  }
}
