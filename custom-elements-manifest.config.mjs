/** `npm run manifest` writes custom-elements.json from the class JSDoc of every element. */

// Static plumbing of the base class (each element's message section, Lit's finalize hook) is
// not API: like `styles`, it stays out of the manifest and so out of the docs.
const INTERNAL_STATICS = new Set(['messages', 'finalize']);
const hideInternalStatics = {
  name: 'hide-internal-statics',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter((member) => !(member.static && INTERNAL_STATICS.has(member.name)));
      }
    }
  },
};

export default {
  plugins: [hideInternalStatics],
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mocks/**', 'src/client/**'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  // package.json's customElements field is set by hand: the analyzer would point it at the scratch outdir of the freshness check.
  packagejson: false,
};
