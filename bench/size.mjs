// Bundle size per public entry of dist/: the entry plus every chunk it imports statically,
// minified ESM as a host's bundler would ship it, raw, gzip and brotli — alone (Lit and the other
// dependencies external) and with Lit and every dependency included; plus a bare Lit element (one
// property, one template) as the floor. `npm run bench:size` prints the table and, with `--why`,
// the modules that weigh most in each entry (with `--marginal`, what each costs in brotli bytes); `bench/run.mjs` and `bench/check.mjs` reuse it.
// Builds dist/ first (`npm run build`) when it is missing or older than src/; `--no-build` skips that.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { litDecorators } from '../scripts/lit-decorators.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const src = join(root, 'src');

/** The dependencies (and msw, the optional peer of mocks.js only, which never ships in an element). */
const DEPENDENCIES = ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '@simplewebauthn/*'];
const PEERS = ['msw', 'msw/*'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` when dist/ is missing or older than src/; returns whether it built. */
export function ensureDist({ log = console.error } = {}) {
  const index = join(dist, 'index.js');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(src)) return false;
  log(existsSync(index) ? 'dist/ is older than src/: building (npm run build)…' : 'No dist/: building (npm run build)…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(index)) throw new Error('dist/index.js is missing after `npm run build`: did another build empty dist/ meanwhile? Run again.');
  return true;
}

const compress = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** How every bundle here is built: minified ESM, production mode, kept in memory. */
const BUILD = {
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  logLevel: 'silent',
  metafile: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Minifies one bundle; `external` lists what stays an import. Returns sizes and esbuild's metafile. */
async function bundle(options, external) {
  const result = await build({ ...BUILD, ...options, external });
  const code = Buffer.from(result.outputFiles[0].contents);
  return { ...compress(code), metafile: result.metafile };
}

/** The floor: a `LitElement` with one property and a template, registered. */
const BARE_LIT_ELEMENT = `
import { LitElement, html } from 'lit';
class BareElement extends LitElement {
  static properties = { name: {} };
  constructor() { super(); this.name = 'World'; }
  render() { return html\`<p>Hello, \${this.name}!</p>\`; }
}
customElements.define('bare-element', BareElement);
`;

/** The modules that weigh most in a bundle (minified bytes before compression), grouped by package or src/ folder. */
function heaviest(metafile, limit = 8) {
  const output = Object.values(metafile.outputs)[0];
  const groups = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = groupOf(path);
    groups.set(name, (groups.get(name) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name, bytes]) => ({ name, bytes }));
}

/** A module's (or a package's) group name in the `--why` listings. */
const groupOf = (path) => {
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return packageMatch ? packageMatch[1] : relative(root, join(root, path)).replace(/^src\/internal\/localize\/messages\/.*/, 'src/internal/localize/messages/*');
};

/**
 * What each module group costs an entry in brotli bytes: how much smaller the entry's bundle
 * (from src/, with every dependency) compresses without it. Brotli shares context across a file,
 * so a module's cost is less than its own compressed size, and the costs sum to about the total.
 * Modules are minified one by one (names are not mangled across them), their decorators compiled
 * away as the build does but their templates left unminified, and compressed at brotli quality 9
 * rather than 11 to keep it quick, so figures are approximate.
 */
export async function marginalCosts(source, limit = 15) {
  const decorators = litDecorators();
  const asBuilt = {
    name: 'lit-decorators',
    setup(builder) {
      builder.onLoad({ filter: /\/src\/.*\.ts$/ }, ({ path }) => {
        const code = readFileSync(path, 'utf8');
        return { contents: decorators.transform(code, path)?.code ?? code, loader: 'ts' };
      });
    },
  };
  const result = await build({ ...BUILD, minify: false, metafile: false, entryPoints: [source], tsconfig: join(root, 'tsconfig.json'), external: PEERS, plugins: [asBuilt] });
  // esbuild's readable output starts each module with a `// path` comment.
  const sections = result.outputFiles[0].text.split(/^(?=\/\/ (?:src|node_modules)\/)/m);
  const pieces = await Promise.all(
    sections.map(async (text) => ({
      group: groupOf(/^\/\/ (\S+)/.exec(text)?.[1] ?? '(bundle runtime)'),
      code: (await transform(text, { minify: true, loader: 'js' }).catch(() => ({ code: text }))).code,
    })),
  );
  const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
  const total = brotli(pieces.map(({ code }) => code).join(''));
  const groups = [...new Set(pieces.map(({ group }) => group))];
  const costs = groups.map((group) => ({
    name: group,
    bytes: total - brotli(pieces.filter((piece) => piece.group !== group).map(({ code }) => code).join('')),
  }));
  return costs.sort((a, b) => b.bytes - a.bytes).slice(0, limit);
}

/**
 * The entry bundled with every dependency and code splitting on, as a host's bundler ships it:
 * `initial`, the entry and the chunks it imports statically — what a page loads before the
 * element can render —, and `lazy`, the chunks only its dynamic `import()`s load (a dialog when
 * first opened, the virtualizer for a long list). Each file is compressed on its own, as each is
 * its own response; sizes are summed.
 */
async function splitBundle(entryPoint) {
  // `outdir` only names the chunks: nothing is written.
  const result = await build({ ...BUILD, entryPoints: [entryPoint], splitting: true, outdir: join(root, '.bench-split'), external: PEERS });
  const files = new Map(result.outputFiles.map((file) => [relative(root, file.path), file.contents]));
  const outputs = result.metafile.outputs;
  // Each dynamic import is an entry point of its own: find the one for `entryPoint` itself.
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === relative(root, entryPoint));
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path].imports) if (kind === 'import-statement' && imported in outputs) visit(imported);
  };
  visit(entry);
  const sum = (paths) =>
    paths.map((path) => compress(Buffer.from(files.get(path)))).reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const js = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return { initial: sum(js.filter((path) => initial.has(path))), lazy: sum(js.filter((path) => !initial.has(path))) };
}

