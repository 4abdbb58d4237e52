import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AccountApiError } from '../../client/errors.js';
import type { InviteResult, InviteRow, Role } from '../../client/types.js';
import { errorMessage } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { dialogStyles } from '../../internal/styles/dialog.js';
import { spinnerStyles } from '../../internal/styles/spinner.js';
import { roleName } from './member-row.js';
import { parseInvites, reviewInvites, type ReviewedInvite } from './parse-invites.js';
import { styles } from './so-invite-dialog.styles.js';
import { confirmDialogMessages } from '../../internal/localize/messages/confirm-dialog.js';
import { inviteDialogMessages } from '../../internal/localize/messages/invite-dialog.js';

/** How sending ended: one result per row sent, or why nothing was sent. */
export type InviteSendResult =
  | { ok: true; results: InviteResult[] }
  | { ok: false; error: AccountApiError; /** Set when the plan lacks organizations. */ planName?: string };

/** Preview rows rendered at most; the summary still counts every row. */
const PREVIEW_LIMIT = 200;

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The invite dialog of `<so-org-members>` (internal): addresses typed or pasted (lists or CSV
 * lines `email,role`), a default role with its description, a live preview with the problems
 * found locally, the per-request limit explained, then the per-row results the client returns.
 * The host element does the sending, through `send`, so its mutation rules apply.
 *
 * @summary Internal part of `<so-org-members>`: the invite dialog with preview and per-row results.
 *
 * @csspart base - The `<dialog>`.
 */
