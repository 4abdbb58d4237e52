/**
 * Logs an element's event into the `<output>` beside it, newest first, as a host would see it.
 * `so-error` shows only its operation and code; no detail here ever holds a secret.
 */
export function logEvent(event: Event): void {
  const log = (event.currentTarget as HTMLElement).parentElement!.querySelector('output')!;
  const detail = (event as CustomEvent).detail as Record<string, unknown> | undefined;
  const shown = detail && 'error' in detail ? { operation: detail['operation'], code: (detail['error'] as { code: string }).code } : detail;
  log.textContent = `${event.type} ${JSON.stringify(shown ?? {})}\n${log.textContent ?? ''}`;
}
