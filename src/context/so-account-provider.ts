import { provide } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
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

  /** The client for every element inside; JS property only. */
  @provide({ context: accountClientContext })
  @property({ attribute: false })
  client?: AccountClient;

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-account-provider': SoAccountProvider;
  }
}
