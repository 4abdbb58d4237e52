import type { Plugin } from 'rollup';

/** The [start, end) ranges of the `devWarn(…)` calls in `code` (see strip-dev-warnings.mjs). */
export function devWarnCalls(code: string, fileName?: string): [number, number][];
/** Removes src/'s `devWarn(…)` calls: the production build's development warnings (see strip-dev-warnings.mjs). */
export function stripDevWarnings(): Plugin;
