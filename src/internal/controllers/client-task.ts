import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AccountApiError } from '../../client/errors.js';
import type { AccountClient, AccountOperation } from '../../client/types.js';
import type { LocalizeController } from '../localize/localize-controller.js';
import { renderErrorState, renderNoClientState, renderSkeleton } from '../parts/states.js';
import { reportError, reportSuccess } from '../report-error.js';
import type { ClientController, ClientHost } from './client-controller.js';

/** What a `ClientTask` loads and how it judges emptiness. */
export interface ClientTaskOptions<T> {
  /** The client method this loads, reported in `so-error`. */
  operation: AccountOperation;
  /** Calls the client; must pass `signal` on so a stale or abandoned request is aborted. */
  load: (client: AccountClient, signal: AbortSignal, args: readonly unknown[]) => Promise<T>;
  /** Extra inputs (a search query, a cursor): the task re-runs when one changes. */
  args?: () => readonly unknown[];
  /** Whether a loaded value is empty, to render the empty state. */
  isEmpty?: (value: T) => boolean;
  /** Lines of skeleton while loading. */
  skeletonLines?: number;
}

/** Templates for the states a `ClientTask` renders; loading, error and no-client have defaults. */
export interface ClientTaskRenderers<T> {
  ready: (value: T) => unknown;
  empty?: () => unknown;
  loading?: () => unknown;
}

/**
 * Loads data from the element's client with `@lit/task`: re-runs when the client or `args`
 * change, aborts the request in flight when the element disconnects (and loads again when it
 * reconnects), and renders loading, error (with Retry), empty and ready states. Failures fire
 * `so-error`, and `so-auth-expired` once per client.
 */
export class ClientTask<T> implements ReactiveController {
  readonly task: Task<readonly unknown[], T>;
  private abortedByDisconnect = false;
  private loggedNoClient = false;

  constructor(
    private readonly host: ClientHost,
    private readonly clients: ClientController,
    private readonly localize: LocalizeController,
    private readonly options: ClientTaskOptions<T>,
  ) {
    this.task = new Task(host, {
      args: () => [this.clients.client, ...(options.args?.() ?? [])],
      task: async ([client, ...args], { signal }) => {
        if (!client) return initialState;
        try {
          const value = await options.load(client as AccountClient, signal, args);
          reportSuccess(client as AccountClient);
          return value;
        } catch (error) {
          throw reportError(host, options.operation, error, client as AccountClient);
        }
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  /** True while loading: put it on the element's `aria-busy`. */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || (this.task.status === TaskStatus.INITIAL && !!this.clients.client);
  }

  /** The last loaded value. */
  get value(): T | undefined {
    return this.task.value;
  }

  /** The last failure, as an `AccountApiError`. */
  get error(): AccountApiError | undefined {
    return this.task.status === TaskStatus.ERROR ? (this.task.error as AccountApiError) : undefined;
  }

  /** Loads again, e.g. after a mutation elsewhere changed the data. */
  reload(): Promise<void> {
    return this.task.run();
  }

  /** Renders the current state. */
  render(renderers: ClientTaskRenderers<T>): unknown {
    if (!this.clients.client) return this.renderNoClient();
    const skeleton = () => renderers.loading?.() ?? renderSkeleton(this.localize, this.options.skeletonLines);
    return this.task.render({
      initial: skeleton,
      pending: skeleton,
      error: (error) => renderErrorState(this.localize, error as AccountApiError, () => void this.reload()),
      complete: (value) =>
        this.options.isEmpty?.(value) ? (renderers.empty?.() ?? this.renderEmpty()) : renderers.ready(value),
    });
  }

  private renderEmpty(): TemplateResult {
    return html`<p class="state-empty" part="empty">${this.localize.term('state.empty')}</p>`;
  }

  private renderNoClient(): TemplateResult | typeof nothing {
    // A removed element may still render once as its aborted request settles: no log for it.
    if (!this.loggedNoClient && this.host.isConnected) {
      this.loggedNoClient = true;
      console.error(
        `[settings-elements] <${this.host.localName}> has no account client. ${this.localize.term('error.noClientHint')}`,
      );
    }
    return renderNoClientState(this.localize);
  }
}
