import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  // One app with the whole library in it: no need to hear that its chunk is large.
  build: { chunkSizeWarningLimit: 2048 },
  plugins: [react()],
});
