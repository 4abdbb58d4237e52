import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // One app with the whole library in it: no need to hear that its chunk is large.
  build: { chunkSizeWarningLimit: 2048 },
  logLevel: 'warn',
  plugins: [svelte()],
});
