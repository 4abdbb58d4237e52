// The browser suite in Firefox ESR (`npm run test:firefox`), driven by Puppeteer over WebDriver
// BiDi: the same files, plugins and middleware as web-test-runner.config.mjs, another engine.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { findFirefox, firefoxInstallHint } from './scripts/find-chrome.mjs';
import config from './web-test-runner.config.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  console.error(firefoxInstallHint);
  process.exit(1);
}

export default {
  ...config,
  // One page at a time: pages open as tabs of one window, and keys sent to a tab that is not the
  // selected one go nowhere (with two at once, keyboard tests fail at random).
  concurrency: 1,
  browsers: [
    puppeteerLauncher({
      // The 800×600 window Web Test Runner would set through setViewport (below).
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        args: ['--window-size=800,600'],
        // Focus acts in every page as in the one the user is looking at (:focus, :focus-visible,
        // focus events): pages of other test files would otherwise be unfocused windows.
        extraPrefsFirefox: { 'focusmanager.testmode': true },
      },
      // A window per test file, as in Chromium: fixtures wait for animation frames.
      createPage: async ({ browser }) => {
        const page = await (await browser.createBrowserContext()).newPage();
        // Puppeteer's setViewport also sends a BiDi screen-orientation command Firefox ESR lacks.
        page.setViewport = async () => {};
        // Its BiDi keyboard knows the space bar only as ' ', not by the name the tests use.
        for (const method of ['press', 'down', 'up']) {
          const original = page.keyboard[method].bind(page.keyboard);
          page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
        }
        return page;
      },
    }),
  ],
};
