import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { litDecorators } from './scripts/lit-decorators.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

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

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rollupOptions: {
      // Dependencies stay imports, so a host's bundler dedupes Lit with its own copy.
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^@simplewebauthn\//, /^msw(\/|$)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  plugins: [litDecorators(), minifyTemplates(), dts({ include: ['src'], entryRoot: 'src', tsconfigPath: './tsconfig.build.json' })],
});
