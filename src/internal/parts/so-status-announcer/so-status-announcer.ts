import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement, SoElement } from '../../so-element.js';

/**
 * Place one inside an element's shadow root and call `announce()`; the text is never shown. The
 * region exists before any message so assistive technology is already listening to it.
 *
 * @summary A visually hidden live region that speaks short status messages to screen readers.
 *
 * @csspart base - The live region.
 */
@customElement('so-status-announcer')
export class SoStatusAnnouncer extends SoElement {
  static override styles = [
    ...SoElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Interrupts the screen reader (`role="alert"`) instead of waiting politely; use only for urgent problems. */
  @property({ type: Boolean, reflect: true }) assertive = false;

  /** The message being spoken. */
  @state() private message = '';

  // Each announce() bumps this, so an older call that is still waiting cannot overwrite a newer one.
  #generation = 0;

  /** The message currently in the live region (empty when cleared). */
  get text(): string {
    return this.message;
  }

  /**
   * Speaks `message`. The region is emptied first and filled a frame later, so a message
   * identical to the previous one is spoken again. Resolves once the message is in the region.
   */
  async announce(message: string): Promise<void> {
    const generation = ++this.#generation;
    this.message = '';
    await this.updateComplete;
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    if (generation !== this.#generation) return;
    this.message = message;
    await this.updateComplete;
  }

  /** Empties the region, so a stale message is not found later when reading the page. */
  clear(): void {
    this.#generation += 1;
    this.message = '';
  }

  override render() {
    return html`<div
      part="base"
      class="visually-hidden"
      role=${this.assertive ? 'alert' : 'status'}
      aria-live=${this.assertive ? 'assertive' : 'polite'}
      aria-atomic="true"
    >${this.message}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-status-announcer': SoStatusAnnouncer;
  }
}
