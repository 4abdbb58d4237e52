import { fromRollup } from '@web/dev-server-rollup';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { contractServerPlugin } from './scripts/contract-server-plugin.mjs';
import { findChrome, installHint } from './scripts/find-chrome.mjs';
import { litDecorators } from './scripts/lit-decorators.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { cspMiddleware } from './test/matrix/csp-middleware.mjs';

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

/** Counts every test in a session's result tree. */
function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
  return counts;
}

/** Ends the run with one plain `N passed, N failed` line that any CI log reader understands. */
const totalsReporter = {
  onTestRunFinished({ sessions }) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const session of sessions) {
      countTests(session.testResults, counts);
      if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed += 1;
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  },
};

const mockServiceWorker = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

export default {
  files: ['test/**/*.test.ts'],
  port: await freePort(),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  reporters: [defaultReporter(), totalsReporter],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 8000 } },
  // A strict Content-Security-Policy and Trusted Types on test/matrix/csp.test.ts's page only.
  middleware: [cspMiddleware],
  plugins: [
    // Decorators compiled away as the build ships them (scripts/lit-decorators.mjs); before esbuild, which would compile them otherwise.
    fromRollup(litDecorators)(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // The templates minified as the build ships them (scripts/minify-templates.mjs).
    fromRollup(minifyTemplates)(),
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
    // The REST contract on a real 127.0.0.1 port, for test/client/http-loopback.test.ts.
    await contractServerPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // A window per test file: background tabs get no animation frames, and fixtures wait for one.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
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
          // Test pages run side by side: keep background pages' timers and frames running.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
