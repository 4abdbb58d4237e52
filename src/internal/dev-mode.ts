declare const process: { env: { NODE_ENV?: string } } | undefined;

/**
 * Development mode is on unless the host's bundler sets `process.env.NODE_ENV` to `production`
 * (Vite, webpack, Rollup and esbuild replace that expression in production builds).
 */
export const devMode: boolean = (() => {
  try {
    // Written so a bundler's text replacement of `process.env.NODE_ENV` decides it.
    return process!.env.NODE_ENV !== 'production';
  } catch {
    return true; // no bundler, no `process`: a developer's unbundled page
  }
})();

/** A warning for a developer misusing the library; silent in production builds. */
export function devWarn(message: string): void {
  if (devMode) console.warn(`[settings-elements] ${message}`);
}
