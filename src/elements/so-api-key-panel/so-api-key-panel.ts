import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AccountClient, ApiKey, ApiKeyWithSecret, Viewer } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { devWarn } from '../../internal/dev-mode.js';
import { toDate } from '../../internal/format.js';
import { secretOnce } from '../../internal/parts/load-secret-once.js';
import { OnDemandParts } from '../../internal/parts/on-demand.js';
import type { SoSecretOnce } from '../../internal/parts/so-secret-once/so-secret-once.js';
import type { SoSecretField } from '../../internal/parts/so-secret-field/so-secret-field.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { reportError, reportSuccess } from '../../internal/report-error.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { onDemandStyles } from '../../internal/styles/on-demand.js';
import { stateStyles } from '../../internal/styles/states.js';
import { hasPermission, loadViewer } from '../../internal/viewer.js';
import { DEFAULT_GRACE_PERIODS, gracePeriodsConverter, isGracePeriod, listConverter } from './grace-periods.js';
import type { KeyActions } from './key-actions.js';
import { loadKeyActions } from './load-key-actions.js';
import { isLive, renderApiKey, renderRotationSteps } from './render-key.js';
import { styles } from './so-api-key-panel.styles.js';
import { apiKeyPanelMessages } from '../../internal/localize/messages/api-key-panel.js';

/** `keys`: one key as a card, several as a list. `app-credentials`: an app ID beside the app secret. */
export type ApiKeyPanelVariant = 'keys' | 'app-credentials';

/** Detail of the panel's key events: which key. Never its secret. */
export interface SoApiKeyDetail {
  id: string;
  name: string;
}

/** Detail of `so-api-key-rotate-request`: the key and the grace period chosen (0 = the old key stops now). */
export interface SoApiKeyRotateRequestDetail extends SoApiKeyDetail {
  gracePeriodSeconds: number;
}

/** Detail of `so-api-key-rotated`: the new key, the key it replaced, and the grace period given. */
export interface SoApiKeyRotatedDetail extends SoApiKeyDetail {
  previousId: string;
  gracePeriodSeconds: number;
}

interface PanelData {
  keys: ApiKey[];
  viewer: Viewer;
}

