import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { litDecorators } from './scripts/lit-decorators.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { stripDevWarnings } from './scripts/strip-dev-warnings.mjs';

// Public entry points are the top-level modules of src/: index, client, mocks and one per element.
const entries = Object.fromEntries(
  readdirSync(resolve(import.meta.dirname, 'src'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => [file.replace(/\.ts$/, ''), resolve(import.meta.dirname, 'src', file)]),
);

// Each maintained locale is its own entry, `dist/locales/<code>.js`, so a host loads only the languages it registers.
const localesDir = resolve(import.meta.dirname, 'src', 'locales');
for (const file of readdirSync(localesDir)) {
  if (file.endsWith('.ts') && !file.endsWith('.d.ts')) entries[`locales/${file.replace(/\.ts$/, '')}`] = resolve(localesDir, file);
}

// Two builds of the same entries (`npm run build` runs both, production first): the production
// build, `dist/` (the `default` export condition), without the development warnings; and
// `--mode development`, `dist/development/` (the `development` export condition, which Vite's dev
// server, webpack's development mode and `esbuild --conditions=development` pick), with them. The
// types are the same for both: only the production pass writes them.
export default defineConfig(({ mode }) => {
  const development = mode === 'development';
  return {
    build: {
      target: 'es2022',
      outDir: development ? 'dist/development' : 'dist',
      emptyOutDir: !development,
      sourcemap: true,
      minify: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rollupOptions: {
        // Dependencies stay imports, so a host's bundler dedupes Lit with its own copy.
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^@simplewebauthn\//, /^msw(\/|$)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
    plugins: development
      ? [litDecorators(), minifyTemplates()]
      : [litDecorators(), stripDevWarnings(), minifyTemplates(), dts({ include: ['src'], entryRoot: 'src', tsconfigPath: './tsconfig.build.json' })],
  };
});
