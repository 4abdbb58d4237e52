import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AccountApiError } from '../../client/errors.js';
import { withReadCache, type CachedAccountClient } from '../../client/read-cache.js';
import type { AccountClient } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { devWarn } from '../../internal/dev-mode.js';
import { errorMessage, renderErrorState, renderSkeleton } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { stateStyles } from '../../internal/styles/states.js';
import { forgetViewer, loadViewer } from '../../internal/viewer.js';
import { loadPanel, renderPanel } from './panels.js';
import { styles } from './so-account-settings.styles.js';
import { isSettingsTab, tabAfterKey, tabsConverter, visibleTabs, type Membership, type SettingsTab } from './tabs.js';
import { accountSettingsMessages } from '../../internal/localize/messages/account-settings.js';

export { SETTINGS_TABS, type SettingsTab } from './tabs.js';

/** Detail of `so-tab-changed`. */
export interface SoTabChangedDetail {
  /** The tab now shown. */
  tab: SettingsTab;
  /** The tab shown before. */
  previous: SettingsTab | undefined;
}

/**
 * The whole settings surface in one tag: tabs General (profile, passkeys, sessions), API keys,
 * Usage, Billing, Notifications and Organization (organization profile, members, subscriptions,
 * danger zone), each holding the
 * library's elements. The Organization tab shows only when the viewer belongs to an organization
 * and may manage its members, settings or deletion; a tab whose read the client lacks is left
 * out; `tabs` chooses and orders them.
 *
 * A tab's content is created the first time it opens and kept afterwards, so work the user
 * started in one tab survives a visit to another. Its elements' code is imported then too (a
 * skeleton shows meanwhile): a page that imports only `so-account-settings.js` loads the code
 * of the tabs it shows. Every element inside gets one shared client
 * (`withReadCache`), so a resource two elements need — the viewer, the organization — is fetched
 * once for the whole surface, and a change made in one tab is never hidden by a stale read in the
 * next. Cancelling a subscription makes the danger zone read its deletion blockers again, and
 * each blocker links to its subscription's row.
 *
 * The tab list follows the WAI-ARIA tabs pattern with manual activation: arrow keys (mirrored
 * right-to-left), Home and End move focus along the tabs; Enter or Space opens the focused tab.
 * Manual, because opening a tab fetches its data and the keyboard user should not fetch every
 * tab they pass. The open tab is reflected in `active-tab`; with `routing="hash"` it is also the
 * URL's hash (`#billing`), each change a history entry, so Back returns to the previous tab and
 * a link to `#usage` opens that tab. On narrow screens the tabs wrap onto more lines; the surface
 * works at 320 px wide.
 *
 * @summary Every account and organization setting in one tabbed surface.
 *
 * @csspart base - The element's root.
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab; `aria-selected="true"` on the open one.
 * @csspart panel - One tab's panel.
 * @csspart empty - The text shown when no tab is available.
 * @csspart membership-error - Why the Organization tab could not be decided, with Retry.
 *
 * @cssproperty --so-account-settings-gap - Space between the elements of a tab (default `--so-space-6`, 1.5rem).
 * @cssproperty --so-account-settings-indicator - The open tab's underline colour (default `--so-color-brand`).
 *
 * @fires {CustomEvent<SoTabChangedDetail>} so-tab-changed - The user (or the URL's hash) opened another tab.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }` (also from the elements inside).
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 */
@customElement('so-account-settings')
export class SoAccountSettings extends SoElement {
  static override styles = [...SoElement.styles, stateStyles, styles];
  static override messages = [accountSettingsMessages];