/**
 * Every public entry of dist/ alone and with its dependencies, and the bare Lit element.
 * Rows: `{ name, kind: 'library' | 'element' | 'entry' | 'floor', own, all, initial, lazy, heaviest }`:
 * `all` is one file with every dynamic import inlined (everything the entry can ever load);
 * `initial` and `lazy` split it as a host's bundler would (see splitBundle).
 */
export async function measureSizes({ why = false } = {}) {
  const entries = existsSync(dist) ? readdirSync(dist).filter((file) => file.endsWith('.js')).sort() : [];
  if (!entries.includes('index.js')) throw new Error('No dist/index.js: run `npm run build` first (or drop --no-build).');
  const rows = [];
  for (const entry of entries) {
    const entryPoints = [join(dist, entry)];
    const own = await bundle({ entryPoints }, [...DEPENDENCIES, ...PEERS]);
    const all = await bundle({ entryPoints }, PEERS);
    const { initial, lazy } = await splitBundle(entryPoints[0]);
    const kind = entry === 'index.js' ? 'library' : entry.startsWith('so-') ? 'element' : 'entry';
    // dist/ chunks hide which source modules weigh: the same entry bundled from src/ tells.
    const source = join(src, entry.replace(/\.js$/, '.ts'));
    const modules = why && existsSync(source) ? heaviest((await bundle({ entryPoints: [source], tsconfig: join(root, 'tsconfig.json') }, PEERS)).metafile, 15) : [];
    rows.push({ name: entry, kind, own, all, initial, lazy, heaviest: modules });
  }
  const floor = await bundle({ stdin: { contents: BARE_LIT_ELEMENT, resolveDir: root, loader: 'js', sourcefile: 'bare-lit-element.js' } }, []);
  const none = { raw: 0, gzip: 0, brotli: 0 };
  rows.push({ name: 'bare Lit element (floor)', kind: 'floor', own: floor, all: floor, initial: floor, lazy: none, heaviest: why ? heaviest(floor.metafile) : [] });
  return rows;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--no-build')) ensureDist();
  const rows = await measureSizes({ why: process.argv.includes('--why') });
  const cell = (bytes) => kb(bytes).padStart(10);
  console.log(
    `${'entry'.padEnd(28)}${'alone: min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}  ${'with deps: min'.padStart(14)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}  ${'initial br'.padStart(10)}${'lazy br'.padStart(10)}`,
  );
  for (const { name, own, all, initial, lazy } of rows) {
    console.log(`${name.padEnd(28)}${cell(own.raw)}${cell(own.gzip)}${cell(own.brotli)}  ${kb(all.raw).padStart(14)}${cell(all.gzip)}${cell(all.brotli)}  ${cell(initial.brotli)}${cell(lazy.brotli)}`);
  }
  if (process.argv.includes('--why')) {
    for (const { name, kind, heaviest: modules } of rows) {
      if (modules.length === 0) continue;
      console.log(`\n${name}${kind === 'floor' ? '' : ' with deps, bundled from src/'}: heaviest modules (minified bytes before compression):`);
      for (const { name: module, bytes } of modules) console.log(`  ${kb(bytes).padStart(9)}  ${module}`);
    }
  }
  if (process.argv.includes('--marginal')) {
    // Every element in one bundle (everything inlined), as its figures above count it.
    for (const { name } of rows.filter((row) => row.kind === 'element' || row.kind === 'library')) {
      const source = join(src, name.replace(/\.js$/, '.ts'));
      console.log(`\n${name}, bundled from src/ with everything inlined: what each module costs in brotli (the bundle without it compresses this much smaller):`);
      for (const { name: module, bytes } of await marginalCosts(source)) console.log(`  ${String(bytes).padStart(6)} B  ${module}`);
    }
  }
}
