/** `npm run manifest` writes custom-elements.json from the class JSDoc of every element. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mocks/**', 'src/client/**'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // package.json's customElements field is set by hand: the analyzer would point it at the scratch outdir of the freshness check.
  packagejson: false,
};
