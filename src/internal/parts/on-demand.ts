import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Parts an element shows only after the user acts — the confirm dialog, the shown-once secret
 * panel — are imported on demand rather than with the element: its first render does not wait
 * for them. The element starts importing them when it connects, so they have usually arrived
 * before the user acts; it renders their tags at once (hidden until defined: `onDemandStyles`) and
 * waits for `ready()` before opening one. Each part's import is its own module (`load-*.ts`,
 * through `importOnce`), so an element's bundle holds only the parts it uses.
 */
export type PartImport = () => Promise<unknown>;

/** Starts importing `parts` when its host connects; `ready()` resolves once all are defined. */
export class OnDemandParts implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly parts: readonly PartImport[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const part of this.parts) void part().catch(() => undefined);
  }

  /** Resolves when every part is defined; rejects when one could not be imported. */
  async ready(): Promise<void> {
    await Promise.all(this.parts.map((part) => part()));
  }
}
