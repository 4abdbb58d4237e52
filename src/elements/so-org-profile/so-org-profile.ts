import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AccountClient, Organization, OrganizationPatch, Viewer } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import type { MessageKey } from '../../internal/localize/en.js';
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
import { hasPermission, loadViewer } from '../../internal/viewer.js';
import type { SoUpgradeRequestDetail } from '../so-org-members/org-members-events.js';
import { ORGANIZATIONS_FEATURE } from '../so-org-members/plan.js';
import { normalizeHex } from './contrast.js';
import { draftOf, fieldProblem, ORG_FIELDS, patchOf, serverErrors, validateDraft, type OrgDraft, type OrgErrors, type OrgField } from './org-draft.js';
import { renderOrgForm } from './org-profile-form.js';
import { renderReadOnly, renderUpgrade } from './org-profile-view.js';
import { styles } from './so-org-profile.styles.js';
import { orgProfileMessages } from '../../internal/localize/messages/org-profile.js';

export type { SoUpgradeRequestDetail } from '../so-org-members/org-members-events.js';

/** Detail of `so-organization-updated`. */
export interface SoOrganizationUpdatedDetail {
  /** The organization as the backend now holds it. */
  organization: Organization;
}

/** Uploads a logo file for the host and resolves to its URL (`https:` or relative). */
export type LogoUploader = (file: File) => Promise<string>;

interface OrgProfileView {
  viewer: Viewer;
  organization: Organization | null;
}

