// The bench page in headless Chromium: bench/pages/bench-page.ts bundled by esbuild from src/,
// served by a tiny http server on 127.0.0.1 (a free port), driven with puppeteer-core. Never
// downloads a browser: Chromium comes from CHROME_PATH or the usual places.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChrome() {
  const path = process.env.CHROME_PATH || CHROME_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!path || !existsSync(path)) {
    throw new Error('No Chromium found: set CHROME_PATH, or install one (`apt-get install -y chromium` on Debian/Ubuntu).');
  }
  return path;
}

/** The page script, bundled as a host would ship it (production mode: no dev warnings). */
async function bundlePage() {
  const result = await build({
    entryPoints: [`${root}bench/pages/bench-page.ts`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    tsconfig: `${root}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].contents;
}

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { inline-size: 960px; }</style>
</head>
<body><main id="stage"></main><script type="module" src="/bench-page.js"></script></body>
</html>`;

/** Serves the page and its script on 127.0.0.1; resolves with the server and its URL. */
async function serve(script) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (path === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/bench-page.js') response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else if (path === '/favicon.ico') response.writeHead(204).end();
    else response.writeHead(404).end();
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Frames as fast as they can be made, so "first paint" is the work, not the wait for vsync.
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  // A page in a background or occluded window is not throttled while it is measured.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--js-flags=--expose-gc',
];

/**
 * Launches Chromium on the bench page. Returns `{ page, cdp, fresh(), close() }`: `cdp` is a
 * DevTools session on the page; `fresh()` reloads the page (a clean heap and DOM).
 */
export async function openBenchPage() {
  const script = await bundlePage();
  const { server, url } = await serve(script);
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: CHROME_ARGS,
      defaultViewport: { width: 1024, height: 768 },
      protocolTimeout: 300_000,
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(new Error(message.text()));
    });
    const cdp = await page.createCDPSession();
    const fresh = async () => {
      await page.goto(process.env.BENCH_QUERY ? `${url}?${process.env.BENCH_QUERY}` : url, { waitUntil: 'load' });
      await page.waitForFunction(() => 'bench' in window, { timeout: 30_000 });
    };
    await fresh();
    return {
      version: (await browser.version()).replace(/^HeadlessChrome\//, ''),
      page,
      cdp,
      errors,
      fresh,
      async close() {
        await browser.close();
        server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}

/** A full garbage collection, a few times over, so what is left is what is still referenced. */
export async function collectGarbage(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/** Used JS heap (bytes), and the live documents, nodes and JS event listeners, after a full GC. */
export async function heapAndCounters(cdp) {
  await collectGarbage(cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, documents, nodes, listeners: jsEventListeners };
}

/** How many instances of each custom element class are still alive (call after a GC). */
export async function liveInstances(cdp, tags) {
  const counts = {};
  for (const tag of tags) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)})?.prototype` });
    if (!result.objectId) continue;
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
    const { result: length } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
    counts[tag] = length.value;
  }
  return counts;
}
