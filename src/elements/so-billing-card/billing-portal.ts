import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AccountApiError } from '../../client/errors.js';
import type { BillingPortalFlow } from '../../client/types.js';
import type { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { errorMessage } from '../../internal/parts/states.js';
import { isHttpsUrl } from '../../internal/safe-url.js';
import { dispatchSoEvent } from '../../internal/so-element.js';
import { protocolOf, type BillingPortalTarget } from './billing-model.js';

/** What the user sees after asking for the portal, next to the button they pressed. */
export type PortalFeedback =
  | { flow: BillingPortalFlow; kind: 'error'; message: string }
  | { flow: BillingPortalFlow; kind: 'blocked'; url: string };

export interface BillingPortalOptions {
  mutations: MutationController;
  localize: LocalizeController;
  /** The `portal-target` in effect and the `return-url`, read when the user asks. */
  settings: () => { target: BillingPortalTarget; returnUrl: string };
  /** Follows a checked URL; `false` when a pop-up was blocked. */
  navigate: (url: string, target: BillingPortalTarget) => boolean;
  /** The user came back to this tab after the portal opened in another one. */
  onReturn: () => void;
}

/**
 * Opens the billing portal for a flow: one session per intent in flight (through the
 * MutationController, so a double click makes one call with one idempotency key), only an
 * `https:` URL, a cancelable `so-billing-portal-open` first, then the host element's navigation.
 */
export class BillingPortalController implements ReactiveController {
  /** The error, or the blocked pop-up's link, of the last attempt. */
  feedback?: PortalFeedback;
  #reloadOnReturn = false;
  readonly #handleWindowFocus = () => {
    if (!this.#reloadOnReturn) return;
    this.#reloadOnReturn = false;
    this.options.onReturn();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: BillingPortalOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('focus', this.#handleWindowFocus);
  }

  hostDisconnected(): void {
    window.removeEventListener('focus', this.#handleWindowFocus);
  }

  /** Whether the portal for `flow` (or, without one, any flow) is being opened. */
  busy(flow?: BillingPortalFlow): boolean {
    return flow ? this.options.mutations.busy(`portal:${flow}`) : this.options.mutations.busy();
  }

  async open(flow: BillingPortalFlow): Promise<void> {
    // One portal at a time: a double click, or a second button while the first opens, does nothing.
    if (this.busy()) return;
    const { localize, mutations } = this.options;
    const { target, returnUrl } = this.options.settings();
    this.setFeedback(undefined);
    const result = await mutations.run(`portal:${flow}`, 'createBillingPortalSession', (client, requestOptions) =>
      client.createBillingPortalSession!(returnUrl ? { flow, returnUrl } : { flow }, requestOptions),
    );
    // The user left (an SPA route change removed the card): opening the portal now would surprise them.
    if (!this.host.isConnected) return;
    if (!result.ok) {
      if (result.error.code !== 'aborted') {
        this.setFeedback({ flow, kind: 'error', message: localize.term('billingCard.portalFailed', errorMessage(localize, result.error)) });
      }
      return;
    }
    const { url } = result.value;
    if (!isHttpsUrl(url)) {
      // The URL is a session credential: report its scheme, never the URL itself.
      devWarn(`createBillingPortalSession returned ${protocolOf(url) ?? 'a relative or malformed URL'} instead of an https: URL; it was not opened.`);
      const error = new AccountApiError('unknown', 'The billing portal URL is not an https: URL.');
      dispatchSoEvent(this.host, 'so-error', { operation: 'createBillingPortalSession', error });
      this.setFeedback({ flow, kind: 'error', message: localize.term('billingCard.portalUnsafeUrl') });
      return;
    }
    const event = dispatchSoEvent(this.host, 'so-billing-portal-open', { url, flow, target }, { cancelable: true });
    if (event.defaultPrevented) return;
    if (!this.options.navigate(url, target)) this.setFeedback({ flow, kind: 'blocked', url });
    else if (target === '_blank') this.#reloadOnReturn = true;
  }

  /** Forgets the feedback, e.g. once the user followed the blocked pop-up's link. */
  clear(): void {
    this.setFeedback(undefined);
  }

  private setFeedback(feedback: PortalFeedback | undefined): void {
    this.feedback = feedback;
    this.host.requestUpdate();
  }
}
