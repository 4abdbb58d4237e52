#!/usr/bin/env node
// so-settings-conformance: runs the REST contract (openapi.yaml) against a backend and reports
// which operations conform. It drives the package's own HTTP client — the client the elements
// use — so a pass means the elements will work against that backend: routes, status codes,
// response shapes, the error body, Idempotency-Key replay and the secrets-only-in-bodies rule.
//
//   npx so-settings-conformance --base-url https://staging.example.com/api/account \
//     --header "Authorization: Bearer $TOKEN" [--destructive] [--only listApiKeys,createApiKey] [--json]
//
// IT CHANGES DATA: it creates, rotates and revokes an API key, invites and uninvites an address
// at example.com, rewrites the profile, notification and organization settings with their own
// values, and with --destructive also cancels a subscription, removes a member, signs sessions
// out, regenerates every secret and leaves the organization. Run it against a test account on
// a test backend only. Use an account that holds every permission, or checks are skipped.
import { parseArgs } from 'node:util';

const USAGE = `Usage: so-settings-conformance --base-url URL [options]

Runs the SentientOne Settings Elements REST contract against a backend and reports which
operations pass. It changes data: use a test account on a test backend.

Options:
  --base-url URL       the base URL the HTTP client is given, e.g. https://api.test/account (required)
  --header "N: V"      a header for every request, e.g. "Authorization: Bearer …" (repeatable);
                       SO_CONFORMANCE_AUTHORIZATION in the environment sets Authorization too
  --destructive        also run the irreversible operations (cancel a subscription, remove a
                       member, revoke sessions, regenerate secrets, leave the organization)
  --only a,b           run only these operations (others are reported as skipped)
  --timeout MS         per-request timeout (default 15000)
  --json               print the results as JSON instead of a table
  -h, --help           this text

Exit code: 0 when no check failed, 1 when one did, 2 on a usage error.`;

let args;
try {
  args = parseArgs({
    options: {
      'base-url': { type: 'string' },
      header: { type: 'string', multiple: true, default: [] },
      destructive: { type: 'boolean', default: false },
      only: { type: 'string' },
      timeout: { type: 'string', default: '15000' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!args['base-url']) {
  console.error(`--base-url is required.\n\n${USAGE}`);
  process.exit(2);
}

const headers = {};
for (const header of args.header) {
  const colon = header.indexOf(':');
  if (colon < 1) {
    console.error(`--header "${header}" is not "Name: value".`);
    process.exit(2);
  }
  headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
}
if (process.env.SO_CONFORMANCE_AUTHORIZATION) headers.Authorization = process.env.SO_CONFORMANCE_AUTHORIZATION;

const { runConformance } = await import('./conformance.mjs');
const report = await runConformance({
  baseUrl: args['base-url'],
  headers,
  destructive: args.destructive,
  only: args.only ? args.only.split(',').map((name) => name.trim()).filter(Boolean) : undefined,
  timeoutMs: Number(args.timeout),
  log: args.json ? () => {} : (line) => console.log(line),
});
if (args.json) console.log(JSON.stringify(report, null, 2));
process.exit(report.failed > 0 ? 1 : 0);
