import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate, formatRelativeTime, relativeTimeRefreshMs, toDate } from '../../format.js';
import { customElement, SoElement } from '../../so-element.js';

/**
 * Renders a `<time>` whose `datetime` is the ISO instant and whose tooltip is the full date in
 * the element's language. The text refreshes just when it would change (every second for the
 * first minute, less often later) and stops refreshing while disconnected. An invalid or missing
 * date renders nothing.
 *
 * @summary A date as relative text ("2 minutes ago", "in 3 days") that keeps itself current.
 *
 * @csspart base - The `<time>` element.
 */
@customElement('so-relative-time')
export class SoRelativeTime extends SoElement {
  static override styles = [
    ...SoElement.styles,
    css`
      /* Inline text: it takes the size, line height and colour of the sentence around it. */
      :host {
        display: inline;
        font-size: inherit;
        line-height: inherit;
        color: inherit;
      }
    `,
  ];

  /** The instant to describe: an ISO-8601 string (or a `Date` as a property). */
  @property() date: string | Date = '';

  /** The moment to measure from, for tests and stories; when set, the text no longer refreshes itself. */
  @property({ attribute: false }) now?: Date;

  #refreshTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Time passed while disconnected: render the current text and restart the refresh.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#clearRefresh();
  }

  protected override updated(): void {
    this.#clearRefresh();
    const date = toDate(this.date);
    if (!date || this.now || !this.isConnected) return;
    const delay = relativeTimeRefreshMs(date);
    if (Number.isFinite(delay)) this.#refreshTimer = setTimeout(() => this.requestUpdate(), delay);
  }

  #clearRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = undefined;
  }

  override render() {
    const date = toDate(this.date);
    if (!date) return nothing;
    return html`<time
      part="base"
      datetime=${date.toISOString()}
      title=${formatDate(this.localize.lang, date, { dateStyle: 'long', timeStyle: 'short' })}
    >${formatRelativeTime(this.localize.lang, date, this.now)}</time>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-relative-time': SoRelativeTime;
  }
}
