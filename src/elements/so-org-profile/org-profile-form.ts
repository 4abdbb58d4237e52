import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Organization } from '../../client/types.js';
import type { MessageKey } from '../../internal/localize/en.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { normalizeHex } from './contrast.js';
import type { OrgDraft, OrgErrors, OrgField } from './org-draft.js';
import { renderAdmin, renderBrandPreview, renderLogo, renderTextField } from './org-profile-view.js';

/** What the form shows, and what it calls back; the element owns the state. */
export interface OrgFormContext {
  localize: LocalizeController;
  organization: Organization;
  draft: OrgDraft;
  errors: OrgErrors;
  /** What the colour picker shows: the last valid colour. */
  pickerColor: string;
  /** The logo URL whose image failed to load. */
  brokenLogo: string;
  saving: boolean;
  uploading: boolean;
  unsaved: boolean;
  /** Whether the host gave an `uploadLogo` hook. */
  canUpload: boolean;
  onInput: (field: OrgField, value: string) => void;
  onFieldChange: (field: OrgField) => void;
  onLogoError: (url: string) => void;
  onLogoFile: (event: Event) => void;
  onRemoveLogo: () => void;
  onDiscard: () => void;
  onSubmit: (event: SubmitEvent) => void;
}

interface FieldExtras {
  hint?: MessageKey;
  type?: 'url';
  autocomplete?: string;
  describedBy?: string;
  leading?: unknown;
}

function field(context: OrgFormContext, name: OrgField, label: MessageKey, extras: FieldExtras = {}): TemplateResult {
  const { localize, errors } = context;
  const error = errors[name];
  return renderTextField({
    field: name,
    label: localize.term(label),
    value: context.draft[name],
    readonly: context.saving,
    onInput: (value) => context.onInput(name, value),
    onChange: () => context.onFieldChange(name),
    ...(extras.hint && { hint: localize.term(extras.hint) }),
    ...(error && { error: localize.term(error) }),
    ...(extras.type && { type: extras.type }),
    ...(extras.autocomplete && { autocomplete: extras.autocomplete }),
    ...(extras.describedBy && { describedBy: extras.describedBy }),
    ...(extras.leading !== undefined && { leading: extras.leading }),
  });
}

/** Upload (when the host can upload) and Remove (when there is a logo). */
function renderLogoActions(context: OrgFormContext): TemplateResult {
  const { localize, uploading } = context;
  const busy = context.saving || uploading;
  const openPicker = (event: Event) => {
    if (busy) return;
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    root.querySelector<HTMLInputElement>('#logo-file')?.click();
  };
  return html`<div class="logo-actions">
    ${context.canUpload
      ? html`<input id="logo-file" type="file" accept="image/*" hidden @change=${context.onLogoFile} />
          <button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${openPicker}>
            ${uploading ? html`<span class="spinner" aria-hidden="true"></span>${localize.term('orgProfile.uploading')}` : localize.term('orgProfile.uploadLogo')}
          </button>`
      : nothing}
    ${context.draft.logoUrl
      ? html`<button type="button" ?disabled=${busy} @click=${context.onRemoveLogo}>${localize.term('orgProfile.removeLogo')}</button>`
      : nothing}
  </div>`;
}

/** The editable form: name, slug, logo, brand colour, the read-only admin account, and Save. */
export function renderOrgForm(context: OrgFormContext): TemplateResult {
  const { localize, draft, organization, saving } = context;
  const logoUrl = draft.logoUrl.trim();
  // The contrast report (or "no colour") describes the hex field; text that is no colour has none.
  const hasReport = draft.brandColor.trim() === '' || normalizeHex(draft.brandColor) !== null;
  const picker = html`<input
    type="color"
    class="picker"
    aria-label=${localize.term('orgProfile.colorPicker')}
    .value=${live(context.pickerColor)}
    ?disabled=${saving}
    @input=${(event: Event) => context.onInput('brandColor', (event.target as HTMLInputElement).value)}
  />`;
  return html`<form class="form" novalidate @submit=${context.onSubmit}>
    ${field(context, 'name', 'orgProfile.name', { autocomplete: 'organization' })} ${field(context, 'slug', 'orgProfile.slug', { hint: 'orgProfile.slugHint' })}
    <fieldset class="group">
      <legend>${localize.term('orgProfile.logo')}</legend>
      <div class="logo-row">
        ${renderLogo(localize, draft.name.trim() || organization.name, logoUrl, draft.brandColor, context.brokenLogo === logoUrl, () => context.onLogoError(logoUrl))}
        ${renderLogoActions(context)}
      </div>
      ${field(context, 'logoUrl', 'orgProfile.logoUrl', { hint: 'orgProfile.logoHint', type: 'url' })}
    </fieldset>
    <fieldset class="group">
      <legend>${localize.term('orgProfile.brandColor')}</legend>
      ${field(context, 'brandColor', 'orgProfile.colorHex', { hint: 'orgProfile.colorHint', leading: picker, ...(hasReport && { describedBy: 'brandColor-contrast' }) })}
      ${renderBrandPreview(localize, draft.brandColor, 'brandColor-contrast')}
    </fieldset>
    ${renderAdmin(localize, organization.adminAccount)}
    <div class="actions">
      ${context.unsaved ? html`<span class="unsaved">${localize.term('orgProfile.unsaved')}</span>` : nothing}
      <!-- aria-disabled, not disabled: the button just pressed keeps focus when it turns inactive -->
      <button type="button" aria-disabled=${!context.unsaved || saving ? 'true' : 'false'} @click=${() => void (context.unsaved && !saving && context.onDiscard())}>
        ${localize.term('orgProfile.discard')}
      </button>
      <button type="submit" class="primary" part="save-button" aria-disabled=${!context.unsaved || saving || context.uploading ? 'true' : 'false'}>
        ${saving ? html`<span class="spinner" aria-hidden="true"></span>${localize.term('orgProfile.saving')}` : localize.term('orgProfile.save')}
      </button>
    </div>
  </form>`;
}
