import { defineConfig } from 'vite';

// Storybook's own Vite config: the library build (lib mode, .d.ts generation) stays out of it.
export default defineConfig({});
