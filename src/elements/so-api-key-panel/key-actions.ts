import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { AccountApiError, toAccountApiError } from '../../client/errors.js';
import type { AccountOperation, ApiKey, ApiKeyWithSecret, RotatedApiKey } from '../../client/types.js';
import type { ClientController, ClientHost } from '../../internal/controllers/client-controller.js';
import { MutationController, type MutationCall } from '../../internal/controllers/mutation-controller.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { keyDialogMessages } from '../../internal/localize/messages/key-dialogs.js';
import { defineMessages } from '../../internal/localize/registry.js';
import '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import { dispatchSoEvent } from '../../internal/so-element.js';
import { emptyCreateForm, toCreateInput, validateCreateForm, type CreateErrors, type CreateForm } from './create-form.js';
import { renderCreateBody, renderRevokeBody, renderRotateBody } from './render-dialogs.js';

// The dialogs' strings arrive with them (this module is imported on demand).
defineMessages(keyDialogMessages);

type DialogName = 'rotate' | 'revoke' | 'create';

/** The panel, as the dialogs see it. */
export type KeyActionsHost = ClientHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the dialogs need from the panel. */
export interface KeyActionsOptions {
  /** The panel's client, for the dialogs' mutations. */
  clients: ClientController;
  localize: LocalizeController;
  /** The keys shown now: names must be unique among them. */
  keys: () => ApiKey[];
  /** The grace periods to offer (the first preselected), the variable name for the steps, the scopes to offer. */
  settings: () => { gracePeriods: readonly number[]; environmentVariable: string; availableScopes: readonly string[] };
  /** Changes the keys shown after a mutation, without loading them again. */
  editKeys: (change: (keys: ApiKey[]) => ApiKey[]) => void;
  /** Shows a new secret once; the only place a secret goes. */
  showNewSecret: (result: ApiKeyWithSecret) => Promise<void>;
  /** Moves focus to a key's name. */
  focusKey: (id: string) => boolean;
  /** Speaks a short status message. */
  announce: (message: string) => void;
}

/**
 * The rotate, revoke and create dialogs of `<so-api-key-panel>` and the mutations behind them:
 * a cancelable request event before the call, one call per intent with one idempotency key
 * (kept for the host's step-up `retry()`), the failure shown in the dialog, and on success the
 * keys updated in place and a new secret shown once. A step-up retry that arrives after the user
 * closed the dialog, or after the panel left the page, changes nothing.
 */
export class KeyActions implements ReactiveController {
  private dialog: DialogName | null = null;
  private target: ApiKey | null = null;
  private gracePeriod = 0;
  private form: CreateForm = emptyCreateForm();
  private formErrors: CreateErrors = {};
  private dialogError: AccountApiError | undefined;

  // Bumped when the user abandons a dialog, so a step-up retry that arrives later changes nothing.
  #epoch = 0;
  #intent: string | null = null;
  // Relative expiries of a new key count from when the create dialog opened (see toCreateInput).
  #createAnchor = new Date();
  #validateLive = false;
  private readonly mutations: MutationController;

  constructor(
    private readonly host: KeyActionsHost,
    private readonly options: KeyActionsOptions,
  ) {
    this.mutations = new MutationController(host, options.clients);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#epoch += 1;
  }

  /** Opens the rotate dialog for `key`. */
  rotate(key: ApiKey): Promise<void> {
    this.gracePeriod = this.options.settings().gracePeriods[0] ?? 0;
    return this.open('rotate', key);
  }

  /** Opens the revoke dialog for `key`. */
  revoke(key: ApiKey): Promise<void> {
    return this.open('revoke', key);
  }

  /** Opens the create dialog with an empty form, focus in the name field. */
  async create(): Promise<void> {
    this.form = emptyCreateForm();
    this.formErrors = {};
    this.#validateLive = false;
    this.#createAnchor = new Date();
    await this.open('create', null);
    this.host.renderRoot.querySelector<HTMLInputElement>('#key-name')?.focus();
  }

  /** The dialogs' state lives here, not in the panel's reactive properties: re-render on change. */
  private changed(): void {
    this.host.requestUpdate();
  }

  private element(name: DialogName): SoConfirmDialog {
    return this.host.renderRoot.querySelector<SoConfirmDialog>(`so-confirm-dialog.${name}`)!;
  }

  private async open(name: DialogName, target: ApiKey | null): Promise<void> {
    this.dialog = name;
    this.target = target;
    this.dialogError = undefined;
    this.changed();
    await this.host.updateComplete;
    await this.element(name).show();
  }

