import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AccountClient, Usage } from '../../src/client/types.js';
import { ClientController } from '../../src/internal/controllers/client-controller.js';
import { ClientTask } from '../../src/internal/controllers/client-task.js';
import { customElement, SoElement } from '../../src/internal/so-element.js';
import { stateStyles } from '../../src/internal/styles/states.js';

/**
 * A minimal element built the way every settings element is: it loads `getUsage()` through
 * `ClientTask` and lists the metric ids. The shared machinery is tested through it.
 */
@customElement('test-data-element')
export class TestDataElement extends SoElement {
  static override styles = [...SoElement.styles, stateStyles];

  @property({ attribute: false }) client?: AccountClient;
  @property() filter = '';

  readonly clients = new ClientController(this);
  readonly data = new ClientTask<Usage>(this, this.clients, this.localize, {
    operation: 'getUsage',
    load: (client, signal) => client.getUsage({ signal }),
    args: () => [this.filter],
    isEmpty: (usage) => usage.metrics.length === 0,
  });

  override render() {
    return html`<section part="base" aria-busy=${this.data.pending ? 'true' : 'false'}>
      ${this.data.render({
        ready: (usage) =>
          html`<ul>
            ${usage.metrics.filter((m) => m.id.includes(this.filter)).map((m) => html`<li>${m.id}</li>`)}
          </ul>`,
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-data-element': TestDataElement;
  }
}
