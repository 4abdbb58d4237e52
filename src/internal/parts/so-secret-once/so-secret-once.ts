import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { customElement, SoElement } from '../../so-element.js';
import { controlStyles } from '../../styles/controls.js';
import '../so-secret-field/so-secret-field.js';
import type { SoSecretField } from '../so-secret-field/so-secret-field.js';
import { styles } from './so-secret-once.styles.js';
import { secretOnceMessages } from '../../localize/messages/secret-once.js';

/** One secret to show once: what it is, and the secret itself (held by its field, nowhere else). */
export interface OnceSecret {
  /** Identifies the secret in this panel's events, e.g. the key's id. Not secret. */
  id: string;
  /** What the secret is, e.g. "Platform key". */
  label: string;
  /** The secret's visible prefix, e.g. `sk-so-`. */
  prefix?: string;
  /** The secret's last four characters. */
  last4: string;
  /** The secret. Never put it anywhere else. */
  secret: string;
}

/** Detail of `so-new-secret-copied`: which secret, by the id it was shown with. Never the secret. */
export interface SoNewSecretCopiedDetail {
  id: string;
}

/** Detail of `so-new-secrets-dismissed`: the ids of the secrets that were shown. */
export interface SoNewSecretsDismissedDetail {
  ids: string[];
}

// The part's own fields' events are its internals; the panel fires its own instead.
const FIELD_EVENTS = ['so-secret-revealed', 'so-secret-hidden', 'so-secret-copied'] as const;

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Secrets arrive through `show()` only (never an attribute or property a framework might log or
 * serialize). Each one is handed to a `<so-secret-field>` with `setSecret()` and lives there
 * alone; the fields keep the secret shown until the user dismisses the panel (no auto-hide, no
 * Hide button: a secret hidden here could never be shown again). Dismissing, or removing the
 * panel from the page, forgets every secret. Focus moves to the panel's heading when it opens
 * and back to where it was when it is dismissed.
 *
 * @summary A panel that shows newly issued secrets once: "will not be shown again", Copy, "I have saved it".
 *
 * @slot - Extra guidance under the warning, e.g. where to store the secret.
 *
 * @csspart base - The panel.
 * @csspart heading - The heading.
 * @csspart warning - The "will not be shown again" text.
 * @csspart secret - Each `<so-secret-field>`.
 * @csspart dismiss-button - The "I have saved it" button.
 *
 * @cssproperty --so-secret-once-background - The panel's background (default `--so-color-surface-raised`).
 * @cssproperty --so-secret-once-border - The panel's border and accent (default `--so-color-warning`).
 *
 * @cssstate open - Secrets are showing.
 *
 * @fires {CustomEvent<SoNewSecretCopiedDetail>} so-new-secret-copied - A secret was copied to the clipboard.
 * @fires {CustomEvent<SoNewSecretsDismissedDetail>} so-new-secrets-dismissed - The user said they saved the secrets; they are forgotten.
 */
@customElement('so-secret-once')
export class SoSecretOnce extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, styles];
  static override messages = [secretOnceMessages];

  /** The heading; "Save your new secret" when empty. */
  @property() heading = '';
  /** The dismiss button's text; "I have saved it" when empty. */
  @property({ attribute: 'dismiss-label' }) dismissLabel = '';

  /** What is shown, without the secrets. */
  @state() private items: Omit<OnceSecret, 'secret'>[] = [];

  // Secrets wait here only until their fields have rendered, then move into the fields.
  #pending = new Map<string, string>();
  #returnFocus: HTMLElement | null = null;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const name of FIELD_EVENTS) root.addEventListener(name, (event) => event.stopPropagation());
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.forget();
  }

  /** Whether secrets are showing. */
  get open(): boolean {
    return this.items.length > 0;
  }

  /**
   * Shows `secrets` (replacing any shown before), moves focus to the panel and resolves once they
   * are on screen.
   */
  async show(secrets: readonly OnceSecret[]): Promise<void> {
    const active = deepActiveElement();
    if (!this.open) this.#returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    this.#pending = new Map(secrets.map((entry) => [entry.id, entry.secret]));
    this.items = secrets.map(({ secret: _secret, ...shown }) => shown);
    this.toggleState('open', this.items.length > 0);
    await this.updateComplete;
    for (const field of this.renderRoot.querySelectorAll<SoSecretField>('so-secret-field')) {
      const secret = this.#pending.get(field.dataset['id']!);
      if (secret !== undefined) field.setSecret(secret);
    }
    this.#pending.clear();
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }

  /** Forgets every secret and closes the panel, as the "I have saved it" button does. */
  dismiss(): void {
    if (!this.open) return;
    const ids = this.items.map((item) => item.id);
    const focusWasInside = this.holds(deepActiveElement());
    this.forget();
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (focusWasInside && target?.isConnected) target.focus();
    this.emit('so-new-secrets-dismissed', { ids });
  }

  /** Whether `node` is this element or inside it, across shadow roots. */
  private holds(node: Node | null): boolean {
    while (node) {
      if (node === this) return true;
      node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    }
    return false;
  }

  private forget(): void {
    this.#pending.clear();
    // Fields removed from the page forget their secrets on disconnect; hiding first also clears
    // their text now rather than on their next render.
    for (const field of this.renderRoot.querySelectorAll<SoSecretField>('so-secret-field')) field.hide();
    this.items = [];
    this.toggleState('open', false);
  }

  private handleCopied(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset['id']!;
    this.emit('so-new-secret-copied', { id });
  }

  private handleDismissClick(): void {
    this.dismiss();
  }

  override render() {
    if (!this.open) return nothing;
    const count = this.items.length;
    return html`<section part="base" class="panel" aria-labelledby="heading">
      <h3 id="heading" part="heading" class="heading" tabindex="-1">${this.heading || this.localize.term('secretOnce.heading', count)}</h3>
      <p part="warning" class="warning">${this.localize.term('secretOnce.warning', count)}</p>
      <slot></slot>
      <ul class="secrets" role="list">
        ${repeat(
          this.items,
          (item) => item.id,
          (item) => html`<li>
            <span class="secret-label" aria-hidden="true">${item.label}</span>
            <so-secret-field
              part="secret"
              data-id=${item.id}
              label=${item.label}
              prefix=${item.prefix ?? ''}
              last4=${item.last4}
              reveal-timeout="0"
              revealable="false"
              @so-secret-copied=${this.handleCopied}
            ></so-secret-field>
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button type="button" part="dismiss-button" class="primary" @click=${this.handleDismissClick}>
          ${this.dismissLabel || this.localize.term(count === 1 ? 'secretOnce.dismiss' : 'secretOnce.dismissMany')}
        </button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-secret-once': SoSecretOnce;
  }
  interface GlobalEventHandlersEventMap {
    'so-new-secret-copied': CustomEvent<SoNewSecretCopiedDetail>;
    'so-new-secrets-dismissed': CustomEvent<SoNewSecretsDismissedDetail>;
  }
}
