// Finds a Chromium or Chrome binary for the headless browser tests (with `--firefox`, the Firefox
// that `npm run test:firefox` drives).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Returns the first browser binary that exists, or null. */
export function findChrome() {
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

export const installHint =
  'No Chromium or Chrome found: set CHROME_PATH, or install one (Debian/Ubuntu: `apt-get install -y chromium`).';

const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Returns the first Firefox binary that exists, or null. */
export function findFirefox() {
  return firefoxCandidates.find((path) => path && existsSync(path)) ?? null;
}

export const firefoxInstallHint =
  'No Firefox found: set FIREFOX_PATH, or install one (Debian/Ubuntu: `apt-get install -y --no-install-recommends firefox-esr`).';

if (import.meta.url === `file://${process.argv[1]}`) {
  const firefox = process.argv.includes('--firefox');
  const path = firefox ? findFirefox() : findChrome();
  if (!path) {
    console.error(firefox ? firefoxInstallHint : installHint);
    process.exit(1);
  }
  console.log(path);
}
