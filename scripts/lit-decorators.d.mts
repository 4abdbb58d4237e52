import type { Plugin } from 'rollup';

/** Compiles src/'s Lit and `customElement` decorators away (see lit-decorators.mjs). */
export function litDecorators(): Plugin;
