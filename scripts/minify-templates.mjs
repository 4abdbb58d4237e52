// Minifies the HTML and CSS inside src/'s `html` and `css` template literals (whitespace, comments,
// redundant CSS), which a host's JavaScript minifier leaves as they are. Used by the library build
// (vite.config.ts), so dist/ ships minified templates, and by the browser tests
// (web-test-runner.config.mjs), so the tests exercise the templates that ship.
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

export function minifyTemplates() {
  return minifyTemplateLiterals({
    include: ['src/**/*.ts'],
    // Declarations only, interpolated into section and dialog rules: not a stylesheet on its own.
    exclude: ['src/internal/styles/heading.ts'],
    // Runs of whitespace become one space rather than none, so text reads and wraps as written.
    options: { minifyOptions: { conservativeCollapse: true } },
    failOnError: true,
  });
}
