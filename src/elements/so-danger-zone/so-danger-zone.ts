import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { toAccountApiError, type AccountApiError } from '../../client/errors.js';
import type { AccountClient, Organization, RegeneratedSecrets } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController, type MutationCall } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import type { SoConfirmDialog } from '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import { confirmDialog } from '../../internal/parts/load-confirm-dialog.js';
import { secretOnce } from '../../internal/parts/load-secret-once.js';
import { OnDemandParts } from '../../internal/parts/on-demand.js';
import type { SoSecretOnce } from '../../internal/parts/so-secret-once/so-secret-once.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { onDemandStyles } from '../../internal/styles/on-demand.js';
import { stateStyles } from '../../internal/styles/states.js';
import { forgetViewer, loadViewer } from '../../internal/viewer.js';
import {
  ACTION_OPERATIONS,
  actionCall,
  DANGER_ACTIONS,
  isLastOwner,
  parseActions,
  visibleActions,
  type ActionAvailability,
  type DangerAction,
  type DangerZoneView,
} from './danger-actions.js';
import { renderActionDialog, renderActionRow } from './danger-zone-view.js';
import { styles } from './so-danger-zone.styles.js';
import { dangerZoneMessages } from '../../internal/localize/messages/danger-zone.js';

export { DANGER_ACTIONS, type DangerAction } from './danger-actions.js';

/** Detail of `so-sessions-revoke-request`, `so-secrets-regenerate-request` and `so-sessions-revoked`: nothing beyond the event. */
export type SoDangerZoneDetail = Record<string, never>;

/** Detail of `so-organization-leave-request`, `so-organization-left`, `so-organization-delete-request` and `so-organization-deleted`. */
export interface SoOrganizationActionDetail {
  /** The organization's id. */
  organizationId: string;
}

/** Detail of `so-secrets-regenerated`: the ids of the new keys. Never a secret. */
export interface SoSecretsRegeneratedDetail {
  /** The ids of the keys that now have new secrets; empty when there were no active keys. */
  keyIds: string[];
}

