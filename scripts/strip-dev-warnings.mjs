// Leaves the library's development warnings out of the production build: every `devWarn(…)` call
// in src/ becomes `void 0`, so its message text ships nowhere and `internal/dev-mode.ts`, unused,
// is tree-shaken away — about 0.2–0.3 KB brotli per element, 1 KB for the whole library, measured
// by `npm run bench:size`. The development build (`dist/development/`, the `development` export
// condition) keeps them. A `devWarn` call's arguments must have no side effects: they are not
// evaluated in production. Runs after lit-decorators, on its output.
import MagicString from 'magic-string';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const CALLED = /\bdevWarn\(/;

/** The [start, end) ranges of the `devWarn(…)` calls in `code`, outermost only. */
export function devWarnCalls(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'devWarn') {
      ranges.push([node.getStart(source), node.getEnd()]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ranges;
}

/** A Rollup (and so Vite) plugin that removes src/'s `devWarn(…)` calls. */
export function stripDevWarnings() {
  return {
    name: 'strip-dev-warnings',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!path.startsWith(`${root}src/`) || !path.endsWith('.ts') || !CALLED.test(code)) return null;
      const ranges = devWarnCalls(code, path);
      if (ranges.length === 0) return null;
      const output = new MagicString(code);
      for (const [start, end] of ranges) output.overwrite(start, end, 'void 0');
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: path }) };
    },
  };
}