  private readonly clients = new ClientController(this);
  private readonly membership = new ClientTask<Membership>(this, this.clients, this.localize, {
    operation: 'getOrganization',
    load: async (client, signal) => {
      const shared = withReadCache(client);
      const [viewer, organization] = await Promise.all([loadViewer(shared, signal), shared.getOrganization({ signal })]);
      return { viewer, organization };
    },
  });

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /**
   * Which tabs to show and in what order: `tabs="general billing"`, or as a property an array or
   * the same string (React and Vue set properties); all by default.
   */
  @property({ converter: tabsConverter }) tabs?: SettingsTab[] | string;
  /** The open tab. Set it to open another; an unavailable tab opens the first available. */
  @property({ attribute: 'active-tab', reflect: true }) activeTab: SettingsTab = 'general';
  /** `hash` keeps the open tab in the URL's hash, with a history entry per change; `none` (default) leaves the URL alone. */
  @property() routing: 'none' | 'hash' = 'none';

  /** Tabs whose content exists, in the order they were first opened (never reordered: moving an element would reload it). */
  @state() private created: SettingsTab[] = [];
  /** How each created tab's elements import went: absent while importing, then loaded or failed (shown with Retry). */
  @state() private imported: Partial<Record<SettingsTab, 'loaded' | 'failed'>> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.followHash);
    window.addEventListener('hashchange', this.followHash);
    this.addEventListener('so-organization-deleted', this.refreshMembership);
    this.addEventListener('so-organization-left', this.refreshMembership);
    this.addEventListener('so-subscription-cancelled', this.refreshBlockers);
    if (this.routing === 'hash') this.followHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.followHash);
    window.removeEventListener('hashchange', this.followHash);
    this.removeEventListener('so-organization-deleted', this.refreshMembership);
    this.removeEventListener('so-organization-left', this.refreshMembership);
    this.removeEventListener('so-subscription-cancelled', this.refreshBlockers);
  }

  /** Fetches everything again: forgets the shared reads and reloads every created tab. */
  async reload(): Promise<void> {
    const shared = this.shared;
    if (!shared) return;
    shared.invalidate();
    forgetViewer(shared);
    await this.membership.reload();
    const reloads = [...this.renderRoot.querySelectorAll('[role="tabpanel"] > *')].map((element) => (element as { reload?: () => Promise<void> }).reload?.());
    await Promise.all(reloads);
  }

  /** `tabs` as a list, whichever form it was given in. */
  private get chosen(): SettingsTab[] | undefined {
    return typeof this.tabs === 'string' ? tabsConverter.fromAttribute!(this.tabs, undefined) : this.tabs;
  }

  /** The client every element inside uses: this element's, with reads shared. */
  private get shared(): CachedAccountClient | undefined {
    const client = this.clients.client;
    return client && withReadCache(client);
  }

  /** The tabs to show; the Organization tab only once membership allows it. */
  private get available(): SettingsTab[] {
    return visibleTabs(this.chosen, this.shared, this.membership.value);
  }

  /** The tab shown: `activeTab` when available, else the first available. */
  private get shown(): SettingsTab | undefined {
    const available = this.available;
    return available.includes(this.activeTab) ? this.activeTab : available[0];
  }

  /** Whether `activeTab` waits for membership to know if it may be shown. */
  private get awaitingMembership(): boolean {
    return this.activeTab === 'organization' && this.membership.pending && (this.chosen ?? ['organization']).includes('organization');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activeTab') && !isSettingsTab(this.activeTab)) devWarn(`<so-account-settings> active-tab="${String(this.activeTab)}" is not a tab.`);
    if (changed.has('routing') && this.routing === 'hash' && this.isConnected) this.followHash();
    const shown = this.shown;
    if (this.awaitingMembership || !shown) return;
    if (shown !== this.activeTab) this.activeTab = shown;
    if (!this.created.includes(shown)) {
      this.created = [...this.created, shown];
      void this.loadTab(shown);
    }
    const available = this.available;
    if (this.created.some((tab) => !available.includes(tab))) this.created = this.created.filter((tab) => available.includes(tab));
  }

  /** Imports the elements of a tab just created; their panel shows a skeleton until then. */
  private async loadTab(tab: SettingsTab): Promise<void> {
    const { [tab]: _previous, ...others } = this.imported;
    this.imported = others;
    const outcome = await loadPanel(tab).then(
      () => 'loaded' as const,
      () => 'failed' as const,
    );
    this.imported = { ...this.imported, [tab]: outcome };
  }

  /** Opens `tab` at the user's request: an event and, when routing by hash, a history entry. */
  private open(tab: SettingsTab, { fromHash = false } = {}): void {
    const previous = this.shown;
    if (tab === previous) return;
    this.activeTab = tab;
    if (this.routing === 'hash' && !fromHash && location.hash !== `#${tab}`) history.pushState(history.state, '', `#${tab}`);
    this.emit('so-tab-changed', { tab, previous });
  }

  private readonly followHash = (): void => {
    if (this.routing !== 'hash') return;
    const tab = decodeURIComponent(location.hash.slice(1));
    if (isSettingsTab(tab) && tab !== this.activeTab) {
      // Before the first render nothing is shown yet: no event for the initial tab.
      if (this.hasUpdated) this.open(tab, { fromHash: true });
      else this.activeTab = tab;
    }
  };

  private readonly refreshMembership = (): void => {
    const shared = this.shared;
    if (!shared) return;
    shared.invalidate('getOrganization');
    forgetViewer(shared);
    void this.membership.reload();
  };

  /** A cancelled subscription may unblock deleting the organization: the danger zone reads again. */
  private readonly refreshBlockers = (): void => {
    void this.renderRoot.querySelector<HTMLElement & { reload(): Promise<void> }>('so-danger-zone')?.reload();
  };

  private handleKeydown(event: KeyboardEvent): void {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]')?.dataset['tab'];
    if (!isSettingsTab(current)) return;
    const next = tabAfterKey(event.key, this.available, current, this.localize.dir);
    if (!next) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  }

  override render() {
    if (!this.clients.client) return this.membership.render({ ready: () => nothing });
    const available = this.available;
    const shown = this.awaitingMembership ? undefined : this.shown;
    return html`<div part="base" class="settings" aria-busy=${this.membership.pending ? 'true' : 'false'}>
      ${available.length === 0 && !this.membership.pending
        ? html`<p class="state-empty" part="empty">${this.localize.term('settings.empty')}</p>`
        : html`<div role="tablist" part="tablist" class="tablist" aria-label=${this.localize.term('settings.label')} @keydown=${this.handleKeydown}>
            ${available.map(
              (tab) => html`<button
                type="button"
                role="tab"
                part="tab"
                class="tab"
                id="tab-${tab}"
                data-tab=${tab}
                aria-selected=${tab === shown ? 'true' : 'false'}
                aria-controls=${this.created.includes(tab) ? `panel-${tab}` : nothing}
                tabindex=${tab === (shown ?? available[0]) ? '0' : '-1'}
                @click=${() => this.open(tab)}
              >
                ${this.localize.term(`settings.tab.${tab}`)}
              </button>`,
            )}
          </div>`}
      ${this.membership.error && (this.chosen ?? ['organization']).includes('organization')
        ? html`<div class="state-error" part="error membership-error" role="alert">
            <p>${this.localize.term('settings.membershipFailed')}</p>
            <p class="state-error-message">${errorMessage(this.localize, this.membership.error)}</p>
            <button type="button" @click=${this.refreshMembership}>${this.localize.term('state.retry')}</button>
          </div>`
        : nothing}
      ${shown === undefined && this.membership.pending ? renderSkeleton(this.localize) : nothing}
      ${repeat(
        this.created,
        (tab) => tab,
        (tab) => html`<div role="tabpanel" part="panel" class="panel" id="panel-${tab}" aria-labelledby="tab-${tab}" tabindex="0" ?hidden=${tab !== shown}>
          ${this.imported[tab] === 'loaded'
            ? renderPanel(tab, this.shared)
            : this.imported[tab] === 'failed'
              ? renderErrorState(this.localize, new AccountApiError('network'), () => void this.loadTab(tab))
              : renderSkeleton(this.localize)}
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-account-settings': SoAccountSettings;
  }
  interface GlobalEventHandlersEventMap {
    'so-tab-changed': CustomEvent<SoTabChangedDetail>;
  }
}
