// Compiles src/'s decorators away: Lit's `@property`, `@state` and `@query` become `static
// properties` and getters (Lit's own `idiomaticDecoratorsTransformer`), and `@customElement(tag)`
// becomes a `customElement(tag)(Class)` call after the class. What ships then carries neither the
// decorator modules of `lit/decorators.js` nor a decorator helper: about 0.5 KB brotli less per
// element, measured by `npm run bench:size`. The source keeps its decorators (STYLE.md). Used by
// the library build (vite.config.ts) and by the browser tests (web-test-runner.config.mjs), so the
// tests exercise the code that ships.
import { idiomaticDecoratorsTransformer } from '@lit/ts-transformers';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const DECORATED = /^\s*@(?:customElement|property|state|query)\(/m;

/** `@customElement('so-x') class SoX …` → `class SoX … ; customElement('so-x')(SoX);`. */
function classDecoratorTransformer(context) {
  const { factory } = context;
  const visit = (node) => {
    if (!ts.isClassDeclaration(node) || !node.name) return node;
    const decorator = node.modifiers?.find(
      (modifier) =>
        ts.isDecorator(modifier) &&
        ts.isCallExpression(modifier.expression) &&
        ts.isIdentifier(modifier.expression.expression) &&
        modifier.expression.expression.text === 'customElement',
    );
    if (!decorator) return node;
    const modifiers = node.modifiers.filter((modifier) => modifier !== decorator);
    const declaration = factory.updateClassDeclaration(node, modifiers, node.name, node.typeParameters, node.heritageClauses, node.members);
    const call = factory.createCallExpression(decorator.expression, undefined, [factory.createIdentifier(node.name.text)]);
    return [declaration, factory.createExpressionStatement(call)];
  };
  return (sourceFile) => ts.visitEachChild(sourceFile, visit, context);
}

/** A Rollup (and so Vite and Web Test Runner) plugin that compiles src/**\/*.ts decorators away. */
export function litDecorators() {
  let program;
  const programFor = () => {
    if (program) return program;
    const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.build.json');
    const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
    const { fileNames, options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
    program = ts.createProgram(fileNames, { ...options, declaration: false, sourceMap: true, inlineSources: true, noEmit: false });
    return program;
  };
  return {
    name: 'lit-decorators',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0];
      if (!path.startsWith(`${root}src/`) || !path.endsWith('.ts') || path.endsWith('.d.ts') || !DECORATED.test(code)) return null;
      let sourceFile = programFor().getSourceFile(path);
      // Changed on disk since the program was made (watch mode): make it again.
      if (sourceFile && sourceFile.text !== code) {
        program = undefined;
        sourceFile = programFor().getSourceFile(path);
      }
      if (!sourceFile) throw new Error(`lit-decorators: ${path} is not in tsconfig.build.json's program`);
      if (sourceFile.text !== code) throw new Error(`lit-decorators: ${path} reached this plugin changed by another; it must run first`);
      let output;
      let map;
      program.emit(
        sourceFile,
        (name, text) => {
          if (name.endsWith('.map')) map = text;
          else output = text;
        },
        undefined,
        false,
        { before: [idiomaticDecoratorsTransformer(program), classDecoratorTransformer] },
      );
      return { code: output.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map };
    },
  };
}
