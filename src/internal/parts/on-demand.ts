import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../localize/localize-controller.js';
import { renderFailure } from './states.js';

/**
 * Parts an element shows only after the user acts — the confirm dialog, the shown-once secret
 * panel — are imported on demand rather than with the element: its first render does not wait
 * for them. The element starts importing them when it connects, so they have usually arrived
 * before the user acts; it renders their tags at once (hidden until defined: `onDemandStyles`) and
 * waits for `ready()` before opening one. Each part's import is its own module (`load-*.ts`,
 * through `importOnce`), so an element's bundle holds only the parts it uses.
 */
export type PartImport = () => Promise<unknown>;

/**
 * Starts importing `parts` when its host connects; `ready()` says whether all are defined. When
 * one could not be imported, `render()` says the server can't be reached (the `failure` part)
 * until the user dismisses it or a later `ready()` succeeds; nothing else runs.
 */
export class OnDemandParts implements ReactiveController {
  /** The last `ready()` failed to import a part. */
  failed = false;

  // Counts open() calls, so only the last one made while the parts load runs.
  #request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: readonly PartImport[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const part of this.parts) void part().catch(() => undefined);
  }

  /** Resolves true when every part is defined, false (and shows the failure) when one could not be imported. */
  async ready(): Promise<boolean> {
    try {
      await Promise.all(this.parts.map((part) => part()));
      this.setFailed(false);
      return true;
    } catch {
      this.setFailed(true);
      return false;
    }
  }

  /**
   * Runs `open` (a dialog's opening) once every part is defined — at once when they are. Of the
   * calls made while the parts load, only the last runs: the user's latest click is the one they
   * mean. Resolves false when `open` did not run.
   */
  async open(open: () => unknown): Promise<boolean> {
    const request = ++this.#request;
    if (!(await this.ready()) || request !== this.#request) return false;
    await open();
    return true;
  }

  /** The failure, when the last `ready()` failed: a dismissible alert. */
  render(localize: LocalizeController): TemplateResult | typeof nothing {
    return this.failed ? renderFailure(localize, localize.term('error.network'), () => this.setFailed(false)) : nothing;
  }

  private setFailed(failed: boolean): void {
    if (failed === this.failed) return;
    this.failed = failed;
    this.host.requestUpdate();
  }
}
