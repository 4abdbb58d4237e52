import { defineConfig } from 'vite';

// Angular compiled just in time: `@angular/compiler` in the bundle compiles the component's
// template in the page, with the same compiler and the same binding rules as an ahead-of-time
// `ng build`; the decorators are TypeScript's (tsconfig.json), as Angular's own.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  // One app with the whole library and Angular's compiler in it: no need to hear that its chunk is large.
  build: { chunkSizeWarningLimit: 4096 },
});
