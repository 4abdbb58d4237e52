// `npm run test:package`, after `npm run build`: checks the package as a user gets it.
//   1. `npm pack`, then publint and @arethetypeswrong/cli on the tarball;
//   2. installs the tarball into one fresh consumer project (consumers/, copied to a temporary
//      folder) with React 19, Vue 3, Svelte 5, Angular 21 and Vite from the registry; type-checks
//      the generated React, Preact, Solid and Vue types there; builds the React, Vue, Svelte and
//      Angular apps with Vite;
//   3. serves that folder on 127.0.0.1 and drives headless Chromium through seven pages — the CDN
//      bundle through an import map, the npm build through an import map (no bundler), the CDN
//      autoloader, the React, Vue, Svelte and Angular apps — checking on each that elements reach their
//      ready state and that the library's events reach the host's handlers.
// CONSUMER_DIR overrides the temporary folder (one per checkout); it is reused between runs, so
// later installs only replace the tarball.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import puppeteer from 'puppeteer-core';
import { findChrome, installHint } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// One folder per checkout, so two checkouts on one machine never share a consumer project.
const consumerDir = resolve(process.env.CONSUMER_DIR ?? join(tmpdir(), `settings-elements-consumers-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`));
const started = Date.now();
const results = [];
let failed = 0;

