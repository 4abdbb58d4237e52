import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { confirmDialogMessages } from '../../localize/messages/confirm-dialog.js';
import { customElement, SoElement } from '../../so-element.js';
import { controlStyles } from '../../styles/controls.js';
import { dialogStyles } from '../../styles/dialog.js';
import { spinnerStyles } from '../../styles/spinner.js';
import { styles } from './so-confirm-dialog.styles.js';

/** How strongly the dialog warns: `danger` is for actions that destroy or cannot be undone. */
export type ConfirmDialogVariant = 'default' | 'danger';

/** Detail of `so-confirm`: nothing to report beyond the event itself. */
export type SoConfirmDetail = Record<string, never>;

/** Detail of `so-cancel`: how the user dismissed the dialog. */
export interface SoCancelDetail {
  /** `escape` key, the `cancel-button`, or `close` when the dialog was closed some other way. */
  reason: 'escape' | 'cancel-button' | 'close';
}

type CloseReason = SoCancelDetail['reason'] | 'confirm' | 'host';

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Focus moves into the dialog when it opens (to the phrase field, else Cancel for `danger`, else
 * Confirm) and back to the element that had it when it closes. To keep the dialog open while
 * the confirmed action runs, set `busy` in the `so-confirm` handler and call `hide()` when done.
 *
 * @summary A modal confirmation on the native `<dialog>`, with an optional type-to-confirm phrase.
 *
 * @slot - The body text: what will happen, and what cannot be undone.
 * @slot heading - The heading, when it needs markup; otherwise use the `heading` attribute.
 *
 * @csspart base - The `<dialog>`.
 * @csspart input - The type-to-confirm text field.
 * @csspart confirm-button - The Confirm button.
 * @csspart cancel-button - The Cancel button.
 *
 * @cssproperty --so-confirm-dialog-width - The dialog's inline size (default 30rem, never wider than the viewport).
 * @cssproperty --so-confirm-dialog-backdrop - The colour behind the dialog (default `--so-color-backdrop`).
 * @cssproperty --so-confirm-dialog-danger - The danger Confirm button's colour (default `--so-color-danger`).
 *
 * @fires {CustomEvent<SoConfirmDetail>} so-confirm - The user confirmed. Cancelable: `preventDefault()` keeps the dialog open.
 * @fires {CustomEvent<SoCancelDetail>} so-cancel - The user dismissed the dialog (Escape, Cancel, or any close the host didn't ask for).
 */
@customElement('so-confirm-dialog')
export class SoConfirmDialog extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, dialogStyles, spinnerStyles, styles];
  static override messages = [confirmDialogMessages];

  /** Whether the dialog is showing; set it, or call `show()` / `hide()`. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The dialog's title; "Are you sure?" when empty. The `heading` slot replaces it. */
  @property() heading = '';
  /** The Confirm button's text; "Confirm" when empty. Name the action: "Delete organization". */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  /** The Cancel button's text; "Cancel" when empty. */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** `danger` colours Confirm as destructive and starts focus on Cancel. */
  @property({ reflect: true }) variant: ConfirmDialogVariant = 'default';
  /** Text the user must type exactly (no trimming, no case folding) before Confirm enables; none when empty. */
  @property({ attribute: 'confirm-phrase' }) confirmPhrase = '';
  /** Confirm stays disabled whatever is typed, e.g. while something blocks the action; say why in the body. */
  @property({ type: Boolean, attribute: 'confirm-disabled', reflect: true }) confirmDisabled = false;
  /** The confirmed action is running: Confirm, Cancel and Escape do nothing, and progress shows. */
  @property({ type: Boolean, reflect: true }) busy = false;

  @state() private typed = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  #trigger: HTMLElement | null = null;
  #closeReason: CloseReason | null = null;
  #pendingAnswer: ((confirmed: boolean) => void) | undefined;
  #pendingPromise: Promise<boolean> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog leaves the top layer; an open question is answered "no".
    if (this.open) this.hide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open && !this.dialog?.open) {
      const active = deepActiveElement();
      this.#trigger = active instanceof HTMLElement && active !== document.body ? active : null;
      this.typed = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open && this.isConnected) {
      this.dialog.showModal();
      this.initialFocusTarget().focus();
    } else if (!this.open && this.dialog.open) {
      this.#closeReason ??= 'host';
      this.dialog.close();
    }
  }

  /** Opens the dialog; resolves once it is showing. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog without firing `so-cancel` (the host asked for it); resolves once closed. */
  async hide(): Promise<void> {
    if (this.open) this.closeDialog('host');
    await this.updateComplete;
  }

  /** Opens the dialog and resolves `true` when the user confirms, `false` when it closes otherwise. */
  confirm(): Promise<boolean> {
    this.#pendingPromise ??= new Promise<boolean>((resolve) => (this.#pendingAnswer = resolve));
    void this.show();
    return this.#pendingPromise;
  }

  private get phraseMatches(): boolean {
    return this.typed === this.confirmPhrase;
  }

  private initialFocusTarget(): HTMLElement {
    const selector = this.confirmPhrase ? 'input' : this.variant === 'danger' ? '.cancel' : '.confirm';
    return this.renderRoot.querySelector<HTMLElement>(selector)!;
  }

  private closeDialog(reason: CloseReason): void {
    this.open = false;
    if (this.dialog?.open) {
      this.#closeReason = reason;
      this.dialog.close(); // its close event finishes the job
    } else {
      this.answer(false); // opened and closed before it ever showed
    }
  }

  private answer(confirmed: boolean): void {
    this.#pendingAnswer?.(confirmed);
    this.#pendingAnswer = undefined;
    this.#pendingPromise = undefined;
  }

  private handleInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.open || this.busy || this.confirmDisabled || !this.phraseMatches) return;
    if (this.emit('so-confirm', {}, { cancelable: true }).defaultPrevented) return;
    this.answer(true);
    // A host that set `busy` in its handler keeps the dialog open until it calls hide().
    if (!this.busy) this.closeDialog('confirm');
  }

  private handleCancelClick(): void {
    if (this.busy) return;
    this.closeDialog('cancel-button');
  }

  private handleDialogCancel(event: Event): void {
    // Escape while the action runs would hide its outcome from the user.
    if (this.busy) event.preventDefault();
    else this.#closeReason = 'escape';
  }

  private handleDialogClose(): void {
    // Shown again before this close event arrived: the new showing owns the question now.
    if (this.dialog.open) return;
    const reason = this.#closeReason ?? 'close';
    this.#closeReason = null;
    this.open = false;
    this.answer(false);
    if (reason !== 'confirm' && reason !== 'host') this.emit('so-cancel', { reason });
    const trigger = this.#trigger;
    this.#trigger = null;
    // Return focus unless the host has already put it somewhere on purpose.
    const active = deepActiveElement();
    const focusIsLost = !active || active === document.body || this.renderRoot.contains(active);
    if (trigger?.isConnected && focusIsLost) trigger.focus();
  }

  override render() {
    const danger = this.variant === 'danger';
    return html`<dialog
      part="base"
      role="alertdialog"
      aria-labelledby="heading"
      aria-describedby="body"
      @cancel=${this.handleDialogCancel}
      @close=${this.handleDialogClose}
    >
      <form class="panel" novalidate @submit=${this.handleSubmit}>
        <h2 id="heading" class="heading">
          <slot name="heading">${this.heading || this.localize.term('dialog.heading')}</slot>
        </h2>
        <div id="body" class="body"><slot></slot></div>
        ${this.confirmPhrase ? this.renderPhrase() : nothing}
        <div class="actions">
          <button type="button" part="cancel-button" class="cancel" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.handleCancelClick}>
            ${this.cancelLabel || this.localize.term('dialog.cancel')}
          </button>
          <button
            type="submit"
            part="confirm-button"
            class="confirm ${danger ? 'danger' : 'primary'}"
            ?disabled=${this.confirmDisabled || !this.phraseMatches}
            aria-disabled=${this.busy ? 'true' : 'false'}
          >
            ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
            ${this.confirmLabel || this.localize.term('dialog.confirm')}
          </button>
        </div>
        <span class="visually-hidden" role="status">${this.busy ? this.localize.term('dialog.busy') : ''}</span>
      </form>
    </dialog>`;
  }

  private renderPhrase() {
    const mismatch = this.typed !== '' && !this.confirmPhrase.startsWith(this.typed);
    // No live() on the input: every keystroke sets `typed`, and opening resets it, so the bound
    // value always holds what the field shows.
    return html`<div class="phrase">
      <label for="phrase">${this.localize.term('dialog.typeToConfirm', this.confirmPhrase)}</label>
      <input
        id="phrase"
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-invalid=${mismatch ? 'true' : 'false'}
        aria-describedby=${mismatch ? 'mismatch' : nothing}
        .value=${this.typed}
        @input=${this.handleInput}
      />
      <p id="mismatch" class="mismatch" ?hidden=${!mismatch}>${this.localize.term('dialog.typeMismatch')}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-confirm-dialog': SoConfirmDialog;
  }
  interface GlobalEventHandlersEventMap {
    'so-confirm': CustomEvent<SoConfirmDetail>;
    'so-cancel': CustomEvent<SoCancelDetail>;
  }
}
