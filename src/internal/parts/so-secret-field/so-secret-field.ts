import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { devWarn } from '../../dev-mode.js';
import { customElement, SoElement } from '../../so-element.js';
import { controlStyles } from '../../styles/controls.js';
import '../so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../so-status-announcer/so-status-announcer.js';
import { styles } from './so-secret-field.styles.js';
import { secretFieldMessages } from '../../localize/messages/secret-field.js';

/** Detail of the secret field's events: which secret, by its last four characters. Never the secret. */
export interface SoSecretEventDetail {
  last4: string;
}

/** The outcome shown under the field, as its message key. */
type Status = 'secret.copied' | 'secret.copyFailed' | 'secret.copyFailedHidden' | 'secret.revealFailed';

// The attribute says "false" to turn a default-on capability off, as `draggable="false"` does.
const onUnlessFalse = { fromAttribute: (value: string | null) => value !== 'false' };
const maxTimerMs = 2 ** 31 - 1;

/**
 * The secret never enters an attribute, an event or the console: it arrives through the
 * `revealer` function or `setSecret()`, lives in one private field only while shown, and is
 * forgotten when hidden (by the user, after `reveal-timeout` seconds, or on disconnect).
 * A secret given with `setSecret()` cannot be shown again once hidden.
 *
 * @summary A secret shown masked (`sk-so-•••• 3F92`), with Reveal and Copy, that hides itself again.
 *
 * @csspart base - The box around the value and buttons.
 * @csspart value - The masked or revealed value.
 * @csspart reveal-button - The Reveal / Hide button.
 * @csspart copy-button - The Copy button.
 *
 * @cssproperty --so-secret-field-font - The value's font family (default `--so-font-family-mono`).
 * @cssproperty --so-secret-field-background - The box's background (default `--so-color-surface-raised`).
 * @cssproperty --so-secret-field-border - The box's border colour (default `--so-color-border`).
 *
 * @fires {CustomEvent<SoSecretEventDetail>} so-secret-revealed - The secret is shown.
 * @fires {CustomEvent<SoSecretEventDetail>} so-secret-hidden - The secret is hidden and forgotten.
 * @fires {CustomEvent<SoSecretEventDetail>} so-secret-copied - The secret was written to the clipboard.
 */