function step(name) {
  console.log(`\n▸ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
function check(name, ok, detail = '') {
  results.push({ name, ok });
  if (!ok) failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/cdn/settings-elements.js'))) {
  console.error('No dist/ (or no CDN bundle): run `npm run build` first.');
  process.exit(1);
}

// ---- 1. The tarball, publint, attw ------------------------------------------------------------
step('npm pack');
const packDir = join(consumerDir, 'pack');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }));
const tarball = join(packDir, packed[0].filename);
const files = packed[0].files.map((file) => file.path);
console.log(`  ${packed[0].filename}: ${files.length} files, ${(packed[0].size / 1024).toFixed(0)} kB packed`);
for (const required of [
  'dist/cdn/settings-elements.js',
  'dist/cdn/autoloader.js',
  'dist/cdn/memory.js',
  'dist/memory.js',
  'dist/types/react.d.ts',
  'dist/types/preact.d.ts',
  'dist/types/solid.d.ts',
  'dist/types/vue.d.ts',
  'dist/web-types.json',
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'custom-elements.json',
  'openapi.yaml',
]) {
  check(`tarball has ${required}`, files.includes(required));
}
check('package.json "web-types" is in the tarball', files.includes(pkg['web-types'].replace(/^\.\//, '')));
check('package.json "customElements" is in the tarball', files.includes(pkg.customElements.replace(/^\.\//, '')));

step('publint');
{
  const { messages, pkg: packedPkg } = await publint({ pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer }, level: 'suggestion' });
  // The "./locales/*.js" export waits for the build of src/locales/ into dist/locales/ (another
  // change to vite.config.ts); until vite.config.ts builds locales, no file can match it.
  const localesBuilt = readFileSync(join(root, 'vite.config.ts'), 'utf8').includes('locales');
  const pending = (message) =>
    !localesBuilt && message.code === 'EXPORTS_GLOB_NO_MATCHED_FILES' && message.path.join('/').startsWith('exports/./locales/*.js');
  for (const message of messages) {
    console.log(`  ${message.type}${pending(message) ? ' (pending: vite.config.ts does not build locales yet)' : ''}: ${formatMessage(message, packedPkg, { color: false })}`);
  }
  const blocking = messages.filter((message) => message.type !== 'suggestion' && !pending(message));
  check('publint: no errors or warnings', blocking.length === 0, `${messages.length} message(s)`);
}

step('@arethetypeswrong/cli');
{
  // attw skips wildcard subpaths, so name every file they match; openapi.yaml is not a module.
  const wildcardEntries = files
    .map((file) => /^dist\/((?:so-[a-z-]+|locales\/[^/]+|types\/[a-z]+|cdn\/[a-z-]+))\.js$/.exec(file)?.[1])
    .filter(Boolean)
    .map((entry) => `./${entry}.js`);
  const attw = spawnSync(
    join(root, 'node_modules/.bin/attw'),
    [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color', '--no-emoji', '--exclude-entrypoints', './openapi.yaml', '--include-entrypoints', ...wildcardEntries],
    { encoding: 'utf8' },
  );
  const summary = `${attw.stdout}`.split('\n').filter((line) => /problem|No problems|Error|error/i.test(line));
  console.log(summary.map((line) => `  ${line.trim()}`).join('\n'));
  if (attw.status !== 0) console.log(attw.stdout, attw.stderr);
  check(`attw (esm-only profile, ${wildcardEntries.length} wildcard entries named): no problems`, attw.status === 0);
}

// ---- 2. Consumer project: install, type-check, build -------------------------------------------
step(`consumer project in ${consumerDir}`);
for (const entry of ['html', 'react', 'vue', 'svelte', 'angular', 'types']) rmSync(join(consumerDir, entry), { recursive: true, force: true });
cpSync(join(root, 'consumers'), consumerDir, { recursive: true });
const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
// Registry packages first (a no-op when already there), then the tarball, saved nowhere.
run('npm', ['install', ...npmFlags], { cwd: consumerDir });
run('npm', ['install', ...npmFlags, '--no-save', tarball], { cwd: consumerDir });
const installed = JSON.parse(readFileSync(join(consumerDir, 'node_modules', pkg.name, 'package.json'), 'utf8'));
check(`installed ${pkg.name}@${installed.version} from the tarball`, installed.version === pkg.version);
const versions = ['react', 'vue', 'svelte', '@angular/core', 'vite'].map((name) => `${name} ${JSON.parse(readFileSync(join(consumerDir, 'node_modules', name, 'package.json'), 'utf8')).version}`);
console.log(`  ${versions.join(', ')}`);

step('type-check the generated React, Preact, Solid and Vue types, and the Angular app');
for (const [project, what] of [
  ['types', 'JSX for React 19, Preact, Solid; Vue GlobalComponents'],
  ['angular', 'the Angular app against the package types'],
]) {
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(consumerDir, project, 'tsconfig.json')], { encoding: 'utf8' });
  if (tsc.status !== 0) console.log(tsc.stdout, tsc.stderr);
  check(`tsc on consumers/${project} (${what})`, tsc.status === 0);
}

step('vite build: React, Vue, Svelte and Angular apps');
for (const app of ['react', 'vue', 'svelte', 'angular']) {
  run(process.execPath, [join(consumerDir, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(consumerDir, app, 'vite.config.js')], {
    cwd: join(consumerDir, app),
  });
}

// ---- 3. The pages in headless Chromium ---------------------------------------------------------
step('headless Chromium');
const chrome = findChrome();
if (!chrome) {
  console.error(installHint);
  process.exit(1);
}
const server = await serve(consumerDir);
const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const pages = [
    { name: 'plain HTML, CDN bundle via import map', path: '/html/cdn.html', events: true },
    { name: 'plain HTML, npm build via import map (no bundler)', path: '/html/importmap.html', events: true },
    { name: 'plain HTML, CDN autoloader', path: '/html/autoloader.html', autoloader: true },
    { name: 'React 19 (Vite build)', path: '/react/dist/index.html', events: true },
    { name: 'Vue 3 (Vite build)', path: '/vue/dist/index.html', events: true },
    { name: 'Svelte 5 (Vite build)', path: '/svelte/dist/index.html', events: true },
    { name: 'Angular 21 (Vite build, JIT)', path: '/angular/dist/index.html', events: true },
  ];
  for (const spec of pages) await checkPage(browser, server.url, spec);
} finally {
  await browser.close();
  await server.close();
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\npackage checks: ${results.length - failed} passed, ${failed} failed (${seconds} s)`);
process.exit(failed === 0 ? 0 : 1);

async function checkPage(browser, origin, spec) {
  console.log(`\n  ${spec.name}: ${spec.path}`);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const label = (text) => `${spec.name}: ${text}`;
  const wait = async (name, fn, ...args) => {
    try {
      await page.waitForFunction(fn, { timeout: 15_000, polling: 50 }, ...args);
      check(label(name), true);
      return true;
    } catch {
      check(label(name), false, 'timed out');
      return false;
    }
  };
  try {
    await page.goto(`${origin}${spec.path}`, { waitUntil: 'load' });

    await wait('presentational <so-usage-meter> shows 8 of 10', () => {
      const meter = document.querySelector('#presentational')?.shadowRoot?.querySelector('[role="meter"]');
      return meter?.getAttribute('aria-valuenow') === '8' && meter.getAttribute('aria-valuemax') === '10';
    });
    if (spec.autoloader) {
      check(label('the autoloader waited for the first so-* tag'), !(await page.evaluate(() => window.consumer.bundleLoadedEarly)));
      check(label('the autoloader defined the elements'), await page.evaluate(() => window.consumer.autoloaded === true));
    }

    // Ready on the memory client: not busy, and the first seeded key's name is on screen.
    await wait(
      '<so-api-key-panel> renders its ready state on the memory client',
      async () => {
        const panel = document.querySelector('#keys');
        if (!panel?.shadowRoot || !window.consumer?.client) return false;
        const [first] = await window.consumer.client.listApiKeys();
        const text = (node) => [node.textContent ?? '', ...[...(node.querySelectorAll?.('*') ?? [])].map((child) => (child.shadowRoot ? text(child.shadowRoot) : ''))].join(' ');
        return !panel.shadowRoot.querySelector('[aria-busy="true"]') && text(panel.shadowRoot).includes(first.name);
      },
    );

    if (spec.events) {
      await wait(
        'so-usage-threshold-crossed reaches the host handler (warning-at="0.5", tokens at 62 %)',
        () => window.consumer.events.some((event) => event.type === 'so-usage-threshold-crossed' && event.detail.metric === 'tokens' && event.detail.level === 'warning'),
      );
      const clicked = await wait('<so-account-settings> renders its tabs', () =>
        Boolean(document.querySelector('#settings')?.shadowRoot?.querySelector('[role="tab"][data-tab="billing"]')),
      );
      // Every page asks for these two tabs (an attribute in HTML, a property in the frameworks).
      await wait('<so-account-settings> shows only the tabs the host chose: general, billing', () => {
        const tabs = [...(document.querySelector('#settings')?.shadowRoot?.querySelectorAll('[role="tab"]') ?? [])];
        return tabs.map((tab) => tab.getAttribute('data-tab')).join(' ') === 'general billing';
      });
      if (clicked) {
        await page.evaluate(() => document.querySelector('#settings').shadowRoot.querySelector('[role="tab"][data-tab="billing"]').click());
        await wait('a click on the Billing tab: so-tab-changed reaches the host handler with { tab: "billing" }', () =>
          window.consumer.events.some((event) => event.type === 'so-tab-changed' && event.detail.tab === 'billing' && event.detail.previous === 'general'),
        );
        await wait("the host's state shows the last event it handled", () => document.querySelector('#last-event')?.textContent === 'so-tab-changed');
      }
    }
    check(label('no page errors, console errors or failed requests'), problems.length === 0, problems.slice(0, 5).join('; '));
  } finally {
    await page.close();
  }
}

/** Serves `dir` on 127.0.0.1 and a free port. */
async function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };
  const httpServer = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(dir, decodeURIComponent(pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolvePromise) => httpServer.listen(0, '127.0.0.1', resolvePromise));
  const { port } = httpServer.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolvePromise) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolvePromise());
      }),
  };
}
