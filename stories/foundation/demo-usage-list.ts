import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountClient, Usage } from '../../src/client/types.js';
import { ClientController } from '../../src/internal/controllers/client-controller.js';
import { ClientTask } from '../../src/internal/controllers/client-task.js';
import { formatNumber } from '../../src/internal/format.js';
import { customElement, SoElement } from '../../src/internal/so-element.js';
import { stateStyles } from '../../src/internal/styles/states.js';

/**
 * A catalogue-only element built the way every settings element is, to show the shared data
 * states (loading, error with Retry, empty, ready) and client resolution on their own.
 */
@customElement('demo-usage-list')
export class DemoUsageList extends SoElement {
  static override styles = [...SoElement.styles, stateStyles];

  /** The client; falls back to the provider, then the default. */
  @property({ attribute: false }) client?: AccountClient;

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<Usage>(this, this.clients, this.localize, {
    operation: 'getUsage',
    load: (client, signal) => client.getUsage({ signal }),
    isEmpty: (usage) => usage.metrics.length === 0,
  });

  override render() {
    return html`<section part="base" aria-busy=${this.data.pending ? 'true' : 'false'}>
      ${this.data.render({
        ready: (usage) =>
          html`<ul>
            ${usage.metrics.map(
              (metric) => html`<li><code>${metric.id}</code> ${formatNumber(this.localize.lang, metric.used)}</li>`,
            )}
          </ul>`,
      })}
    </section>`;
  }
}
