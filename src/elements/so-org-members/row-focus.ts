import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadedVirtualizer } from './lazy.js';

/** What the roving focus needs from its element. */
export interface RowFocusOptions {
  /** The list element: the rows' container, and the virtualizer when virtualized. */
  list: () => HTMLElement | null | undefined;
  /** How many rows the list holds (rendered or not). */
  count: () => number;
  /** Whether the list is virtualized, so a row may not be in the DOM. */
  virtualized: () => boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Rows PageUp and PageDown move by. */
const PAGE = 10;
/** Frames to wait for the virtualizer to render a row scrolled to. */
const MAX_FRAMES = 30;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Roving focus over the rows of a list, virtualized or not: one row is the Tab stop; the arrow
 * keys, Home, End, PageUp and PageDown move focus between rows, scrolling a row the virtualizer
 * has not rendered into view first. Only the Tab-stop row's own controls are in the Tab order,
 * so Tab leaves the list after one row instead of walking through thousands.
 */
export class RowFocus implements ReactiveController {
  /** The index of the row Tab reaches. */
  activeIndex = 0;
  // The range of rows a virtualized list has rendered.
  private first = 0;
  private last = Number.POSITIVE_INFINITY;

  constructor(
    private readonly host: Host,
    private readonly options: RowFocusOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const count = this.options.count();
    if (this.activeIndex > count - 1) this.activeIndex = Math.max(0, count - 1);
  }

  /**
   * Whether row `index` is the Tab stop. When the active row has scrolled out of a virtualized
   * list's DOM, the first rendered row stands in for it, so the list stays reachable by Tab.
   */
  isTabStop(index: number): boolean {
    if (index === this.activeIndex) return true;
    return !this.activeRendered() && index === this.first;
  }

  /** Moves focus to row `index` (clamped), scrolling it into the DOM first if virtualized. */
  async focusRow(index: number): Promise<void> {
    const count = this.options.count();
    if (count === 0) return;
    this.activeIndex = Math.min(Math.max(0, index), count - 1);
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    let row = this.row(this.activeIndex);
    const virtualizer = loadedVirtualizer();
    if (!row && virtualizer && this.options.virtualized()) {
      const list = this.options.list() as (HTMLElement & VirtualizerHostElement) | null | undefined;
      list?.[virtualizer.virtualizerRef]?.element(this.activeIndex)?.scrollIntoView({ block: 'nearest' });
      for (let frame = 0; frame < MAX_FRAMES && !row; frame++) {
        await nextFrame();
        row = this.row(this.activeIndex);
      }
    }
    row?.focus();
  }

  /** Arrow keys, Home, End, PageUp and PageDown on a focused row. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const row = event.target as HTMLElement;
    if (!row.matches?.('[data-row-index]') || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset['rowIndex']);
    const last = this.options.count() - 1;
    const targets: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: last,
      PageDown: Math.min(last, index + PAGE),
      PageUp: Math.max(0, index - PAGE),
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    void this.focusRow(target);
  };

  /** Focus that lands in a row by any means (a click, Tab) makes that row the Tab stop. */
  readonly handleFocusIn = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest?.<HTMLElement>('[data-row-index]');
    if (!row) return;
    const index = Number(row.dataset['rowIndex']);
    if (index !== this.activeIndex) {
      this.activeIndex = index;
      this.host.requestUpdate();
    }
  };

  /** The virtualizer's rendered range, to keep a Tab stop in the DOM. */
  readonly handleRangeChanged = (event: RangeChangedEvent): void => {
    const wasRendered = this.activeRendered();
    const oldFirst = this.first;
    this.first = event.first;
    this.last = event.last;
    if (wasRendered !== this.activeRendered() || (!wasRendered && oldFirst !== this.first)) this.host.requestUpdate();
  };

  private activeRendered(): boolean {
    if (!this.options.virtualized()) return true;
    return this.activeIndex >= this.first && this.activeIndex <= this.last;
  }

  private row(index: number): HTMLElement | null {
    return this.options.list()?.querySelector<HTMLElement>(`[data-row-index="${index}"]`) ?? null;
  }
}
