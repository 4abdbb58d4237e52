// CI: runs the conformance suite (bin/so-settings-conformance.mjs) against the store served on
// a real loopback port (scripts/contract-server.ts: the MSW handlers over node:http on
// 127.0.0.1), once as a backend team would by default and once with --destructive, each on a
// fresh store. Run after `npm run build` (the suite drives dist/client.js): `npm run conformance:loopback`.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${root}node_modules/.cache/settings-elements/`;
const { outputFiles } = await build({
  entryPoints: [`${root}scripts/contract-server.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: `${root}tsconfig.json`,
  write: false,
  logLevel: 'silent',
});
await mkdir(outdir, { recursive: true });
await writeFile(`${outdir}conformance-contract-server.mjs`, outputFiles[0].text);
const { startContractServer } = await import(pathToFileURL(`${outdir}conformance-contract-server.mjs`).href);

const server = await startContractServer({ allowedOrigins: [] });
let failed = false;
try {
  for (const extra of [[], ['--destructive']]) {
    const session = await fetch(`${server.url}/__sessions`, { method: 'POST' });
    const { baseUrl } = await session.json();
    console.log(`\n$ so-settings-conformance --base-url ${baseUrl} ${extra.join(' ')}`);
    // Run as a user would, in its own process; async so this process keeps serving.
    const result = await new Promise((resolve) => {
      const child = spawn(process.execPath, [`${root}bin/so-settings-conformance.mjs`, '--base-url', baseUrl, '--header', 'Authorization: Bearer conformance-test', ...extra], { stdio: 'inherit' });
      child.on('exit', (code) => resolve(code));
    });
    if (result !== 0) failed = true;
  }

  // The suite must also fail: a backend whose listApiKeys answers 503 fails that operation.
  const broken = await fetch(`${server.url}/__sessions`, {
    method: 'POST',
    body: JSON.stringify({ failures: { listApiKeys: { code: 'unavailable' } } }),
  });
  const { baseUrl } = await broken.json();
  const run = await new Promise((resolve) => {
    const child = spawn(process.execPath, [`${root}bin/so-settings-conformance.mjs`, '--base-url', baseUrl, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code, report: JSON.parse(out) }));
  });
  const listApiKeys = run.report.results.find((result) => result.operation === 'listApiKeys');
  const viewer = run.report.results.find((result) => result.operation === 'getViewer');
  const caught = run.code === 1 && listApiKeys.outcome === 'fail' && viewer.outcome === 'pass';
  console.log(
    `\n${caught ? '✓' : '✗'} a backend whose listApiKeys answers 503 fails that check (and ${run.report.failed - 1} that list keys too) and exits 1: ${listApiKeys.note}`,
  );
  if (!caught) failed = true;
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