  private async close(): Promise<void> {
    const name = this.dialog;
    this.#intent = null;
    if (name) await this.element(name).hide();
    this.dialog = null;
    this.target = null;
    this.changed();
  }

  /**
   * Runs one dialog's mutation through the MutationController. `done` runs whenever the call
   * succeeds — the first attempt or the host's step-up retry — and a secret in the value goes
   * from there to the once-only panel, nowhere else (the controller's result holds nothing).
   */
  private async run<T>(name: DialogName, intent: string, operation: AccountOperation, call: MutationCall<T>, done: (value: T) => Promise<void>): Promise<void> {
    const dialog = this.element(name);
    const epoch = this.#epoch;
    this.#intent = intent;
    dialog.busy = true;
    this.dialogError = undefined;
    this.changed();
    await this.mutations.run(intent, operation, async (client, requestOptions) => {
      if (epoch !== this.#epoch) throw new AccountApiError('aborted', 'The user closed the dialog.');
      let value: T;
      try {
        value = await call(client, requestOptions);
      } catch (error) {
        if (epoch === this.#epoch) this.showError(toAccountApiError(error));
        throw error;
      }
      await done(value);
      return undefined;
    });
    dialog.busy = this.mutations.busy(intent);
  }

  private showError(error: AccountApiError): void {
    this.dialogError = error;
    this.changed();
    if (this.dialog !== 'create' || error.code !== 'validation') return;
    // Field errors come as server text; the form shows its own words for each field named.
    const fields = error.fieldErrors ?? {};
    this.formErrors = {
      ...(fields['name'] && { name: 'apiKeyPanel.nameRejected' }),
      ...(fields['expiresAt'] && { expiresAt: 'apiKeyPanel.expiryRejected' }),
      ...(fields['scopes'] && { scopes: 'apiKeyPanel.scopesRejected' }),
    };
    this.changed();
  }

  private handleRotateConfirm(): void {
    const key = this.target;
    if (!key) return;
    const gracePeriodSeconds = this.gracePeriod;
    const detail = { id: key.id, name: key.name, gracePeriodSeconds };
    if (dispatchSoEvent(this.host, 'so-api-key-rotate-request', detail, { cancelable: true }).defaultPrevented) return void this.close();
    const input = gracePeriodSeconds > 0 ? { gracePeriodSeconds } : {};
    void this.run(
      'rotate',
      `rotate:${key.id}:${gracePeriodSeconds}`,
      'rotateApiKey',
      (client, requestOptions) => client.rotateApiKey(key.id, input, requestOptions),
      (result) => this.finishRotate(key, gracePeriodSeconds, result),
    );
  }

  private async finishRotate(old: ApiKey, gracePeriodSeconds: number, result: RotatedApiKey): Promise<void> {
    await this.close();
    const previous: ApiKey = result.previousKey ?? {
      ...old,
      status: gracePeriodSeconds > 0 ? 'expiring' : 'revoked',
      revealable: false,
      ...(gracePeriodSeconds > 0 && { expiresAt: new Date(Date.now() + gracePeriodSeconds * 1000).toISOString() }),
    };
    // The new key takes the old one's place, with the old one (expiring or revoked) just below it.
    this.options.editKeys((keys) => {
      const rest = keys.filter((key) => key.id !== result.key.id);
      const index = rest.findIndex((key) => key.id === old.id);
      rest.splice(index < 0 ? rest.length : index, index < 0 ? 0 : 1, result.key, previous);
      return rest;
    });
    await this.options.showNewSecret(result);
    dispatchSoEvent(this.host, 'so-api-key-rotated', { id: result.key.id, name: result.key.name, previousId: old.id, gracePeriodSeconds });
  }

  private handleRevokeConfirm(): void {
    const key = this.target;
    if (!key) return;
    const detail = { id: key.id, name: key.name };
    if (dispatchSoEvent(this.host, 'so-api-key-revoke-request', detail, { cancelable: true }).defaultPrevented) return void this.close();
    void this.run(
      'revoke',
      `revoke:${key.id}`,
      'revokeApiKey',
      (client, requestOptions) => client.revokeApiKey!(key.id, requestOptions),
      () => this.finishRevoke(key),
    );
  }

  private async finishRevoke(revoked: ApiKey): Promise<void> {
    await this.close();
    this.options.editKeys((keys) => keys.map((key) => (key.id === revoked.id ? { ...key, status: 'revoked', revealable: false } : key)));
    await this.host.updateComplete;
    // The Revoke button that had focus is gone with the key's actions: focus the key instead.
    this.options.focusKey(revoked.id);
    this.options.announce(this.options.localize.term('apiKeyPanel.revoked', revoked.name));
    dispatchSoEvent(this.host, 'so-api-key-revoked', { id: revoked.id, name: revoked.name });
  }

  private handleFormChange(patch: Partial<CreateForm>): void {
    this.form = { ...this.form, ...patch };
    if (this.#validateLive) this.formErrors = this.validate();
    this.changed();
  }

  private validate(): CreateErrors {
    return validateCreateForm(this.form, this.options.keys().map((key) => key.name), new Date());
  }

  private handleCreateConfirm(event: Event): void {
    if (!this.submitCreate()) event.preventDefault();
  }

  private handleCreateKeydown(event: KeyboardEvent): void {
    const input = event.target;
    if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.type === 'checkbox' || input.type === 'radio') return;
    event.preventDefault();
    if (!this.element('create').busy) this.submitCreate();
  }

  /** Checks the form and starts creating; false (the dialog stays open) when the form has errors. */
  private submitCreate(): boolean {
    this.#validateLive = true;
    this.formErrors = this.validate();
    this.changed();
    const invalid = (['name', 'expiresAt'] as const).find((field) => this.formErrors[field]);
    if (invalid) {
      const selector = invalid === 'name' ? '#key-name' : '#key-expiry';
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
      return false;
    }
    const input = toCreateInput(this.form, this.#createAnchor);
    void this.run(
      'create',
      `create:${JSON.stringify(input)}`,
      'createApiKey',
      (client, requestOptions) => client.createApiKey!(input, requestOptions),
      (result) => this.finishCreate(result),
    );
    return true;
  }

  private async finishCreate(result: ApiKeyWithSecret): Promise<void> {
    await this.close();
    this.options.editKeys((keys) => [...keys.filter((key) => key.id !== result.key.id), result.key]);
    await this.options.showNewSecret(result);
    dispatchSoEvent(this.host, 'so-api-key-created', { id: result.key.id, name: result.key.name });
  }

  private handleCancel(): void {
    // The user walked away: a retry the host may still call must not act, and a new attempt gets a new key.
    this.#epoch += 1;
    if (this.#intent) this.mutations.forget(this.#intent);
    this.#intent = null;
    this.dialog = null;
    this.target = null;
    this.changed();
  }

  /** The three dialogs; each has a body only while it is the one open. */
  render(): TemplateResult {
    const { localize } = this.options;
    const name = this.target?.name ?? '';
    const error = this.dialogError;
    const settings = this.options.settings();
    const cancel = () => this.handleCancel();
    return html`<so-confirm-dialog
        class="rotate"
        variant="danger"
        heading=${localize.term('apiKeyPanel.rotateHeading', name)}
        confirm-label=${localize.term('apiKeyPanel.rotateConfirm')}
        @so-confirm=${() => this.handleRotateConfirm()}
        @so-cancel=${cancel}
      >
        ${this.dialog === 'rotate'
          ? renderRotateBody({
              localize,
              gracePeriods: settings.gracePeriods,
              gracePeriod: this.gracePeriod,
              environmentVariable: settings.environmentVariable,
              error,
              onGraceChange: (seconds) => {
                this.gracePeriod = seconds;
                this.changed();
              },
            })
          : nothing}
      </so-confirm-dialog>
      <so-confirm-dialog
        class="revoke"
        variant="danger"
        heading=${localize.term('apiKeyPanel.revokeHeading', name)}
        confirm-label=${localize.term('apiKeyPanel.revokeConfirm')}
        @so-confirm=${() => this.handleRevokeConfirm()}
        @so-cancel=${cancel}
      >
        ${this.dialog === 'revoke' ? renderRevokeBody(localize, error) : nothing}
      </so-confirm-dialog>
      <so-confirm-dialog
        class="create"
        heading=${localize.term('apiKeyPanel.createHeading')}
        confirm-label=${localize.term('apiKeyPanel.createConfirm')}
        @so-confirm=${(event: Event) => this.handleCreateConfirm(event)}
        @so-cancel=${cancel}
      >
        ${this.dialog === 'create'
          ? renderCreateBody({
              localize,
              form: this.form,
              errors: this.formErrors,
              anchor: this.#createAnchor,
              availableScopes: settings.availableScopes,
              error,
              onChange: (patch) => this.handleFormChange(patch),
              onKeydown: (event) => this.handleCreateKeydown(event),
            })
          : nothing}
      </so-confirm-dialog>`;
  }
}
