// A Web Test Runner plugin that serves the REST contract on a real loopback port for the tests.
// The server is TypeScript importing src/, and this config is plain Node ESM, so it is bundled
// with esbuild when the config loads and imported from node_modules/.cache.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The path a test page fetches to learn the server's URL: `{ url: 'http://127.0.0.1:<port>' }`. */
export const CONTRACT_SERVER_URL_PATH = '/__contract-server-url';

const entry = fileURLToPath(new URL('./contract-server.ts', import.meta.url));
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const outdir = fileURLToPath(new URL('../node_modules/.cache/settings-elements/', import.meta.url));

/** Bundles scripts/contract-server.ts and returns a plugin that starts it with the test server and stops it after. */
export async function contractServerPlugin() {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // msw stays an import, resolved from the project's node_modules like any dependency.
    packages: 'external',
    tsconfig,
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
  });
  await mkdir(outdir, { recursive: true });
  const outfile = `${outdir}contract-server.mjs`;
  await writeFile(outfile, outputFiles[0].text);
  const { startContractServer } = await import(pathToFileURL(outfile).href);

  let server;
  return {
    name: 'contract-server',
    async serverStart({ config }) {
      // CORS for the test pages' origin only, which is where the runner serves them.
      const protocol = config.http2 || config.sslCert ? 'https' : 'http';
      server = await startContractServer({ allowedOrigins: [`${protocol}://${config.hostname}:${config.port}`] });
    },
    async serverStop() {
      await server?.close();
      server = undefined;
    },
    serve(context) {
      if (context.path === CONTRACT_SERVER_URL_PATH && server) {
        return { body: JSON.stringify({ url: server.url }), type: 'json', headers: { 'Cache-Control': 'no-store' } };
      }
    },
  };
}
