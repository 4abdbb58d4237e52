declare const process: { env: { NODE_ENV?: string } } | undefined;

/**
 * Development mode is on unless the host's bundler sets `process.env.NODE_ENV` to `production`
 * (Vite, webpack, Rollup and esbuild replace that expression in production builds). Only the
 * development build has this module at all: the production build (`dist/`, the default export
 * condition) leaves every `devWarn(…)` call out (scripts/strip-dev-warnings.mjs).
 */
export const devMode: boolean = (() => {
  try {
    // Written so a bundler's text replacement of `process.env.NODE_ENV` decides it.
    return process!.env.NODE_ENV !== 'production';
  } catch {
    return true; // no bundler, no `process`: a developer's unbundled page
  }
})();

const warned = new Set<string>();

/**
 * A warning for a developer misusing the library, in development builds only; with `once`, at
 * most once per page for that key. Its arguments must have no side effects: the production build
 * removes the whole call.
 */
export function devWarn(message: string, once?: string): void {
  if (!devMode || (once !== undefined && warned.has(once))) return;
  if (once !== undefined) warned.add(once);
  console.warn(`[settings-elements] ${message}`);
}