/**
 * The organization's name, slug, logo and brand colour as a form, and its admin account shown
 * read-only. The slug is checked as typed against the backend's rule (3–40 lowercase letters,
 * digits and hyphens); a slug the backend refuses (taken) shows on the field. The logo is a URL,
 * or a file the host uploads through `uploadLogo`, previewed with the name's initials as the
 * fallback. The brand colour has a colour picker and a hex field kept in sync, a sample button,
 * and the contrast of white and of black text on it. Save sends only the changed fields, once;
 * a failure keeps the edits. Without `organization:manage`, or when the client cannot
 * `updateOrganization`, the values are shown read-only with the reason; on a plan without
 * organizations an upgrade message takes the form's place.
 *
 * @summary Organization settings: name, slug, logo, brand colour, and the read-only admin account.
 *
 * @slot heading - Replaces the "Organization" heading.
 * @slot upgrade - Replaces the Upgrade button shown when the plan does not include organizations.
 *
 * @csspart base - The element's root.
 * @csspart input - Each text input of the form.
 * @csspart field-error - The problem shown beside a field.
 * @csspart logo - The logo preview: the image, or the initials (also part `initials`).
 * @csspart initials - The initials shown when there is no logo.
 * @csspart brand-sample - The sample button in the brand colour.
 * @csspart contrast - The contrast ratios of white and black text on the brand colour.
 * @csspart contrast-warning - The warning that white text is under 4.5:1 on the brand colour.
 * @csspart admin - The read-only admin account.
 * @csspart save-button - Save.
 * @csspart read-only-reason - Why the values can't be changed.
 * @csspart values - The values, in the read-only view.
 * @csspart upgrade - The message shown when the plan does not include organizations.
 * @csspart upgrade-button - Its Upgrade button.
 * @csspart failure - Why the last save failed.
 * @csspart empty - The text shown when the viewer belongs to no organization.
 *
 * @cssstate loading - The organization is loading.
 * @cssstate read-only - The values are shown without inputs (no permission, or the client can't update).
 * @cssstate upgrade - The plan does not include organizations; the upgrade message shows.
 * @cssstate unsaved - The form has changes not yet saved.
 *
 * @cssproperty --so-org-profile-logo-size - The logo preview's size (default `3.5rem`).
 * @cssproperty --so-org-profile-upgrade-accent - The border of the upgrade message (default `--so-color-brand`).
 *
 * @fires {CustomEvent<SoOrganizationUpdatedDetail>} so-organization-updated - A save succeeded; `{ organization }`.
 * @fires {CustomEvent<SoUpgradeRequestDetail>} so-upgrade-request - The plan does not include organizations: when the message shows (`trigger: 'shown'`) and when the user presses Upgrade (`'button'`).
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - A save needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-org-profile')
export class SoOrgProfile extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, formStyles, sectionStyles, spinnerStyles, stateStyles, styles];
  static override messages = [orgProfileMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<OrgProfileView>(this, this.clients, this.localize, {
    operation: 'getOrganization',
    load: async (client, signal) => {
      const [viewer, organization] = await Promise.all([loadViewer(client, signal), client.getOrganization({ signal })]);
      this.saved = organization ?? undefined;
      if (organization) this.resetDraft(organization);
      return { viewer, organization };
    },
    isEmpty: ({ organization }) => organization === null,
    skeletonLines: 5,
  });
  private readonly mutations = new MutationController(this, this.clients);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** The level of the heading, 2–6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Uploads a chosen logo file and resolves to its URL; without it there is no Upload button. JS property only. */
  @property({ attribute: false }) uploadLogo?: LogoUploader;

  /** The organization as the backend last returned it. */
  @state() private saved?: Organization;
  @state() private draft: OrgDraft = { name: '', slug: '', logoUrl: '', brandColor: '' };
  @state() private errors: OrgErrors = {};
  @state() private failure = '';
  @state() private uploading = false;
  /** The logo URL whose image failed to load; the initials show instead. */
  @state() private brokenLogo = '';
  /** What the colour picker shows: the last valid colour typed or picked. */
  @state() private pickerColor = '#000000';

  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  #upgradeShownFor?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.validHeadingLevel) devWarn(`<so-org-profile> heading-level="${this.headingLevel}" is not 2–6; using 2.`);
    this.toggleState('loading', this.data.pending);
    this.toggleState('upgrade', this.planLimited);
    this.toggleState('read-only', !!this.saved && !this.planLimited && this.readOnlyReason !== null);
    this.toggleState('unsaved', this.unsaved);
  }

  protected override updated(): void {
    const saved = this.planLimited ? this.saved : undefined;
    if (saved && saved.id !== this.#upgradeShownFor) this.emit('so-upgrade-request', this.upgradeDetail('shown'));
    this.#upgradeShownFor = saved?.id;
  }

  /** Loads the viewer and the organization again; unsaved changes are dropped. */
  async reload(): Promise<void> {
    await this.data.reload();
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6;
  }

  private get planLimited(): boolean {
    const features = this.saved?.features;
    return !!features && !features.includes(ORGANIZATIONS_FEATURE);
  }

  /** Why the viewer can't edit, or `null` when they can. */
  private get readOnlyReason(): MessageKey | null {
    if (!hasPermission(this.data.value?.viewer, 'organization:manage')) return 'orgProfile.readOnly';
    return this.clients.can('updateOrganization') ? null : 'orgProfile.cannotUpdate';
  }

  private get patch(): OrganizationPatch {
    return this.saved ? patchOf(this.saved, this.draft) : {};
  }

  private get unsaved(): boolean {
    return Object.keys(this.patch).length > 0;
  }

  private upgradeDetail(trigger: 'shown' | 'button'): SoUpgradeRequestDetail {
    return { feature: ORGANIZATIONS_FEATURE, planName: this.saved?.planName ?? '', trigger };
  }

  private resetDraft(organization: Organization): void {
    this.draft = draftOf(organization);
    this.errors = {};
    this.pickerColor = normalizeHex(this.draft.brandColor) ?? '#000000';
  }

  private handleInput(field: OrgField, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (field === 'brandColor') this.pickerColor = normalizeHex(value) ?? this.pickerColor;
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  /** A field the user leaves is checked at once, if they changed it. */
  private handleFieldChange(field: OrgField): void {
    if (!(field in this.patch)) return;
    const problem = fieldProblem(field, this.draft);
    if (problem) this.errors = { ...this.errors, [field]: problem };
  }

  private async handleLogoFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again still fires change
    if (!file || !this.uploadLogo || this.uploading) return;
    this.uploading = true;
    this.errors = { ...this.errors, logoUrl: undefined };
    let problem: MessageKey | null = null;
    try {
      const url = await this.uploadLogo(file);
      if (isSafeUrl(url)) this.draft = { ...this.draft, logoUrl: url };
      else problem = 'orgProfile.uploadUnsafe';
    } catch {
      problem = 'orgProfile.uploadFailed';
    }
    this.uploading = false;
    if (problem) this.errors = { ...this.errors, logoUrl: problem };
    void this.announcer.announce(this.localize.term(problem ?? 'orgProfile.uploaded'));
  }

  /** The Remove button goes with the logo: focus moves to the URL field, now empty. */
  private async handleRemoveLogo(): Promise<void> {
    this.handleInput('logoUrl', '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#logoUrl')?.focus();
  }

  private async handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const saved = this.saved;
    const patch = this.patch;
    if (!saved || Object.keys(patch).length === 0 || this.uploading || this.mutations.busy()) return;
    this.failure = '';
    const errors = validateDraft(saved, this.draft);
    if (Object.keys(errors).length > 0) return this.showErrors(errors);
    const result = await this.mutations.run(`save:${JSON.stringify(patch)}`, 'updateOrganization', async (client, options) => {
      const organization = await client.updateOrganization!(patch, options);
      this.saved = organization;
      this.resetDraft(organization);
      this.emit('so-organization-updated', { organization });
      void this.announcer.announce(this.localize.term('orgProfile.saved'));
    });
    if (result.ok || result.error.code === 'aborted') return;
    const fields = serverErrors(result.error, patch);
    if (Object.keys(fields).length > 0) return this.showErrors(fields);
    this.failure = this.localize.term('orgProfile.saveFailed', errorMessage(this.localize, result.error));
  }

  /** Shows each field's problem beside it, says so, and moves focus to the first. */
  private async showErrors(errors: OrgErrors): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    const first = ORG_FIELDS.find((field) => errors[field]);
    this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus();
    void this.announcer.announce(this.localize.term('orgProfile.fixFields'));
  }

  override render() {
    const level = this.validHeadingLevel ? this.headingLevel : 2;
    return html`<section part="base" class="org-profile" aria-labelledby="heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      <div class="header">
        <div id="heading" class="heading" role="heading" aria-level=${level}><slot name="heading">${this.localize.term('orgProfile.label')}</slot></div>
        <p class="description">${this.localize.term('orgProfile.description')}</p>
      </div>
      ${renderFailure(this.localize, this.failure, () => (this.failure = ''))}
      ${this.data.render({
        ready: () => this.renderReady(),
        empty: () => html`<p class="state-empty" part="empty">${this.localize.term('orgProfile.noOrganization')}</p>`,
      })}
    </section>`;
  }

  private renderReady(): TemplateResult | typeof nothing {
    const organization = this.saved;
    if (!organization) return nothing;
    if (this.planLimited) return renderUpgrade(this.localize, organization.planName, () => this.emit('so-upgrade-request', this.upgradeDetail('button')));
    const reason = this.readOnlyReason;
    const logo = { broken: this.brokenLogo === (organization.logoUrl ?? ''), onError: () => (this.brokenLogo = organization.logoUrl ?? '') };
    if (reason) return renderReadOnly(this.localize, organization, reason, logo);
    return this.renderForm(organization);
  }

  private renderForm(organization: Organization): TemplateResult {
    return renderOrgForm({
      localize: this.localize,
      organization,
      draft: this.draft,
      errors: this.errors,
      pickerColor: this.pickerColor,
      brokenLogo: this.brokenLogo,
      saving: this.mutations.busy(),
      uploading: this.uploading,
      unsaved: this.unsaved,
      canUpload: !!this.uploadLogo,
      onInput: (field, value) => this.handleInput(field, value),
      onFieldChange: (field) => this.handleFieldChange(field),
      onLogoError: (url) => (this.brokenLogo = url),
      onLogoFile: (event) => void this.handleLogoFile(event),
      onRemoveLogo: () => void this.handleRemoveLogo(),
      onDiscard: () => this.resetDraft(organization),
      onSubmit: (event) => void this.handleSave(event),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-org-profile': SoOrgProfile;
  }
  interface GlobalEventHandlersEventMap {
    'so-organization-updated': CustomEvent<SoOrganizationUpdatedDetail>;
    'so-upgrade-request': CustomEvent<SoUpgradeRequestDetail>;
  }
}
