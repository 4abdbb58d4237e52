// Puppeteer drives Debian's Firefox ESR in `npm run test:firefox`; it must never download a browser
// (only the npm registry is reachable, and its postinstall would fail `npm ci`).
module.exports = { skipDownload: true };
