// After `npm run build`: bundles each element entry of dist/ as a host's bundler would (our
// package.json `sideEffects` honoured) and checks that its English strings and the shared ones
// survived tree-shaking. Each element declares its section (`static override messages = [...]`).
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const messagesDir = join(root, 'src/internal/localize/messages');

/** The messages module exporting `name`, and its first plain-ASCII string message. */
function sampleOf(name) {
  for (const file of readdirSync(messagesDir)) {
    const source = readFileSync(join(messagesDir, file), 'utf8');
    if (!source.includes(`export const ${name} =`)) continue;
    const match = source.match(/^ {2}'[\w.-]+': '([\x20-\x26\x28-\x7e]{8,})',$/m);
    if (match) return match[1];
  }
  throw new Error(`No messages module exports ${name} with a plain string to look for.`);
}

const common = sampleOf('commonMessages');
const failures = [];
const entries = readdirSync(dist).filter((file) => /^so-.*\.js$/.test(file) && file !== 'so-account-provider.js');
for (const entry of entries) {
  const tag = entry.replace(/\.js$/, '');
  const source = readFileSync(join(root, 'src/elements', tag, `${tag}.ts`), 'utf8');
  const declared = source.match(/static override messages = \[(\w+)\]/);
  if (!declared) {
    failures.push(`${tag}: declares no messages section`);
    continue;
  }
  const result = await build({
    entryPoints: [join(dist, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', '@simplewebauthn/*'],
  });
  const code = result.outputFiles[0].text;
  for (const text of [common, sampleOf(declared[1])]) if (!code.includes(text)) failures.push(`${entry}: "${text}" is missing from the bundle`);
}
if (failures.length > 0) {
  console.error(`English messages lost in the build:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Every element entry (${entries.length}) keeps its English messages and the shared ones.`);
