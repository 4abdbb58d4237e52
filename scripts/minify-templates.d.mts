import type { Plugin } from 'rollup';

/** The template-literal minifier of the build and the browser tests (see minify-templates.mjs). */
export function minifyTemplates(): Plugin;
