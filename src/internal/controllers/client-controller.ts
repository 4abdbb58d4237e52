import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountClient, AccountOperation } from '../../client/types.js';
import { accountClientContext } from '../../context/account-context.js';
import { getDefaultAccountClient, onDefaultAccountClientChange } from '../../context/default-client.js';

/** An element that talks to an account client: it has a `client` JS property. */
export type ClientHost = ReactiveControllerHost & HTMLElement & { client?: AccountClient };

/**
 * Finds the element's client: its own `client` property, else the nearest
 * `<so-account-provider>` (subscribed, so a swap re-renders), else the module default.
 */
export class ClientController implements ReactiveController {
  private readonly context: ContextConsumer<typeof accountClientContext, ClientHost>;
  private unsubscribeDefault?: () => void;

  constructor(private readonly host: ClientHost) {
    this.context = new ContextConsumer(host, { context: accountClientContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribeDefault = onDefaultAccountClientChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribeDefault?.();
  }

  /** The client in effect now, or `undefined` when none is configured anywhere. */
  get client(): AccountClient | undefined {
    return this.host.client ?? this.context.value ?? getDefaultAccountClient();
  }

  /** Whether the client implements `operation`: optional methods are capabilities. */
  can(operation: AccountOperation): boolean {
    return typeof this.client?.[operation] === 'function';
  }
}
