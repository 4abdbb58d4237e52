import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AccountApiError } from '../../client/errors.js';
import type { AccountErrorCode } from '../../client/errors.js';
import type { AccountClient, Passkey, PasskeyRegistrationResponse } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage, renderFailure } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { sectionStyles } from '../../internal/styles/section.js';
import { spinnerStyles } from '../../internal/styles/spinner.js';
import { stateStyles } from '../../internal/styles/states.js';
import { createPasskey, loadCeremony, webAuthnSupported } from './ceremony.js';
import { nameProblem, renderPasskey, type RowView } from './passkey-row.js';
import { styles } from './so-passkeys.styles.js';
import { passkeysMessages } from '../../internal/localize/messages/passkeys.js';

/** Detail of `so-passkey-added`, `so-passkey-renamed`, `so-passkey-delete-request` and `so-passkey-deleted`. */
export interface SoPasskeyDetail {
  /** The passkey's id. */
  passkeyId: string;
  /** Its name (after a rename, the new one). */
  name: string;
}

/** Failures after which the server may have registered the passkey anyway. */
const OUTCOME_UNKNOWN = new Set<AccountErrorCode>(['network', 'timeout', 'unavailable', 'unknown']);

/**
 * The viewer's passkeys — name, authenticator, when added and last used — with Add, inline
 * Rename and Delete. Add asks for a name, calls `beginPasskeyRegistration`, runs the browser's
 * WebAuthn ceremony (`@simplewebauthn/browser`, loaded when an Add starts) and then
 * `finishPasskeyRegistration`; a cancelled or failed ceremony says so and adds nothing. When the
 * browser has no WebAuthn, Add is replaced by an explanation. Delete confirms in a modal dialog after a cancelable request event.
 *
 * @summary Passkeys: add one with the browser's WebAuthn prompt, rename, delete.
 *
 * @slot heading - Replaces the "Passkeys" heading.
 *
 * @csspart base - The element's root.
 * @csspart passkey - One passkey's row; `data-passkey-id` names it.
 * @csspart add-form - The name field and Add passkey.
 * @csspart unsupported - The explanation shown when the browser can't create passkeys.
 * @csspart failure - Why the last action failed.
 * @csspart empty - The text shown when there are no passkeys.
 *
 * @fires {CustomEvent<SoPasskeyDetail>} so-passkey-added - A passkey was registered.
 * @fires {CustomEvent<SoPasskeyDetail>} so-passkey-renamed - A passkey was renamed.
 * @fires {CustomEvent<SoPasskeyDetail>} so-passkey-delete-request - Before deleting a passkey. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoPasskeyDetail>} so-passkey-deleted - A passkey was deleted.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - An action needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-passkeys')
export class SoPasskeys extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, sectionStyles, spinnerStyles, stateStyles, styles];
  static override messages = [passkeysMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<Passkey[]>(this, this.clients, this.localize, {
    operation: 'listPasskeys',
    load: async (client, signal) => {
      const passkeys = await client.listPasskeys({ signal });
      this.passkeys = passkeys;
      return passkeys;
    },
    isEmpty: () => false, // the empty list still offers Add
  });
  private readonly mutations = new MutationController(this, this.clients);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;

  /** The list as shown: loaded, then changed by this element's actions. */
  @state() private passkeys: Passkey[] = [];
  @state() private newName = '';
  @state() private nameError = '';
  @state() private adding = false;
  @state() private editing?: { id: string; name: string; error: string };
  @state() private deleting?: Passkey;
  @state() private failure = '';
  /** A registered credential whose finish got no answer: Add sends it again rather than making another. */
  private unfinished?: { name: string; response: PasskeyRegistrationResponse };

  @query('so-confirm-dialog') private deleteDialog!: SoConfirmDialog;
  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  /** Loads the passkeys again. */
  async reload(): Promise<void> {
    await this.data.reload();
  }

  private fail(message: string, error?: AccountApiError): void {
    if (error?.code === 'aborted') return;
    this.failure = message;
  }

  private async handleAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.adding) return;
    const name = this.newName.trim();
    const problem = nameProblem(name);
    this.nameError = problem ? this.localize.term(problem) : '';
    if (problem) return;
    this.failure = '';
    this.adding = true;
    try {
      // A retry after a finish whose outcome is unknown (the reply was lost) sends that same
      // credential again, with the same key, so the server registers it once: no new ceremony.
      let response = this.unfinished?.name === name ? this.unfinished.response : undefined;
      if (!response) {
        void loadCeremony().catch(() => undefined); // meanwhile; createPasskey reports a failed import
        const begun = await this.mutations.run(`begin:${name}`, 'beginPasskeyRegistration', (client, options) =>
          client.beginPasskeyRegistration({ name }, options),
        );
        if (!begun.ok) return this.fail(this.localize.term('passkeys.addFailed', errorMessage(this.localize, begun.error)), begun.error);
        const ceremony = await createPasskey(begun.value);
        if (!ceremony.ok) return this.fail(this.localize.term(ceremony.reason === 'cancelled' ? 'passkeys.cancelled' : ceremony.reason === 'unsupported' ? 'passkeys.unsupported' : 'passkeys.ceremonyFailed'));
        response = ceremony.response;
      }
      const registered = response;
      this.unfinished = undefined;
      const finished = await this.mutations.run(`finish:${registered.id}`, 'finishPasskeyRegistration', async (client, options) => {
        const passkey = await client.finishPasskeyRegistration({ name, response: registered }, options);
        this.passkeys = [...this.passkeys, passkey];
        this.newName = '';
        this.emit('so-passkey-added', { passkeyId: passkey.id, name: passkey.name });
        void this.announcer.announce(this.localize.term('passkeys.addedDone', passkey.name));
      });
      if (!finished.ok) {
        if (OUTCOME_UNKNOWN.has(finished.error.code)) this.unfinished = { name, response: registered };
        this.fail(this.localize.term('passkeys.addFailed', errorMessage(this.localize, finished.error)), finished.error);
      }
    } finally {
      this.adding = false;
    }
  }

  private async startRename(passkey: Passkey): Promise<void> {
    this.editing = { id: passkey.id, name: passkey.name, error: '' };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`[data-passkey-id="${CSS.escape(passkey.id)}"] input`)?.select();
  }

  private async finishEditing(id: string): Promise<void> {
    this.editing = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-passkey-id="${CSS.escape(id)}"] .rename`)?.focus();
  }

  private async handleRenameSubmit(passkey: Passkey): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const name = editing.name.trim();
    const problem = nameProblem(name);
    if (problem) {
      this.editing = { ...editing, error: this.localize.term(problem) };
      return;
    }
    if (name === passkey.name) return this.finishEditing(passkey.id);
    const result = await this.mutations.run(`rename:${passkey.id}:${name}`, 'renamePasskey', async (client, options) => {
      const renamed = await client.renamePasskey(passkey.id, name, options);
      this.passkeys = this.passkeys.map((candidate) => (candidate.id === renamed.id ? renamed : candidate));
      this.emit('so-passkey-renamed', { passkeyId: renamed.id, name: renamed.name });
      void this.announcer.announce(this.localize.term('passkeys.renamed', renamed.name));
      await this.finishEditing(passkey.id);
    });
    if (!result.ok && this.editing) {
      const fieldError = result.error.fieldErrors?.['name']?.[0];
      const message = fieldError ?? this.localize.term('passkeys.renameFailed', errorMessage(this.localize, result.error));
      this.editing = { ...this.editing, error: message };
      // Also announced: focus stays on Save, so the field's description alone would go unheard.
      void this.announcer.announce(message);
    }
  }

  private async handleDeleteClick(passkey: Passkey): Promise<void> {
    this.failure = '';
    this.deleting = passkey;
    await this.updateComplete;
    await this.deleteDialog.show();
  }

  private async handleDeleteConfirm(event: Event): Promise<void> {
    event.preventDefault(); // open and busy while the call runs
    const passkey = this.deleting;
    const dialog = this.deleteDialog;
    if (!passkey || this.mutations.busy(`delete:${passkey.id}`)) return;
    if (this.emit('so-passkey-delete-request', { passkeyId: passkey.id, name: passkey.name }, { cancelable: true }).defaultPrevented) {
      void dialog.hide();
      return;
    }
    dialog.busy = true;
    const result = await this.mutations.run(`delete:${passkey.id}`, 'deletePasskey', async (client, options) => {
      await client.deletePasskey(passkey.id, options);
      this.passkeys = this.passkeys.filter((candidate) => candidate.id !== passkey.id);
      dialog.busy = false;
      await dialog.hide();
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus(); // its row, and the trigger, are gone
      this.emit('so-passkey-deleted', { passkeyId: passkey.id, name: passkey.name });
      void this.announcer.announce(this.localize.term('passkeys.deleted', passkey.name));
    });
    dialog.busy = false;
    if (!result.ok) {
      await dialog.hide();
      this.fail(this.localize.term('passkeys.deleteFailed', errorMessage(this.localize, result.error)), result.error);
    }
  }

  override render() {
    return html`<section part="base" class="passkeys" aria-labelledby="heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      <div class="header">
        <h2 id="heading" class="heading" tabindex="-1"><slot name="heading">${this.localize.term('passkeys.label')}</slot></h2>
        <p class="description">${this.localize.term('passkeys.description')}</p>
      </div>
      ${renderFailure(this.localize, this.failure, () => (this.failure = ''))}
      ${this.data.render({ ready: () => this.renderReady() })}
    </section>`;
  }

  private renderReady(): TemplateResult {
    const { localize } = this;
    const view: RowView = {
      localize,
      editing: this.editing,
      busy: (intent) => this.mutations.busy(intent),
      onRename: (passkey) => void this.startRename(passkey),
      onEditInput: (name) => (this.editing = this.editing && { ...this.editing, name, error: '' }),
      onRenameSubmit: (passkey) => void this.handleRenameSubmit(passkey),
      onRenameCancel: (passkey) => void this.finishEditing(passkey.id),
      onDelete: (passkey) => void this.handleDeleteClick(passkey),
    };
    return html`${this.passkeys.length === 0
        ? html`<p class="state-empty" part="empty">${localize.term('passkeys.empty')}</p>`
        : html`<ul class="list" role="list">${repeat(this.passkeys, (passkey) => passkey.id, (passkey) => renderPasskey(view, passkey))}</ul>`}
      ${webAuthnSupported() ? this.renderAddForm() : html`<p class="unsupported" part="unsupported">${localize.term('passkeys.unsupported')}</p>`}
      <so-confirm-dialog
        variant="danger"
        heading=${this.deleting ? localize.term('passkeys.deleteHeading', this.deleting.name) : ''}
        confirm-label=${localize.term('passkeys.deleteConfirm')}
        @so-confirm=${this.handleDeleteConfirm}
      >
        <p>${localize.term('passkeys.deleteBody')}</p>
      </so-confirm-dialog>`;
  }

  private renderAddForm(): TemplateResult {
    const { localize } = this;
    return html`<form class="add" part="add-form" novalidate @submit=${this.handleAdd}>
      <label for="new-name">${localize.term('passkeys.nameLabel')}</label>
      <div class="add-row">
        <input
          id="new-name"
          maxlength="64"
          autocomplete="off"
          placeholder=${localize.term('passkeys.namePlaceholder')}
          aria-invalid=${this.nameError ? 'true' : 'false'}
          aria-describedby=${this.nameError ? 'new-name-error' : nothing}
          .value=${this.newName}
          @input=${(event: Event) => {
            this.newName = (event.target as HTMLInputElement).value;
            this.nameError = '';
          }}
        />
        <button type="submit" class="primary" aria-disabled=${this.adding ? 'true' : 'false'}>
          ${this.adding ? html`<span class="spinner" aria-hidden="true"></span>${localize.term('passkeys.adding')}` : localize.term('passkeys.add')}
        </button>
      </div>
      ${this.nameError ? html`<p id="new-name-error" class="field-error">${this.nameError}</p>` : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-passkeys': SoPasskeys;
  }
  interface GlobalEventHandlersEventMap {
    'so-passkey-added': CustomEvent<SoPasskeyDetail>;
    'so-passkey-renamed': CustomEvent<SoPasskeyDetail>;
    'so-passkey-delete-request': CustomEvent<SoPasskeyDetail>;
    'so-passkey-deleted': CustomEvent<SoPasskeyDetail>;
  }
}
