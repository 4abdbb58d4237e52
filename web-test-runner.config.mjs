import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { findChrome, installHint } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(installHint);
  process.exit(1);
}

/** A free port, so several test runs (or a running Storybook) never collide on 8000. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const mockServiceWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export default {
  files: ['test/**/*.test.ts'],
  port: await freePort(),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 8000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    {
      // The MSW worker must be served from the root so its scope covers every test page.
      name: 'msw-worker',
      async serve(context) {
        if (context.path === '/mockServiceWorker.js') {
          const { readFile } = await import('node:fs/promises');
          return { body: await readFile(mockServiceWorker, 'utf8'), type: 'js' };
        }
      },
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
