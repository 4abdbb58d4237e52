import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import type { AccountClient } from '../client/types.js';
import { customElement, SoElement } from '../internal/so-element.js';
import { accountClientContext } from './account-context.js';

/**
 * @summary Gives an `AccountClient` to every settings element inside it.
 *
 * Set `client` as a JS property (never an attribute). Swapping it re-renders every element
 * below with the new client; an element's own `client` property still wins.
 *
 * @slot - The settings elements, or any markup containing them.
 */
@customElement('so-account-provider')
export class SoAccountProvider extends SoElement {
  static override styles = [
    ...SoElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  // A controller rather than `@provide`: the provider renders nothing from the client, so it
  // needs no reactive property, only to pass the client down the moment it is set.
  private readonly provider = new ContextProvider(this, { context: accountClientContext });

  constructor() {
    super();
    // Set on the tag before this class was defined: an own property shadows the accessor.
    if (Object.hasOwn(this, 'client')) {
      const { client } = this;
      delete this.client;
      this.client = client;
    }
  }

  /** The client for every element inside; JS property only. */
  get client(): AccountClient | undefined {
    return this.provider.value;
  }

  set client(client: AccountClient | undefined) {
    this.provider.setValue(client);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-account-provider': SoAccountProvider;
  }
}