@customElement('so-secret-field')
export class SoSecretField extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, styles];
  static override messages = [secretFieldMessages];

  readonly #internals = this.attachInternals();

  /** The secret's visible prefix, e.g. `sk-so-` (not secret). */
  @property() override prefix = '';
  /** The secret's last four characters (not secret), shown after the mask. */
  @property() last4 = '';
  /** What the secret is, for assistive technology: "Production key". Defaults to "Secret". */
  @property() label = '';
  /** Seconds a revealed secret stays shown; 0 keeps it until hidden. */
  @property({ type: Number, attribute: 'reveal-timeout' }) revealTimeout = 30;
  /** Fetches the secret for Reveal and Copy, e.g. `() => client.revealApiKey(id).then((r) => r.secret)`. */
  @property({ attribute: false }) revealer?: () => Promise<string>;
  /** Offers Copy when the secret can be had; `copyable="false"` removes it. */
  @property({ converter: onUnlessFalse }) copyable = true;
  /** Offers Reveal when the secret can be had; `revealable="false"` removes it. */
  @property({ converter: onUnlessFalse }) revealable = true;

  @state() private shown = false;
  @state() private pending = false;
  @state() private status: Status | null = null;

  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;
  @query('[part="value"]') private valueElement!: HTMLElement;

  #secret: string | undefined;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  // Bumped whenever the secret is forgotten, so a fetch that lands afterwards is thrown away.
  #generation = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.conceal(false);
    this.status = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('last4') && this.last4.length > 4) {
      devWarn(`<so-secret-field> last4 has ${this.last4.length} characters; give only the last 4, never the secret.`);
    }
    if (changed.has('revealTimeout') && !(this.revealTimeout >= 0)) {
      devWarn(`<so-secret-field> reveal-timeout must be a number of seconds ≥ 0; using 30.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('revealTimeout') && this.shown) this.startHideTimer();
  }

  /** Whether the secret is currently shown. */
  get revealed(): boolean {
    return this.shown;
  }

  /** Shows a secret the host already holds, such as a just-created key ("show once"). */
  setSecret(secret: string): void {
    this.show(secret, this.localize.term('secret.revealed'));
  }

  /** Fetches the secret through `revealer` and shows it. Failures are shown and announced, not thrown. */
  async reveal(): Promise<void> {
    if (this.shown || this.pending) return;
    this.status = null;
    this.pending = true;
    const secret = await this.obtainSecret();
    this.pending = false;
    if (secret !== undefined) this.show(secret, this.localize.term('secret.revealed'));
  }

  /** Hides the secret and forgets it. */
  hide(): void {
    this.conceal(true);
  }

  /**
   * Copies the secret (fetching it without showing it when hidden). When the clipboard refuses,
   * shows the secret selected for copying by hand. Resolves whether the clipboard took it.
   */
  async copy(): Promise<boolean> {
    if (this.pending) return false;
    this.status = null;
    this.pending = true;
    try {
      const secret = await this.obtainSecret();
      if (secret === undefined) return false;
      try {
        await navigator.clipboard.writeText(secret);
      } catch {
        await this.fallBackToManualCopy(secret);
        return false;
      }
      this.setStatus('secret.copied');
      this.emit('so-secret-copied', { last4: this.last4 });
      return true;
    } finally {
      this.pending = false;
    }
  }

  private get effectiveTimeout(): number {
    return this.revealTimeout >= 0 ? this.revealTimeout : 30;
  }

  private async obtainSecret(): Promise<string | undefined> {
    if (this.#secret !== undefined) return this.#secret;
    if (!this.revealer) return undefined;
    const generation = this.#generation;
    try {
      const secret = await this.revealer();
      return generation === this.#generation ? secret : undefined;
    } catch {
      if (generation === this.#generation) this.setStatus('secret.revealFailed');
      return undefined;
    }
  }

  private show(secret: string, announcement: string): void {
    this.#generation += 1; // a fetch still under way must not replace this secret
    this.#secret = secret;
    this.shown = true;
    this.#internals.states.add('revealed');
    this.startHideTimer();
    const timeout = this.effectiveTimeout;
    const hint = timeout > 0 ? ` ${this.localize.term('secret.autoHide', timeout)}` : '';
    void this.announcer?.announce(announcement + hint);
    this.emit('so-secret-revealed', { last4: this.last4 });
  }

  private conceal(announce: boolean): void {
    const wasShown = this.shown;
    this.#generation += 1;
    this.#secret = undefined;
    this.shown = false;
    this.#internals.states.delete('revealed');
    clearTimeout(this.#hideTimer);
    if (!wasShown || !announce) return;
    this.status = null;
    void this.announcer.announce(this.localize.term('secret.hidden'));
    this.emit('so-secret-hidden', { last4: this.last4 });
  }

  private startHideTimer(): void {
    clearTimeout(this.#hideTimer);
    const seconds = this.effectiveTimeout;
    if (seconds > 0) this.#hideTimer = setTimeout(() => this.conceal(true), Math.min(seconds * 1000, maxTimerMs));
  }

  private async fallBackToManualCopy(secret: string): Promise<void> {
    if (!this.shown && !this.revealable) return this.setStatus('secret.copyFailedHidden');
    this.status = 'secret.copyFailed';
    if (this.shown) void this.announcer.announce(this.localize.term(this.status));
    else this.show(secret, this.localize.term(this.status));
    await this.updateComplete;
    getSelection()?.selectAllChildren(this.valueElement);
  }

  private setStatus(status: Status): void {
    this.status = status;
    void this.announcer.announce(this.localize.term(status));
  }

  private handleRevealClick(): void {
    if (this.shown) this.hide();
    else void this.reveal();
  }

  private handleCopyClick(): void {
    void this.copy();
  }

  override render() {
    const hasSource = this.shown || this.revealer !== undefined;
    const busy = this.pending ? 'true' : 'false';
    const timeout = this.effectiveTimeout;
    return html`<div part="base" class="field" role="group" aria-label=${this.label || this.localize.term('secret.label')}>
        <code part="value" class="value">${this.shown ? this.#secret : this.renderMasked()}</code>
        <div class="actions">
          ${this.revealable && hasSource ? this.renderRevealButton(busy) : nothing}
          ${this.copyable && hasSource
            ? html`<button type="button" part="copy-button" aria-label=${this.localize.term('secret.copyLabel')} aria-disabled=${busy} @click=${this.handleCopyClick}>
                ${this.localize.term('secret.copy')}
              </button>`
            : nothing}
        </div>
      </div>
      ${this.shown && timeout > 0 ? html`<p class="hint">${this.localize.term('secret.autoHide', timeout)}</p>` : nothing}
      ${this.status
        ? html`<p class="status ${this.status === 'secret.copied' ? 'success' : 'error'}">${this.localize.term(this.status)}</p>`
        : nothing}
      <so-status-announcer></so-status-announcer>`;
  }

  // The visible text changes with the state, and so does the name: it says what pressing it does.
  private renderRevealButton(busy: string) {
    const [label, text] = this.shown ? (['secret.hideLabel', 'secret.hide'] as const) : (['secret.revealLabel', 'secret.reveal'] as const);
    return html`<button type="button" part="reveal-button" aria-label=${this.localize.term(label)} aria-disabled=${busy} @click=${this.handleRevealClick}>
      ${this.localize.term(text)}
    </button>`;
  }

  private renderMasked() {
    const tail = this.last4.slice(-4);
    return html`<span aria-hidden="true">${this.prefix}${'•'.repeat(14)}${tail ? ` ${tail}` : ''}</span><span class="visually-hidden"
        >${this.localize.term('secret.masked', this.prefix, tail)}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-secret-field': SoSecretField;
  }
  interface GlobalEventHandlersEventMap {
    'so-secret-revealed': CustomEvent<SoSecretEventDetail>;
    'so-secret-hidden': CustomEvent<SoSecretEventDetail>;
    'so-secret-copied': CustomEvent<SoSecretEventDetail>;
  }
}
