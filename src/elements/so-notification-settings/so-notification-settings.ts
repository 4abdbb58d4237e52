import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AccountClient, NotificationPreferences, NotificationValues } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage, renderFailure } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { sectionStyles } from '../../internal/styles/section.js';
import { spinnerStyles } from '../../internal/styles/spinner.js';
import { stateStyles } from '../../internal/styles/states.js';
import { categoryLabel, channelLabel, changedCells, isOn, withCell, type Cell } from './preferences.js';
import { styles } from './so-notification-settings.styles.js';
import { notificationSettingsMessages } from '../../internal/localize/messages/notification-settings.js';

/** Detail of `so-notification-preferences-updated`. */
export interface SoNotificationPreferencesUpdatedDetail {
  /** Every preference as it now stands: `values[categoryId][channelId]`. */
  values: NotificationValues;
  /** The cells that changed: `{ category, channel, enabled }`. */
  changed: Cell[];
}

/** How changes are saved: one switch at a time, or together with Save. */
export type NotificationSettingsMode = 'instant' | 'form';

/**
 * A grid of notification categories (rows: usage thresholds, plan renewal, agent errors, weekly
 * digest, and any others the backend returns) by channels (columns: email, push, and any others),
 * each cell a labelled switch. In the default `instant` mode a switch saves at once: it flips
 * immediately, and if the client fails it flips back and the error shows as an alert (spoken once,
 * by the alert, as in every element: the status region stays for what succeeded). With
 * `mode="form"` switches change a draft that Save sends in one call (Discard changes restores
 * it); a failed save keeps the draft. Labels come from the backend, else from the catalogue.
 *
 * @summary Notification preferences: categories by channels, saved per switch or with a Save button.
 *
 * @csspart base - The element's root.
 * @csspart table - The grid of switches.
 * @csspart switch - One switch (a checkbox with `role="switch"`); `data-category` and `data-channel` name it.
 * @csspart save-button - Save, in `form` mode.
 * @csspart failure - Why the last change or save failed.
 * @csspart empty - The text shown when there is nothing to set up.
 *
 * @cssproperty --so-notification-settings-on - A switch's colour when on (default `--so-color-brand`).
 * @cssproperty --so-notification-settings-off - A switch's colour when off (default `--so-color-border`).
 *
 * @fires {CustomEvent<SoNotificationPreferencesUpdatedDetail>} so-notification-preferences-updated - A change was saved.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - A save needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-notification-settings')
export class SoNotificationSettings extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, sectionStyles, spinnerStyles, stateStyles, styles];
  static override messages = [notificationSettingsMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<NotificationPreferences>(this, this.clients, this.localize, {
    operation: 'getNotificationPreferences',
    load: async (client, signal) => {
      const preferences = await client.getNotificationPreferences({ signal });
      this.saved = preferences.values;
      this.draft = preferences.values;
      return preferences;
    },
    isEmpty: ({ categories, channels }) => categories.length === 0 || channels.length === 0,
  });
  private readonly mutations = new MutationController(this, this.clients);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** `instant` saves each switch as it changes; `form` saves them together with Save. */
  @property({ reflect: true }) mode: NotificationSettingsMode = 'instant';

  /** What the backend holds, as far as this element knows. */
  @state() private saved: NotificationValues = {};
  /** What the switches show: `saved` plus changes in flight (instant) or unsaved (form). */
  @state() private draft: NotificationValues = {};
  @state() private failure = '';
  /** The save in flight (or queued) per switch, `category\u0000channel`. */
  private readonly cellSaves = new Map<string, Promise<void>>();

  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') && this.mode !== 'instant' && this.mode !== 'form') devWarn(`<so-notification-settings> mode="${this.mode}" is not instant or form; using instant.`);
    // Leaving form mode drops an unsaved draft rather than saving it behind the user's back.
    if (changed.has('mode') && changed.get('mode') === 'form') this.draft = this.saved;
  }

  /** Loads the preferences again; an unsaved draft is dropped. */
  async reload(): Promise<void> {
    await this.data.reload();
  }

  private get formMode(): boolean {
    return this.mode === 'form';
  }

  private get unsaved(): Cell[] {
    return changedCells(this.saved, this.draft);
  }

  private handleToggle(category: string, channel: string, event: Event): void {
    const enabled = (event.target as HTMLInputElement).checked;
    this.failure = '';
    this.draft = withCell(this.draft, { category, channel, enabled });
    if (!this.formMode) this.queueSave({ category, channel, enabled });
  }

  /**
   * Saves one switch after any earlier save of the same switch has settled, so quick flips reach
   * the server in order and the last one wins there as it does on screen.
   */
  private queueSave(cell: Cell): void {
    const key = `${cell.category}\u0000${cell.channel}`;
    const next = (this.cellSaves.get(key) ?? Promise.resolve()).then(() => this.saveCell(cell));
    this.cellSaves.set(key, next);
    void next.finally(() => this.cellSaves.get(key) === next && this.cellSaves.delete(key));
  }

  private async saveCell(cell: Cell): Promise<void> {
    const { category, channel, enabled } = cell;
    // Flipped again while waiting: the newer flip, queued behind this one, says what to save.
    if (isOn(this.draft, category, channel) !== enabled) return;
    const names = [this.categoryName(category), this.channelName(channel)] as const;
    const result = await this.mutations.run(`toggle:${category}:${channel}:${enabled}`, 'updateNotificationPreferences', async (client, options) => {
      await client.updateNotificationPreferences({ [category]: { [channel]: enabled } }, options);
      this.saved = withCell(this.saved, cell);
      this.emit('so-notification-preferences-updated', { values: this.saved, changed: [cell] });
      void this.announcer.announce(this.localize.term(enabled ? 'notifications.turnedOn' : 'notifications.turnedOff', ...names));
    });
    // A newer flip of the same switch owns it now; otherwise roll this one back.
    if (!result.ok && isOn(this.draft, category, channel) === enabled) {
      this.draft = withCell(this.draft, { category, channel, enabled: isOn(this.saved, category, channel) });
      if (result.error.code !== 'aborted') this.failure = this.localize.term('notifications.toggleFailed', ...names, errorMessage(this.localize, result.error));
    }
  }

  private async handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const changed = this.unsaved;
    if (changed.length === 0 || this.mutations.busy('save')) return;
    this.failure = '';
    const patch: NotificationValues = {};
    for (const { category, channel, enabled } of changed) patch[category] = { ...patch[category], [channel]: enabled };
    const result = await this.mutations.run('save', 'updateNotificationPreferences', async (client, options) => {
      const updated = await client.updateNotificationPreferences(patch, options);
      this.saved = updated.values;
      this.draft = updated.values;
      this.emit('so-notification-preferences-updated', { values: this.saved, changed });
      void this.announcer.announce(this.localize.term('notifications.saved'));
    });
    if (!result.ok && result.error.code !== 'aborted') this.failure = this.localize.term('notifications.saveFailed', errorMessage(this.localize, result.error));
  }

  private categoryName(id: string): string {
    return categoryLabel(this.localize, this.data.value?.categories.find((category) => category.id === id) ?? { id });
  }

  private channelName(id: string): string {
    return channelLabel(this.localize, this.data.value?.channels.find((channel) => channel.id === id) ?? { id });
  }

  override render() {
    return html`<section part="base" class="settings" aria-labelledby="heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      <div class="header">
        <h2 id="heading" class="heading"><slot name="heading">${this.localize.term('notifications.label')}</slot></h2>
        <p class="description">${this.localize.term('notifications.description')}</p>
      </div>
      ${renderFailure(this.localize, this.failure, () => (this.failure = ''))}
      ${this.data.render({
        ready: (preferences) => this.renderReady(preferences),
        empty: () => html`<p class="state-empty" part="empty">${this.localize.term('notifications.empty')}</p>`,
      })}
    </section>`;
  }

  private renderReady({ categories, channels }: NotificationPreferences): TemplateResult {
    const { localize } = this;
    const saving = this.mutations.busy('save');
    const unsaved = this.unsaved.length > 0;
    const table = html`<table part="table">
      <thead>
        <tr>
          <th scope="col">${localize.term('notifications.categoryHeader')}</th>
          ${channels.map((channel) => html`<th scope="col">${channelLabel(localize, channel)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${categories.map(
          (category) => html`<tr>
            <th scope="row">
              <span class="category">${categoryLabel(localize, category)}</span>
              ${category.description ? html`<span class="category-description">${category.description}</span>` : nothing}
            </th>
            ${channels.map(
              // No live(): every change sets the draft at once, so the bound value is what the
              // switch shows, and a rollback changes the draft and so the binding. (~0.3 KB brotli.)
              (channel) => html`<td>
                <input
                  type="checkbox"
                  role="switch"
                  part="switch"
                  data-category=${category.id}
                  data-channel=${channel.id}
                  aria-label=${localize.term('notifications.switchLabel', categoryLabel(localize, category), channelLabel(localize, channel))}
                  .checked=${isOn(this.draft, category.id, channel.id)}
                  ?disabled=${saving}
                  @change=${(event: Event) => this.handleToggle(category.id, channel.id, event)}
                />
              </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>`;
    if (!this.formMode) return table;
    return html`<form class="form" @submit=${this.handleSave}>
      ${table}
      <div class="actions">
        ${unsaved ? html`<span class="unsaved">${localize.term('notifications.unsaved')}</span>` : nothing}
        <!-- aria-disabled, not disabled: the button just pressed keeps focus when it turns inactive -->
        <button type="button" aria-disabled=${!unsaved || saving ? 'true' : 'false'} @click=${() => void (unsaved && !saving && (this.draft = this.saved))}>
          ${localize.term('notifications.discard')}
        </button>
        <button type="submit" class="primary" part="save-button" aria-disabled=${!unsaved || saving ? 'true' : 'false'}>
          ${saving ? html`<span class="spinner" aria-hidden="true"></span>${localize.term('notifications.saving')}` : localize.term('notifications.save')}
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-notification-settings': SoNotificationSettings;
  }
  interface GlobalEventHandlersEventMap {
    'so-notification-preferences-updated': CustomEvent<SoNotificationPreferencesUpdatedDetail>;
  }
}
