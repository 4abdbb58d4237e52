// Serves the test page of test/matrix/csp.test.ts with a strict Content-Security-Policy and
// Trusted Types enforced. Web Test Runner injects inline module scripts into its test page (the
// runtime config and the browser-log tracker), so each <script> of that one page gets a per-request
// nonce; nothing else is allowed inline, and nothing may use eval.
import { randomBytes } from 'node:crypto';

/** The test file whose page gets the policy. */
export const CSP_TEST_FILE = 'test/matrix/csp.test.ts';

/** The policy, for a given nonce. Only Lit's Trusted Types policy may be created. */
export function strictPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** Koa middleware for the dev server: adds the policy to the CSP test's page, and nonces to its scripts. */
export async function cspMiddleware(context, next) {
  await next();
  if (context.path !== '/' || !context.response.is('html') || typeof context.body !== 'string') return;
  if (!context.body.includes(CSP_TEST_FILE)) return;
  const nonce = randomBytes(16).toString('base64');
  context.body = context.body.replace(/<script\b/g, `<script nonce="${nonce}"`);
  context.set('Content-Security-Policy', strictPolicy(nonce));
}