/**
 * Each action is a row saying what it does and what it breaks, with a danger button that opens
 * a confirmation (a native modal dialog). Confirming fires a cancelable `so-<action>-request`
 * first: `preventDefault()` vetoes it, no call is made and the dialog closes. While the call runs
 * the dialog stays open and busy; a failure keeps it open with the error announced, a success
 * closes it and fires the outcome event. Deleting the organization lists what is lost, lists its
 * deletion blockers (active subscriptions, linked when they carry an `https:` or relative `href`)
 * and stays disabled while any remain; otherwise the organization's exact name must be typed.
 * Regenerated secrets are shown once in the once-only secrets panel. The dialogs' and the
 * panel's code is imported when the element connects, apart from its first render, and a dialog
 * opens only once both have arrived (if they can't be loaded, the element says so instead).
 * Each intent keeps one idempotency key until it succeeds, so a retry (the host's step-up
 * `retry()` included) is applied once.
 *
 * @summary Irreversible account and organization actions: sign out everywhere, regenerate secrets, leave or delete the organization.
 *
 * @csspart base - The element's root.
 * @csspart action - One action's row; `data-action` names the action.
 * @csspart action-title - An action's title.
 * @csspart action-button - An action's danger button.
 * @csspart unavailable - The reason an action can't be taken now.
 * @csspart blockers - The deletion blockers in the delete dialog.
 * @csspart secrets - The once-only panel showing regenerated secrets.
 * @csspart notice - The message after an action succeeded.
 * @csspart failure - Why a dialog could not be opened (its code could not be loaded), with Dismiss.
 * @csspart empty - The text shown when no action is available.
 *
 * @cssproperty --so-danger-zone-color - The danger accent: border, titles' marker, buttons (default `--so-color-danger`).
 * @cssproperty --so-danger-zone-background - The background (default `--so-color-surface`).
 * @cssproperty --so-danger-zone-radius - The corner radius (default `--so-radius-large`).
 * @cssproperty --so-danger-zone-padding - The space inside each row (default `--so-space-4`).
 *
 * @cssstate loading - The actions are loading.
 * @cssstate unavailable - At least one action shown can't be taken now.
 * @cssstate deletion-blocked - The organization has deletion blockers.
 *
 * @fires {CustomEvent<SoDangerZoneDetail>} so-sessions-revoke-request - Before signing out every session. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoDangerZoneDetail>} so-sessions-revoked - Every session was signed out: send the user to sign in.
 * @fires {CustomEvent<SoDangerZoneDetail>} so-secrets-regenerate-request - Before regenerating the secrets. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoSecretsRegeneratedDetail>} so-secrets-regenerated - New secrets were issued and are on screen; `{ keyIds }`, never a secret.
 * @fires {CustomEvent<SoOrganizationActionDetail>} so-organization-leave-request - Before leaving the organization. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoOrganizationActionDetail>} so-organization-left - The viewer left the organization.
 * @fires {CustomEvent<SoOrganizationActionDetail>} so-organization-delete-request - Before deleting the organization. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoOrganizationActionDetail>} so-organization-deleted - The organization was deleted.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - The action needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-danger-zone')
export class SoDangerZone extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, stateStyles, onDemandStyles, styles];
  static override messages = [dangerZoneMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<DangerZoneView>(this, this.clients, this.localize, {
    operation: 'getOrganization',
    load: async (client, signal, [checkOwner]) => {
      const [viewer, organization] = await Promise.all([loadViewer(client, signal), client.getOrganization({ signal })]);
      // A backend that states `lastOwner` saves reading the members.
      const lastOwner = checkOwner && organization ? (viewer.lastOwner ?? (await isLastOwner(client, viewer.id, signal))) : null;
      this.refreshedOrganization = undefined;
      this.leaveRefused = false;
      return { viewer, organization, lastOwner };
    },
    // Without the viewer's `lastOwner`, the check costs member reads: only when Leave may be shown.
    args: () => [this.requested.includes('leave-organization') && this.clients.can('leaveOrganization')],
    isEmpty: (view) => this.rows(view).length === 0,
  });
  private readonly mutations = new MutationController(this, this.clients);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** Space-separated actions to show, in order: `revoke-sessions regenerate-secrets leave-organization delete-organization`. Empty: all. */
  @property() actions = '';
  /** Shows the actions the viewer may not take, disabled with the reason, instead of hiding them. */
  @property({ type: Boolean, attribute: 'show-unavailable', reflect: true }) showUnavailable = false;
  /** The level of each action's title, 2–6 (default 3), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The organization as re-read after a conflict or when the delete dialog opened; newer than the loaded one. */
  @state() private refreshedOrganization?: Organization | null;
  /** The server refused to let the viewer leave: they are the last owner. */
  @state() private leaveRefused = false;
  /** The failure shown in an action's dialog. */
  @state() private failure?: { action: DangerAction; message: string };
  /** What the last successful action did, shown above the actions. */
  @state() private notice = '';

  @query('so-secret-once') private secretPanel!: SoSecretOnce;
  // Both arrive before any dialog opens: new secrets are shown once, so the panel must be there.
  private readonly parts = new OnDemandParts(this, [confirmDialog, secretOnce]);
  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  readonly #warnedUnsupported = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actions')) {
      const { unknown } = parseActions(this.actions);
      if (unknown.length > 0) {
        devWarn(`<so-danger-zone> actions lists ${unknown.join(', ')}, which is not one of ${DANGER_ACTIONS.join(', ')}; ignored.`);
      }
    }
    if (changed.has('headingLevel') && !this.validHeadingLevel) {
      devWarn(`<so-danger-zone> heading-level="${this.headingLevel}" is not 2–6; using 3.`);
    }
    this.warnUnsupported();
    const view = this.view;
    const rows = view ? this.rows(view) : [];
    this.toggleState('loading', this.data.pending);
    this.toggleState('unavailable', !this.data.pending && rows.some((row) => row.reason));
    this.toggleState('deletion-blocked', !this.data.pending && (view?.organization?.deletionBlockers.length ?? 0) > 0);
  }

  /** Loads the viewer (whether they are the last owner) and the organization (with its deletion blockers) again. */
  async reload(): Promise<void> {
    const { client } = this.clients;
    if (client) forgetViewer(client);
    await this.data.reload();
  }

  /** Opens the confirmation of `action`, as its button does; does nothing when the action is not shown or can't be taken. */
  async openDialog(action: DangerAction): Promise<void> {
    const view = this.view;
    const row = view && this.rows(view).find((candidate) => candidate.action === action);
    if (!row || row.reason) return;
    // The dialogs are imported on demand: of the clicks made while they load, the last opens.
    await this.parts.open(async () => {
      await this.updateComplete;
      const dialog = this.dialogFor(action);
      if (!dialog) return;
      this.failure = undefined;
      this.notice = '';
      await dialog.show();
      // Subscriptions may have been canceled (or added) elsewhere since the page loaded.
      if (action === 'delete-organization' && this.clients.client) void this.refreshOrganization(this.clients.client);
    });
  }

  /** The requested actions, in order. */
  private get requested(): DangerAction[] {
    return parseActions(this.actions).actions;
  }

  /** The loaded view, with the newest organization and what the server told since. */
  private get view(): DangerZoneView | undefined {
    const loaded = this.data.value;
    if (!loaded) return undefined;
    const organization = this.refreshedOrganization === undefined ? loaded.organization : this.refreshedOrganization;
    return { ...loaded, organization, lastOwner: this.leaveRefused ? true : loaded.lastOwner };
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6;
  }

  /** The rows to show: requested, supported by the client, and allowed (or shown as unavailable). */
  private rows(view: DangerZoneView): ActionAvailability[] {
    const supported = this.requested.filter((action) => this.clients.can(ACTION_OPERATIONS[action]));
    return visibleActions(supported, view, this.showUnavailable);
  }

  private warnUnsupported(): void {
    const client = this.clients.client;
    if (!client || !this.actions.trim()) return; // the default quietly shows what the client supports
    for (const action of this.requested) {
      const operation = ACTION_OPERATIONS[action];
      if (this.clients.can(operation) || this.#warnedUnsupported.has(action)) continue;
      this.#warnedUnsupported.add(action);
      devWarn(`<so-danger-zone> actions lists ${action}, but the client has no ${operation}(); the action is hidden.`);
    }
  }

  private dialogFor(action: DangerAction): SoConfirmDialog | null {
    return this.renderRoot.querySelector<SoConfirmDialog>(`so-confirm-dialog[data-action="${action}"]`);
  }

  /** One intent per action (and organization, and typed name): its idempotency key lives until it succeeds. */
  private intentFor(action: DangerAction, organization: Organization | null): string {
    if (action === 'delete-organization') return `${action}:${organization?.id}:${organization?.name}`;
    if (action === 'leave-organization') return `${action}:${organization?.id}`;
    return action;
  }

  private async refreshOrganization(client: AccountClient): Promise<Organization | null | undefined> {
    try {
      const organization = await client.getOrganization();
      this.refreshedOrganization = organization;
      return organization;
    } catch {
      return undefined; // the dialog keeps what it knew; the server still refuses a blocked deletion
    }
  }

  /** Fires the cancelable request event of `action`; returns whether the host vetoed it. */
  private vetoed(action: DangerAction, organization: Organization | null): boolean {
    const organizationId = organization?.id ?? '';
    switch (action) {
      case 'revoke-sessions':
        return this.emit('so-sessions-revoke-request', {}, { cancelable: true }).defaultPrevented;
      case 'regenerate-secrets':
        return this.emit('so-secrets-regenerate-request', {}, { cancelable: true }).defaultPrevented;
      case 'leave-organization':
        return this.emit('so-organization-leave-request', { organizationId }, { cancelable: true }).defaultPrevented;
      case 'delete-organization':
        return this.emit('so-organization-delete-request', { organizationId }, { cancelable: true }).defaultPrevented;
    }
  }

  /**
   * The client call of `action`, wrapped so its outcome shows whoever runs it: the dialog's
   * Confirm, or the host's `retry()` after a step-up.
   */
  private perform(action: DangerAction, organization: Organization | null): MutationCall<unknown> {
    const call = actionCall(action, organization);
    return async (client, options) => {
      this.failure = undefined;
      let value: unknown;
      try {
        value = await call(client, options);
      } catch (error) {
        await this.handleFailure(action, toAccountApiError(error), client, organization);
        throw error;
      }
      await this.handleSuccess(action, value, client, organization);
      return value;
    };
  }

  private handleActionClick(row: ActionAvailability): void {
    if (row.reason) return; // aria-disabled: focusable, so its reason is heard, but inert
    void this.openDialog(row.action);
  }

  private handleConfirm(action: DangerAction, event: Event): void {
    // The dialog stays open while the action runs: it closes on success, and keeps the error otherwise.
    event.preventDefault();
    const dialog = event.currentTarget as SoConfirmDialog;
    const organization = this.view?.organization ?? null;
    const intent = this.intentFor(action, organization);
    if (this.mutations.busy(intent)) return;
    if (this.vetoed(action, organization)) {
      void dialog.hide();
      return;
    }
    dialog.busy = true;
    void this.mutations.run(intent, ACTION_OPERATIONS[action], this.perform(action, organization));
  }

  private handleCancel(action: DangerAction): void {
    if (this.failure?.action === action) this.failure = undefined;
  }

  private async handleSuccess(action: DangerAction, value: unknown, client: AccountClient, organization: Organization | null): Promise<void> {
    const dialog = this.dialogFor(action);
    if (dialog) {
      dialog.busy = false;
      await dialog.hide();
    }
    const organizationId = organization?.id ?? '';
    const name = organization?.name ?? '';
    switch (action) {
      case 'revoke-sessions':
        void this.showNotice(this.localize.term('dangerZone.revokeSessions.done'));
        this.emit('so-sessions-revoked', {});
        break;
      case 'regenerate-secrets': {
        const { secrets } = value as RegeneratedSecrets;
        if (secrets.length > 0) {
          await this.secretPanel.show(
            secrets.map(({ key, secret }) => ({ id: key.id, label: key.name, prefix: key.prefix, last4: key.last4, secret })),
          );
        } else {
          void this.showNotice(this.localize.term('dangerZone.regenerateSecrets.none'));
        }
        this.emit('so-secrets-regenerated', { keyIds: secrets.map(({ key }) => key.id) });
        break;
      }
      case 'leave-organization':
      case 'delete-organization': {
        const left = action === 'leave-organization';
        forgetViewer(client); // the viewer's organization permissions are gone
        await this.showNotice(this.localize.term(left ? 'dangerZone.leaveOrganization.done' : 'dangerZone.deleteOrganization.done', name), true);
        this.emit(left ? 'so-organization-left' : 'so-organization-deleted', { organizationId });
        void this.reload();
        break;
      }
    }
  }

  private async handleFailure(action: DangerAction, error: AccountApiError, client: AccountClient, organization: Organization | null): Promise<void> {
    if (error.code === 'aborted') return;
    let message = errorMessage(this.localize, error);
    if (action === 'delete-organization' && (error.code === 'conflict' || error.code === 'validation')) {
      // A subscription appeared, or the name changed, since the dialog opened: show what is true now.
      const current = await this.refreshOrganization(client);
      if (error.code === 'validation') message = this.localize.term('dangerZone.deleteOrganization.nameChanged');
      else if (current?.deletionBlockers.length) message = this.localize.term('dangerZone.deleteOrganization.stillBlocked');
    } else if (action === 'leave-organization' && error.code === 'conflict') {
      this.leaveRefused = true;
      message = this.localize.term('dangerZone.leaveOrganization.lastOwner', organization?.name ?? '');
    }
    this.failure = { action, message };
  }

  /** Shows `message` above the actions and announces it; `focus` moves focus there (its trigger is gone). */
  private async showNotice(message: string, focus = false): Promise<void> {
    this.notice = message;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>('[part="notice"]')?.focus();
    else void this.announcer.announce(message);
  }

  override render() {
    const view = this.view;
    return html`<section part="base" class="zone" aria-label=${this.localize.term('dangerZone.label')} aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      ${this.notice ? html`<p part="notice" class="notice" tabindex="-1">${this.notice}</p>` : nothing}
      ${this.parts.render(this.localize)}
      <so-secret-once part="secrets"><p>${this.localize.term('dangerZone.regenerateSecrets.savedHint')}</p></so-secret-once>
      ${this.data.render({ ready: (loaded) => this.renderRows(loaded), empty: () => this.renderEmpty() })}
      ${view ? this.rows(view).map((row) => this.renderDialog(row, view.organization)) : nothing}
    </section>`;
  }

  // The ready state draws from `view` (newer than the loaded value), not from `_loaded`.
  private renderRows(_loaded: DangerZoneView): TemplateResult {
    const view = this.view!;
    return html`<ul class="actions" role="list">
      ${this.rows(view).map((row) =>
        renderActionRow(this.localize, row, view.organization, this.validHeadingLevel ? this.headingLevel : 3, () => this.handleActionClick(row)),
      )}
    </ul>`;
  }

  private renderDialog(row: ActionAvailability, organization: Organization | null): TemplateResult {
    const { action } = row;
    return renderActionDialog(this.localize, {
      row,
      organization,
      busy: this.mutations.busy(this.intentFor(action, organization)),
      failure: this.failure?.action === action ? this.failure.message : '',
      onConfirm: (event) => this.handleConfirm(action, event),
      onCancel: () => this.handleCancel(action),
    });
  }

  private renderEmpty(): TemplateResult {
    const view = this.view;
    // Anything the viewer could see with `show-unavailable` is hidden for a lack of permission.
    const hidden = view ? visibleActions(this.requested.filter((action) => this.clients.can(ACTION_OPERATIONS[action])), view, true) : [];
    const key = hidden.some((row) => row.reason === 'permission') ? 'dangerZone.emptyNoPermission' : 'dangerZone.empty';
    return html`<p class="state-empty" part="empty">${this.localize.term(key)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-danger-zone': SoDangerZone;
  }
  interface GlobalEventHandlersEventMap {
    'so-sessions-revoke-request': CustomEvent<SoDangerZoneDetail>;
    'so-sessions-revoked': CustomEvent<SoDangerZoneDetail>;
    'so-secrets-regenerate-request': CustomEvent<SoDangerZoneDetail>;
    'so-secrets-regenerated': CustomEvent<SoSecretsRegeneratedDetail>;
    'so-organization-leave-request': CustomEvent<SoOrganizationActionDetail>;
    'so-organization-left': CustomEvent<SoOrganizationActionDetail>;
    'so-organization-delete-request': CustomEvent<SoOrganizationActionDetail>;
    'so-organization-deleted': CustomEvent<SoOrganizationActionDetail>;
  }
}
