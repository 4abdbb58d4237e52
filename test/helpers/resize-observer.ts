import { ignoreWindowOnError, isResizeObserverLoopErrorMessage } from '@lit-labs/virtualizer/support/resize-observer-errors.js';

/** Whether `message` is the ResizeObserver loop notice; anything but a string is not. */
export const isLoopNotice = (message: unknown): boolean => typeof message === 'string' && isResizeObserverLoopErrorMessage(message);

/**
 * Ignores, in each test of the enclosing `describe`, the benign "ResizeObserver loop" notice the
 * virtualizer's row measuring can raise (through `window.onerror` and `console.error`). The
 * virtualizer's own `setupIgnoreWindowResizeObserverLoopErrors` throws in its handler when an
 * error comes without a message string, as Firefox sends some; this passes those on instead.
 */
export function ignoreResizeObserverLoopNotices(): void {
  let teardown: (() => void) | undefined;
  beforeEach(() => (teardown = ignoreWindowOnError(isLoopNotice, { suppressErrorLogging: true })));
  afterEach(() => {
    teardown?.();
    teardown = undefined;
  });
}
