// Bundle size per public entry: the entry plus every chunk it imports statically, minified and
// compressed as a host's bundler would ship it. Lit and the other dependencies are external and
// reported once, separately. Run after `npm run build`: `npm run bench:size`.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const entries = readdirSync(dist).filter((file) => file.endsWith('.js'));
if (entries.length === 0) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

/** Minifies `entry` with everything it imports from dist/ and, when `withDeps`, its dependencies. */
async function measure(entry, withDeps) {
  const result = await build({
    entryPoints: [join(dist, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    external: withDeps ? ['msw', 'msw/*'] : ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '@simplewebauthn/*', 'msw', 'msw/*'],
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
console.log(`${'entry'.padEnd(24)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   gzip with lit & deps`);
for (const entry of entries.sort()) {
  const own = await measure(entry, false);
  const all = await measure(entry, true);
  console.log(`${entry.padEnd(24)}${kb(own.min)}${kb(own.gzip)}${kb(own.brotli)}   ${kb(all.gzip)}`);
}
