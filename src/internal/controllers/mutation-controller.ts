import { newIdempotencyKey } from '../../client/async.js';
import type { AccountApiError } from '../../client/errors.js';
import type { AccountClient, AccountOperation, RequestOptions } from '../../client/types.js';
import { reportError, reportSuccess } from '../report-error.js';
import { dispatchSoEvent } from '../so-element.js';
import type { ClientController, ClientHost } from './client-controller.js';

/** How a mutation ended: its value, or the error the element should show. */
export type MutationResult<T> = { ok: true; value: T } | { ok: false; error: AccountApiError };

/** What one user intent calls; it must pass `options` on so the idempotency key reaches the backend. */
export type MutationCall<T> = (client: AccountClient, options: RequestOptions) => Promise<T>;

/**
 * Runs an element's mutations exactly once per user intent:
 * - a second `run()` of an intent still in flight (double click, Enter held down) joins the
 *   first instead of calling the client again;
 * - each intent carries one idempotency key, kept for every retry of that intent (a Retry
 *   button, or the host's step-up retry after `reauth_required`) and dropped once it succeeds;
 * - failures fire `so-error` (and `so-auth-expired`); `reauth_required` also fires a cancelable
 *   `so-reauth-required` whose `retry()` repeats the intent with the same key.
 *
 * Name an intent after what the user asked for, including its input when that can change
 * (`rotate:key_1`, `create:${name}`), so a different request never reuses a key.
 */
export class MutationController {
  private readonly running = new Map<string, Promise<MutationResult<unknown>>>();
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly host: ClientHost,
    private readonly clients: ClientController,
  ) {}

  /** Whether `intent` (or, without one, any intent) is in flight: disable its controls. */
  busy(intent?: string): boolean {
    return intent === undefined ? this.running.size > 0 : this.running.has(intent);
  }

  /** Runs `call` for `intent` once; see the class comment. */
  run<T>(intent: string, operation: AccountOperation, call: MutationCall<T>): Promise<MutationResult<T>> {
    const inFlight = this.running.get(intent);
    if (inFlight) return inFlight as Promise<MutationResult<T>>;
    const attempt = this.attempt(intent, operation, call).finally(() => {
      this.running.delete(intent);
      this.host.requestUpdate();
    });
    this.running.set(intent, attempt);
    this.host.requestUpdate();
    return attempt;
  }

  /** Drops an intent's key, e.g. when the user abandons it; the next run starts a new intent. */
  forget(intent: string): void {
    this.keys.delete(intent);
  }

  private async attempt<T>(intent: string, operation: AccountOperation, call: MutationCall<T>): Promise<MutationResult<T>> {
    const client = this.clients.client;
    let idempotencyKey = this.keys.get(intent);
    if (!idempotencyKey) {
      idempotencyKey = newIdempotencyKey();
      this.keys.set(intent, idempotencyKey);
    }
    try {
      if (!client) throw new Error('No account client configured.');
      const value = await call(client, { idempotencyKey });
      this.keys.delete(intent);
      reportSuccess(client);
      return { ok: true, value };
    } catch (thrown) {
      const error = reportError(this.host, operation, thrown, client);
      if (error.code === 'reauth_required') {
        dispatchSoEvent(
          this.host,
          'so-reauth-required',
          { operation, retry: () => this.run(intent, operation, call).then(() => undefined) },
          { cancelable: true },
        );
      }
      return { ok: false, error };
    }
  }
}
