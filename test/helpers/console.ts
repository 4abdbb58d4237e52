/** Records what is written to one console method until `restore()`. */
export function captureConsole(method: 'error' | 'warn') {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console[method] = original;
    },
  };
}