const VARIANTS: readonly ApiKeyPanelVariant[] = ['keys', 'app-credentials'];
// The shared parts' events are this element's internals; it fires its own `so-api-key-*` instead.
const INTERNAL_EVENTS = [
  'so-confirm',
  'so-cancel',
  'so-secret-revealed',
  'so-secret-hidden',
  'so-secret-copied',
  'so-new-secret-copied',
  'so-new-secrets-dismissed',
] as const;
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Whether `node` is `host` or inside it, across shadow roots. */
function holds(host: Element, node: Node | null): boolean {
  while (node) {
    if (node === host) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Lists the keys from `listApiKeys()` — one as a card, several as a list — each masked
 * (`sk-so-•••••••••••••• 3F92`) with its creation, last use, expiry, scopes and status. Reveal
 * and Copy appear when the client has `revealApiKey` and the key is not known to be
 * unrevealable (`revealable !== false`); Create and Revoke when the client has `createApiKey` /
 * `revokeApiKey`; Rotate, Create and Revoke only for a viewer with `api_keys:write` (otherwise the
 * panel is read-only and says why). A new or rotated secret is shown once, in a panel that says
 * it will not be shown again. A secret never reaches an attribute, an event, the console, web
 * storage or a URL, and is forgotten when hidden, after `reveal-timeout`, and on disconnect.
 *
 * Rotating offers the grace periods in `rotation-grace-periods` (default: immediately, 1 hour,
 * 24 hours, 7 days; the first is preselected); set it to `"0"` when the backend has no grace
 * periods. When a call fails with `reauth_required`, the panel fires `so-reauth-required`; the
 * host re-authenticates and calls `detail.retry()`, which repeats the call with the same
 * idempotency key. If the host never retries, nothing changes.
 *
 * The rotate, revoke and create dialogs and the shown-once secret panel are imported on demand,
 * starting when the panel connects, so the key list renders without waiting for them; if a click
 * comes first, the last one made meanwhile opens its dialog once they arrive. If they cannot be
 * loaded, the panel says the server can't be reached instead of opening a dialog.
 *
 * @summary API keys: reveal, copy, rotate with a grace period, create and revoke, with every secret shown once.
 *
 * @slot heading - Replaces the heading ("API keys" / "App credentials").
 * @slot description - Replaces the text under the heading.
 *
 * @csspart base - The whole panel.
 * @csspart header - The heading, description and Create button.
 * @csspart create-button - The Create key button.
 * @csspart notice - The read-only notice.
 * @csspart app-id - The app ID row of `variant="app-credentials"`.
 * @csspart list - The list of keys, when there are several.
 * @csspart key - One key's card or row.
 * @csspart key-name - A key's name.
 * @csspart badge - A key's status badge (expiring, expired, revoked).
 * @csspart secret - A key's masked secret (`<so-secret-field>`).
 * @csspart secret-value - The masked or revealed value inside `secret`.
 * @csspart reveal-button - The Reveal / Hide button inside `secret`.
 * @csspart copy-button - The Copy button inside `secret`.
 * @csspart details - A key's created / last used / expiry / scopes list.
 * @csspart rotate-button - A key's Rotate button.
 * @csspart revoke-button - A key's Revoke button.
 * @csspart new-secret - The once-only panel showing a new secret.
 * @csspart failure - Why a dialog could not be opened (its code could not be loaded), with Dismiss.
 * @csspart guidance - The "How to rotate a key safely" disclosure.
 * @csspart empty - The empty state.
 * @csspart skeleton - The loading skeleton.
 * @csspart error - The error state.
 *
 * @cssproperty --so-api-key-panel-gap - Space between the panel's blocks (default `--so-space-4`).
 * @cssproperty --so-api-key-panel-card-background - A key card's background (default `--so-color-surface`).
 * @cssproperty --so-api-key-panel-card-border - A key card's border colour (default `--so-color-border`).
 * @cssproperty --so-api-key-panel-expiring - The expiring badge's colour (default `--so-color-warning`).
 * @cssproperty --so-api-key-panel-ended - The expired and revoked badges' colour (default `--so-color-danger`).
 *
 * @cssstate loading - Keys are loading.
 * @cssstate error - Loading failed.
 * @cssstate empty - There are no keys.
 * @cssstate read-only - The viewer may not change keys.
 *
 * @fires {CustomEvent<SoApiKeyRotateRequestDetail>} so-api-key-rotate-request - The user confirmed a rotation; cancelable: `preventDefault()` stops it before the call.
 * @fires {CustomEvent<SoApiKeyRotatedDetail>} so-api-key-rotated - A key was rotated; its new secret is being shown once.
 * @fires {CustomEvent<SoApiKeyDetail>} so-api-key-created - A key was created; its secret is being shown once.
 * @fires {CustomEvent<SoApiKeyDetail>} so-api-key-revoke-request - The user confirmed revoking; cancelable: `preventDefault()` stops it before the call.
 * @fires {CustomEvent<SoApiKeyDetail>} so-api-key-revoked - A key was revoked.
 * @fires {CustomEvent<SoApiKeyDetail>} so-api-key-copied - A key's secret was copied to the clipboard.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed: `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - A call needs the user to re-authenticate; cancelable; `detail.retry()` repeats it.
 */
@customElement('so-api-key-panel')
export class SoApiKeyPanel extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, stateStyles, onDemandStyles, styles];
  static override messages = [apiKeyPanelMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<PanelData>(this, this.clients, this.localize, {
    operation: 'listApiKeys',
    load: async (client, signal) => {
      const [keys, viewer] = await Promise.all([client.listApiKeys({ signal }), loadViewer(client, signal)]);
      return { keys, viewer };
    },
    skeletonLines: 4,
  });
  // The dialogs and the shown-once secret panel, imported on demand (openDialog()).
  private readonly parts = new OnDemandParts(this, [loadKeyActions, secretOnce]);
  private actions?: KeyActions;

  /** The account client; a JS property only. Falls back to `<so-account-provider>`, then the default. */
  @property({ attribute: false }) client?: AccountClient;
  /** `keys` (default): one key as a card, several as a list; `app-credentials`: app ID plus app secret, no Create. */
  @property({ reflect: true }) variant: ApiKeyPanelVariant = 'keys';
  /** The app ID `variant="app-credentials"` shows and copies. Not secret. */
  @property({ attribute: 'app-id' }) appId = '';
  /** Seconds a revealed secret stays shown; 0 keeps it until hidden. */
  @property({ type: Number, attribute: 'reveal-timeout' }) revealTimeout = 30;
  /** Grace periods offered when rotating, in seconds (0 = immediately), first preselected; one value hides the choice. */
  @property({ attribute: 'rotation-grace-periods', converter: gracePeriodsConverter }) rotationGracePeriods: readonly number[] = DEFAULT_GRACE_PERIODS;
  /** Scopes a new key may be limited to (attribute: comma- or space-separated); none offers no choice. */
  @property({ attribute: 'available-scopes', converter: listConverter }) availableScopes: readonly string[] = [];
  /** The variable name the rotation steps tell users to deploy a key under. */
  @property({ attribute: 'environment-variable' }) environmentVariable = 'SENTIENTONE_API_KEY';

  /** Keys changed by this panel's own mutations, over the loaded list they started from. */
  @state() private edited?: { base: ApiKey[]; keys: ApiKey[] };
  @state() private appIdStatus: 'copied' | 'failed' | null = null;

  @query('so-secret-once') private secretOnce!: SoSecretOnce;
  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  // Aborts reveals in flight when the panel leaves the page.
  #connection = new AbortController();
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #scheduledFor: ApiKey[] | undefined;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const name of INTERNAL_EVENTS) root.addEventListener(name, (event) => event.stopPropagation());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    // Back on the page: render again, which schedules the next expiry refresh.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection.abort();
    clearTimeout(this.#expiryTimer);
    this.#scheduledFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !VARIANTS.includes(this.variant)) {
      devWarn(`<so-api-key-panel> variant="${this.variant}" is not one of ${VARIANTS.join(', ')}; using keys.`);
    }
    if ((changed.has('variant') || changed.has('appId')) && this.isAppCredentials && !this.appId) {
      devWarn('<so-api-key-panel variant="app-credentials"> has no app-id; set it to show the app ID.');
    }
    if (changed.has('revealTimeout') && !(this.revealTimeout >= 0)) {
      devWarn(`<so-api-key-panel> reveal-timeout must be a number of seconds ≥ 0; using 30.`);
    }
    if (changed.has('rotationGracePeriods')) {
      const invalid = [...this.rotationGracePeriods].filter((seconds) => !isGracePeriod(seconds));
      if (invalid.length > 0 || this.rotationGracePeriods.length === 0) {
        devWarn(
          `<so-api-key-panel> rotation-grace-periods takes whole seconds from 0 to 2592000; ignoring ${invalid.join(', ') || 'an empty list'}.`,
        );
      }
    }
  }

  protected override updated(): void {
    const data = this.data.value;
    const keys = data ? this.keysOf(data) : [];
    this.toggleState('loading', this.data.pending);
    this.toggleState('error', !!this.data.error);
    this.toggleState('empty', !this.data.pending && !!data && keys.length === 0);
    this.toggleState('read-only', !!data && !this.canWrite);
    if (keys !== this.#scheduledFor && data) this.scheduleExpiryRefresh(keys);
  }

  /** Loads the keys again (shows the loading state). */
  reload(): Promise<void> {
    return this.data.reload();
  }

  private get isAppCredentials(): boolean {
    return this.variant === 'app-credentials';
  }

  private get canWrite(): boolean {
    return hasPermission(this.data.value?.viewer, 'api_keys:write');
  }

  private get canCreate(): boolean {
    return this.canWrite && !this.isAppCredentials && this.clients.can('createApiKey');
  }

  private get effectiveRevealTimeout(): number {
    return this.revealTimeout >= 0 ? this.revealTimeout : 30;
  }

  /** The valid grace periods, deduplicated; "immediately" when none is valid. */
  private get gracePeriods(): number[] {
    const valid = [...new Set(this.rotationGracePeriods.filter(isGracePeriod))];
    return valid.length > 0 ? valid : [0];
  }

  private keysOf(data: PanelData): ApiKey[] {
    return this.edited?.base === data.keys ? this.edited.keys : data.keys;
  }

  private get keys(): ApiKey[] {
    return this.data.value ? this.keysOf(this.data.value) : [];
  }

  private editKeys(change: (keys: ApiKey[]) => ApiKey[]): void {
    const data = this.data.value;
    if (data) this.edited = { base: data.keys, keys: change(this.keysOf(data)) };
  }

  // A key's status changes when its expiry passes; fetch the list quietly just then.
  private scheduleExpiryRefresh(keys: ApiKey[]): void {
    this.#scheduledFor = keys;
    clearTimeout(this.#expiryTimer);
    const now = Date.now();
    const next = Math.min(
      ...keys.filter(isLive).map((key) => toDate(key.expiresAt)?.getTime() ?? Infinity).filter((time) => time > now),
    );
    if (!Number.isFinite(next)) return;
    this.#expiryTimer = setTimeout(() => void this.refreshQuietly(), Math.min(next - now + 1000, MAX_TIMER_MS));
  }

  private async refreshQuietly(): Promise<void> {
    const client = this.clients.client;
    if (!client || !this.isConnected) return;
    try {
      const keys = await client.listApiKeys({ signal: this.#connection.signal });
      this.editKeys(() => keys);
    } catch (error) {
      reportError(this, 'listApiKeys', error, client);
    }
  }

  private revealerFor(key: ApiKey): (() => Promise<string>) | undefined {
    const client = this.clients.client;
    if (!client?.revealApiKey || key.revealable === false || !isLive(key)) return undefined;
    return () => this.revealSecret(client, key);
  }

  private async revealSecret(client: AccountClient, key: ApiKey): Promise<string> {
    try {
      const { secret } = await client.revealApiKey!(key.id, { signal: this.#connection.signal });
      reportSuccess(client);
      return secret;
    } catch (thrown) {
      const error = reportError(this, 'revealApiKey', thrown, client);
      if (error.code === 'reauth_required') {
        const retry = async () => this.fieldFor(key.id)?.reveal();
        this.emit('so-reauth-required', { operation: 'revealApiKey', retry }, { cancelable: true });
      }
      throw error;
    }
  }

  private fieldFor(id: string): SoSecretField | undefined {
    return [...this.renderRoot.querySelectorAll<SoSecretField>('so-secret-field[data-key-id]')].find(
      (field) => field.dataset['keyId'] === id,
    );
  }

  /**
   * Shows a new secret once. Focus goes to the new key first, so that is where it returns when
   * the user dismisses the panel (the control that started it may be gone by then).
   */
  private async showNewSecret(result: ApiKeyWithSecret): Promise<void> {
    const { key, secret } = result;
    await this.updateComplete;
    this.focusKey(key.id);
    await this.secretOnce.show([{ id: key.id, label: key.name, prefix: key.prefix, last4: key.last4, secret }]);
  }

  /** Opens a dialog once the dialogs' code has loaded (see OnDemandParts.open). */
  private openDialog(open: (actions: KeyActions) => Promise<void>): Promise<boolean> {
    return this.parts.open(async () => open(await this.keyActions()));
  }

  /** The rotate, revoke and create dialogs; call once their code has loaded. */
  private async keyActions(): Promise<KeyActions> {
    const { KeyActions } = await loadKeyActions();
    this.actions ??= new KeyActions(this, {
      clients: this.clients,
      localize: this.localize,
      keys: () => this.keys,
      settings: () => ({
        gracePeriods: this.gracePeriods,
        environmentVariable: this.environmentVariable,
        availableScopes: this.availableScopes,
      }),
      editKeys: (change) => this.editKeys(change),
      showNewSecret: (result) => this.showNewSecret(result),
      focusKey: (id) => this.focusKey(id),
      announce: (message) => void this.announcer.announce(message),
    });
    return this.actions;
  }

  /** Moves focus to a key's name; false when the key is not shown. */
  private focusKey(id: string): boolean {
    const name = this.renderRoot.querySelector<HTMLElement>(`[data-key-id="${CSS.escape(id)}"] .key-name`);
    name?.focus();
    return !!name;
  }

  private handleKeyCopied(key: ApiKey): void {
    this.emit('so-api-key-copied', { id: key.id, name: key.name });
  }

  private handleNewSecretCopied(event: CustomEvent<{ id: string }>): void {
    const key = this.keys.find((candidate) => candidate.id === event.detail.id);
    if (key) this.handleKeyCopied(key);
  }

  private handleNewSecretsDismissed(event: CustomEvent<{ ids: string[] }>): void {
    // The once-only panel returned focus where it was, unless that is gone: then to the key.
    const active = deepActiveElement();
    if (active && active !== document.body && !holds(this.secretOnce, active)) return;
    const id = event.detail.ids[0];
    if (!id || !this.focusKey(id)) this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  private async handleCopyAppId(): Promise<void> {
    this.appIdStatus = null;
    try {
      await navigator.clipboard.writeText(this.appId);
      this.appIdStatus = 'copied';
      void this.announcer.announce(this.localize.term('apiKeyPanel.appIdCopied'));
    } catch {
      // The clipboard refused: leave the ID selected so it can be copied by hand.
      this.appIdStatus = 'failed';
      void this.announcer.announce(this.localize.term('apiKeyPanel.appIdCopyFailed'));
      await this.updateComplete;
      getSelection()?.selectAllChildren(this.renderRoot.querySelector('.app-id-value')!);
    }
  }

  override render() {
    const app = this.isAppCredentials;
    return html`<section part="base" class="panel" aria-labelledby="panel-heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <header part="header" class="header">
        <div class="titles">
          <h2 id="panel-heading" class="heading" tabindex="-1">
            <slot name="heading">${this.localize.term(app ? 'apiKeyPanel.appHeading' : 'apiKeyPanel.heading')}</slot>
          </h2>
          <p class="description">
            <slot name="description">${this.localize.term(app ? 'apiKeyPanel.appDescription' : 'apiKeyPanel.description')}</slot>
          </p>
        </div>
        ${this.canCreate && this.keys.length > 0 ? this.renderCreateButton() : nothing}
      </header>
      ${this.parts.render(this.localize)}
      <so-secret-once
        part="new-secret"
        @so-new-secret-copied=${this.handleNewSecretCopied}
        @so-new-secrets-dismissed=${this.handleNewSecretsDismissed}
      >
        <p>${this.localize.term('apiKeyPanel.deployHint', this.environmentVariable)}</p>
      </so-secret-once>
      ${this.data.render({ ready: (data) => this.renderReady(data) })} ${this.actions?.render() ?? nothing}
      <so-status-announcer></so-status-announcer>
    </section>`;
  }

  private renderCreateButton(): TemplateResult {
    return html`<button type="button" part="create-button" class="primary" @click=${() => void this.openDialog((actions) => actions.create())}>
      ${this.localize.term('apiKeyPanel.create')}
    </button>`;
  }

  private renderReady(data: PanelData): TemplateResult {
    const keys = this.keysOf(data);
    return html`${this.canWrite ? nothing : html`<p part="notice" class="notice">${this.localize.term('apiKeyPanel.readOnly')}</p>`}
    ${this.isAppCredentials && this.appId ? this.renderAppId() : nothing}
    ${keys.length === 0
      ? this.renderEmpty()
      : keys.length === 1
        ? this.renderKey(keys[0]!, 0)
        : html`<ul part="list" class="list" role="list" aria-label=${this.localize.term('apiKeyPanel.listLabel')}>
            ${repeat(
              keys,
              (key) => key.id,
              (key, index) => html`<li>${this.renderKey(key, index)}</li>`,
            )}
          </ul>`}
    ${keys.some((key) => key.status === 'active') ? this.renderGuidance() : nothing}`;
  }

  private renderKey(key: ApiKey, index: number): TemplateResult {
    const live = isLive(key);
    return renderApiKey({
      localize: this.localize,
      key,
      index,
      revealTimeout: this.effectiveRevealTimeout,
      revealer: this.revealerFor(key),
      canRotate: this.canWrite && key.status === 'active',
      // An app's only secret is replaced by rotating; revoking it would leave the app without one.
      canRevoke: this.canWrite && live && this.clients.can('revokeApiKey') && !(this.isAppCredentials && key.status === 'active'),
      onRotate: (target) => void this.openDialog((actions) => actions.rotate(target)),
      onRevoke: (target) => void this.openDialog((actions) => actions.revoke(target)),
      onCopied: (target) => this.handleKeyCopied(target),
    });
  }

  private renderAppId(): TemplateResult {
    const status = this.appIdStatus;
    return html`<div part="app-id" class="app-id" role="group" aria-labelledby="app-id-label">
      <span id="app-id-label" class="app-id-label">${this.localize.term('apiKeyPanel.appId')}</span>
      <code class="app-id-value">${this.appId}</code>
      <button type="button" aria-label=${this.localize.term('apiKeyPanel.copyAppIdLabel')} @click=${this.handleCopyAppId}>
        ${this.localize.term('apiKeyPanel.copyAppId')}
      </button>
      ${status
        ? html`<p class="app-id-status ${status}">
            ${this.localize.term(status === 'copied' ? 'apiKeyPanel.appIdCopied' : 'apiKeyPanel.appIdCopyFailed')}
          </p>`
        : nothing}
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const app = this.isAppCredentials;
    return html`<div part="empty" class="state-empty empty">
      <p>${this.localize.term(app ? 'apiKeyPanel.emptyApp' : 'apiKeyPanel.empty')}</p>
      ${this.canCreate
        ? html`<p>${this.localize.term('apiKeyPanel.emptyCreate')}</p>
            ${this.renderCreateButton()}`
        : nothing}
    </div>`;
  }

  private renderGuidance(): TemplateResult {
    return html`<details part="guidance" class="guidance">
      <summary>${this.localize.term('apiKeyPanel.guidanceSummary')}</summary>
      ${renderRotationSteps(this.localize, this.environmentVariable)}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-api-key-panel': SoApiKeyPanel;
  }
  interface GlobalEventHandlersEventMap {
    'so-api-key-rotate-request': CustomEvent<SoApiKeyRotateRequestDetail>;
    'so-api-key-rotated': CustomEvent<SoApiKeyRotatedDetail>;
    'so-api-key-created': CustomEvent<SoApiKeyDetail>;
    'so-api-key-revoke-request': CustomEvent<SoApiKeyDetail>;
    'so-api-key-revoked': CustomEvent<SoApiKeyDetail>;
    'so-api-key-copied': CustomEvent<SoApiKeyDetail>;
  }
}
