import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The CDN build, run after the npm build (`npm run build`), in two passes:
// - `vite build -c vite.cdn.config.ts`: dist/cdn/settings-elements.js, one self-contained,
//   minified ES module with every element, the clients and Lit inside (dynamic imports inlined),
//   for pages with no build step;
// - `--mode autoloader`: dist/cdn/autoloader.js, which imports that bundle when the first `so-*`
//   tag appears in the page.
export default defineConfig(({ mode }) => {
  const autoloader = mode === 'autoloader';
  const entry: Record<string, string> = autoloader
    ? { autoloader: resolve(import.meta.dirname, 'src/cdn/autoloader.ts') }
    : { 'settings-elements': resolve(import.meta.dirname, 'src/index.ts') };
  return {
    // A production build: the library's development warnings are left out, as Lit's CDN builds do.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
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
        output: { codeSplitting: false },
      },
    },
  };
});