@customElement('so-invite-dialog')
export class SoInviteDialog extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, dialogStyles, spinnerStyles, styles];
  // Its Cancel button reads the confirm dialog's `dialog.cancel`.
  static override messages = [confirmDialogMessages, inviteDialogMessages];

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The roles to choose from (JS property only). */
  @property({ attribute: false }) roles: Role[] = [];
  /** The role chosen when the dialog opens. */
  @property({ attribute: 'default-role' }) defaultRole = '';
  /** The most rows one request may send. */
  @property({ type: Number, attribute: 'max-invites' }) maxInvites = 100;
  /** Lower-cased emails of the members loaded, for the "already a member" check (JS property only). */
  @property({ attribute: false }) memberEmails: ReadonlySet<string> = new Set();
  /** Lower-cased emails with a pending invitation, for the "already invited" check (JS property only). */
  @property({ attribute: false }) invitedEmails: ReadonlySet<string> = new Set();
  /** Sends the rows; provided by the host element (JS property only). */
  @property({ attribute: false }) send?: (rows: InviteRow[]) => Promise<InviteSendResult>;

  @state() private text = '';
  @state() private roleId = '';
  @state() private phase: 'compose' | 'sending' | 'results' = 'compose';
  @state() private failure = '';
  @state() private outcome?: { reviewed: ReviewedInvite[]; results: InviteResult[] };

  @query('dialog') private dialog!: HTMLDialogElement;

  #trigger: HTMLElement | null = null;
  #reviewed: ReviewedInvite[] = [];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.dialog?.open) this.dialog.close();
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this.dialog?.open) {
      const active = deepActiveElement();
      this.#trigger = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    this.#reviewed = reviewInvites(parseInvites(this.text, { roles: this.roles }), {
      roles: this.roles,
      defaultRoleId: this.roleId,
      memberEmails: this.memberEmails,
      invitedEmails: this.invitedEmails,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open && this.isConnected) {
      this.dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('textarea')?.focus();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  /** Opens the dialog at its first step, with `text` in the address field. */
  async show(text = ''): Promise<void> {
    this.text = text;
    this.roleId = this.roles.some((role) => role.id === this.defaultRole) ? this.defaultRole : (this.roles[0]?.id ?? '');
    this.phase = 'compose';
    this.failure = '';
    this.outcome = undefined;
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog (not while sending). */
  async hide(): Promise<void> {
    if (this.phase !== 'sending') this.open = false;
    await this.updateComplete;
  }

  private get ready(): ReviewedInvite[] {
    return this.#reviewed.filter((row) => row.problem === null);
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const reviewed = this.#reviewed;
    const ready = this.ready;
    if (this.phase !== 'compose' || !this.send || ready.length === 0 || ready.length > this.maxInvites) return;
    this.phase = 'sending';
    this.failure = '';
    const result = await this.send(ready.map(({ email, roleId }) => ({ email, roleId: roleId! })));
    if (result.ok) {
      this.outcome = { reviewed, results: result.results };
      this.phase = 'results';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#results-summary')?.focus();
    } else {
      this.phase = 'compose';
      const reason =
        result.planName !== undefined ? this.localize.term('orgMembers.invitePlan', result.planName) : errorMessage(this.localize, result.error);
      this.failure = result.planName !== undefined ? reason : this.localize.term('orgMembers.inviteFailed', reason);
    }
  }

  private handleInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.failure = '';
  }

  private handleRoleChange(event: Event): void {
    this.roleId = (event.target as HTMLSelectElement).value;
  }

  private async handleInviteMore(): Promise<void> {
    await this.show();
    this.renderRoot.querySelector<HTMLElement>('textarea')?.focus();
  }

  private handleCancel(event: Event): void {
    // Escape while sending would hide the outcome of a request that may still succeed.
    if (this.phase === 'sending') event.preventDefault();
  }

  private handleClose(): void {
    // A close event queued before the dialog was shown again is stale: it must not close it.
    if (this.dialog.open) return;
    this.open = false;
    const trigger = this.#trigger;
    this.#trigger = null;
    const active = deepActiveElement();
    const focusIsLost = !active || active === document.body || this.renderRoot.contains(active);
    if (trigger?.isConnected && focusIsLost) trigger.focus();
  }

  override render() {
    return html`<dialog part="base" aria-labelledby="heading" @cancel=${this.handleCancel} @close=${this.handleClose}>
      <form class="panel" novalidate @submit=${this.handleSubmit}>
        <h2 id="heading" class="heading">${this.localize.term('orgMembers.inviteHeading')}</h2>
        ${this.phase === 'results' && this.outcome ? this.renderResults(this.outcome) : this.renderCompose()}
      </form>
    </dialog>`;
  }

  private renderCompose(): TemplateResult {
    const { localize } = this;
    const reviewed = this.#reviewed;
    const ready = this.ready.length;
    const overLimit = ready > this.maxInvites;
    const sending = this.phase === 'sending';
    const role = this.roles.find((candidate) => candidate.id === this.roleId);
    const sendStatus =
      reviewed.length === 0 ? '' : ready === 0 ? localize.term('orgMembers.nothingToSend') : overLimit ? localize.term('orgMembers.overLimit', ready, this.maxInvites) : '';
    return html`<div class="field">
        <label for="emails">${localize.term('orgMembers.inviteEmailsLabel')}</label>
        <textarea
          id="emails"
          rows="4"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="emails-hint limit-hint"
          ?readonly=${sending}
          .value=${live(this.text)}
          @input=${this.handleInput}
        ></textarea>
        <p id="emails-hint" class="hint">${localize.term('orgMembers.inviteEmailsHint')}</p>
        <p id="limit-hint" class="hint">${localize.term('orgMembers.inviteLimitHint', this.maxInvites)}</p>
      </div>
      <div class="field">
        <label for="role">${localize.term('orgMembers.inviteRoleLabel')}</label>
        <select id="role" aria-describedby="role-description role-hint" .value=${live(this.roleId)} ?disabled=${sending} @change=${this.handleRoleChange}>
          ${this.roles.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === this.roleId}>${candidate.name}</option>`)}
        </select>
        <p id="role-description" class="role-description">${role?.description ?? ''}</p>
        <p id="role-hint" class="hint">${localize.term('orgMembers.inviteRoleHint')}</p>
      </div>
      ${reviewed.length ? this.renderPreview(reviewed) : nothing}
      <p id="send-status" class="summary ${overLimit ? 'over-limit' : ''}" ?hidden=${!sendStatus}>${sendStatus}</p>
      ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : nothing}
      <div class="actions">
        <button type="button" class="cancel" aria-disabled=${sending ? 'true' : 'false'} @click=${() => void this.hide()}>${localize.term('dialog.cancel')}</button>
        <button
          type="submit"
          class="primary send"
          aria-describedby="send-status"
          ?disabled=${ready === 0 || overLimit}
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${ready === 0 ? localize.term('orgMembers.sendEmpty') : localize.term('orgMembers.send', ready)}
        </button>
      </div>
      <span class="visually-hidden" role="status">${sending ? localize.term('orgMembers.sending') : ''}</span>`;
  }

  private renderPreview(reviewed: ReviewedInvite[]): TemplateResult {
    const { localize } = this;
    const ready = this.ready.length;
    const shown = reviewed.slice(0, PREVIEW_LIMIT);
    return html`<div class="preview">
      <p id="preview-summary" class="summary">${localize.term('orgMembers.previewSummary', ready, reviewed.length - ready)}</p>
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="preview-caption">
        <table>
          <caption id="preview-caption">${localize.term('orgMembers.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${localize.term('orgMembers.columnEmail')}</th>
              <th scope="col">${localize.term('orgMembers.columnRole')}</th>
              <th scope="col">${localize.term('orgMembers.columnStatus')}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (row) => html`<tr class=${row.problem ? 'problem' : 'ready'} data-problem=${row.problem ?? 'none'}>
                <td class="email">${row.email}</td>
                <td>${row.roleId ? roleName(localize, this.roles, row.roleId) : row.roleText}</td>
                <td>${row.problem ? this.problemText(row) : localize.term('orgMembers.previewReady')}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${reviewed.length > shown.length ? html`<p class="hint">${localize.term('orgMembers.previewMore', reviewed.length - shown.length)}</p>` : nothing}
    </div>`;
  }

  private renderResults({ reviewed, results }: { reviewed: ReviewedInvite[]; results: InviteResult[] }): TemplateResult {
    const { localize } = this;
    // The client answers one result per row sent, in order; rows with a local problem were not sent.
    const sent = [...results];
    const rows = reviewed.map((row) => ({ row, result: row.problem === null ? sent.shift() : undefined }));
    const invited = rows.filter(({ result }) => result?.status === 'invited').length;
    return html`<p id="results-summary" class="summary" tabindex="-1">${localize.term('orgMembers.resultsSummary', invited, rows.length - invited)}</p>
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="results-caption">
        <table>
          <caption id="results-caption">${localize.term('orgMembers.resultsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${localize.term('orgMembers.columnEmail')}</th>
              <th scope="col">${localize.term('orgMembers.columnRole')}</th>
              <th scope="col">${localize.term('orgMembers.columnResult')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.slice(0, PREVIEW_LIMIT).map(
              ({ row, result }) => html`<tr class=${result?.status === 'invited' ? 'ready' : 'problem'} data-result=${result?.status ?? 'not_sent'}>
                <td class="email">${result?.email ?? row.email}</td>
                <td>${row.roleId ? roleName(localize, this.roles, row.roleId) : row.roleText}</td>
                <td>
                  ${result
                    ? localize.term(`orgMembers.result.${result.status}`)
                    : localize.term('orgMembers.notSent', row.problem ? this.problemText(row) : '')}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${rows.length > PREVIEW_LIMIT ? html`<p class="hint">${localize.term('orgMembers.previewMore', rows.length - PREVIEW_LIMIT)}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${this.handleInviteMore}>${localize.term('orgMembers.inviteMore')}</button>
        <button type="button" class="primary" @click=${() => void this.hide()}>${localize.term('orgMembers.done')}</button>
      </div>`;
  }

  private problemText(row: ReviewedInvite): string {
    if (row.problem === 'unknown_role') return this.localize.term('orgMembers.problem.unknown_role', row.roleText ?? '');
    return this.localize.term(`orgMembers.problem.${row.problem as Exclude<ReviewedInvite['problem'], 'unknown_role' | null>}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-invite-dialog': SoInviteDialog;
  }
}
