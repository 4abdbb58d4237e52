import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // One app with the whole library in it: no need to hear that its chunk is large.
  build: { chunkSizeWarningLimit: 2048 },
  logLevel: 'warn',
  // Tells Vue's template compiler that so-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('so-') } } })],
});
