import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { litDecorators } from './scripts/lit-decorators.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { stripDevWarnings } from './scripts/strip-dev-warnings.mjs';

// The CDN build, run after the npm build (`npm run build`), in three passes:
// - `vite build -c vite.cdn.config.ts`: dist/cdn/settings-elements.js, one self-contained,
//   minified ES module with every element, the clients and Lit inside (dynamic imports inlined),
//   for pages with no build step;
// - `--mode autoloader`: dist/cdn/autoloader.js, which imports that bundle when the first `so-*`
//   tag appears in the page;
// - `--mode memory`: dist/cdn/memory.js, the in-memory backend (`src/memory.ts`) for demos, kept
//   out of settings-elements.js. It imports `AccountApiError` from `./settings-elements.js` beside
//   it rather than carrying its own copy, so the elements' `instanceof` checks hold for its errors.
const CLIENT_ERRORS = resolve(import.meta.dirname, 'src/client/errors.ts');

/** Resolves the memory bundle's imports of src/client/errors.ts to the bundle beside it. */
function errorsFromBundle(): Plugin {
  return {
    name: 'so-errors-from-bundle',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === CLIENT_ERRORS ? { id: './settings-elements.js', external: true } : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const entry: Record<string, string> =
    mode === 'autoloader'
      ? { autoloader: resolve(import.meta.dirname, 'src/cdn/autoloader.ts') }
      : mode === 'memory'
        ? { memory: resolve(import.meta.dirname, 'src/memory.ts') }
        : { 'settings-elements': resolve(import.meta.dirname, 'src/index.ts') };
  return {
    // A production build: the library's development warnings are left out (stripDevWarnings), as Lit's CDN builds do.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: mode === 'memory' ? [errorsFromBundle()] : [litDecorators(), stripDevWarnings(), minifyTemplates()],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      lib: {
        entry,
        formats: ['es' as const],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: {
        // msw is only reachable from mocks.js, which is not in the bundle; everything else is.
        external: [/^msw(\/|$)/],
        output: { codeSplitting: false, minify: true },
      },
    },
  };
});
