// The REST contract's conformance checks, run by bin/so-settings-conformance.mjs (and by
// scripts/conformance-loopback.mjs in CI against the store served on 127.0.0.1).
//
// One check per contract operation, in an order that lets later checks use what earlier ones
// found (ids, the viewer's permissions) and cleans up what it created. Each check calls the
// operation through the package's HTTP client, which already refuses a response whose status or
// shape is off the contract, then checks what the contract promises beyond shape.
import { ACCOUNT_ROUTES, OPTIONAL_ACCOUNT_OPERATIONS, createHttpAccountClient } from '../dist/client.js';

const OPTIONAL = new Set(OPTIONAL_ACCOUNT_OPERATIONS);

/**
 * Runs every check against `baseUrl` and returns `{ baseUrl, passed, failed, skipped, results }`,
 * each result `{ operation, method, path, outcome: 'pass' | 'fail' | 'skip', note, ms }`.
 */
export async function runConformance({ baseUrl, headers = {}, destructive = false, only, timeoutMs = 15_000, log = () => {} }) {
  const exchanges = [];
  const recordingFetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const body = await response.clone().text();
    exchanges.push({ method: request.method, url: request.url, status: response.status, idempotencyKey: request.headers.get('Idempotency-Key'), body });
    return response;
  };
  const client = createHttpAccountClient({ baseUrl, headers, fetch: recordingFetch, timeoutMs, retry: { attempts: 1 } });
  const context = { client, exchanges, baseUrl, headers, destructive, runId: new Date().toISOString().replace(/\D/g, '').slice(0, 14) };
  const results = [];

  log(`REST contract conformance: ${baseUrl}${destructive ? ' (with the destructive operations)' : ''}\n`);
  for (const check of CHECKS) {
    const route = ACCOUNT_ROUTES[check.operation];
    const result = { operation: check.operation, method: route.method, path: route.path, outcome: 'pass', note: '', ms: 0 };
    const started = performance.now();
    const before = exchanges.length;
    try {
      if (only && !only.includes(check.operation)) throw new Skip('not in --only');
      if (check.destructive && !destructive) throw new Skip('destructive: run with --destructive');
      if (check.permission && !context.viewer?.permissions?.includes(check.permission)) throw new Skip(`the viewer lacks ${check.permission}`);
      result.note = (await check.run(context)) ?? '';
    } catch (error) {
      if (error instanceof Skip) {
        result.outcome = 'skip';
        result.note = error.message;
      } else if (isAbsent(error, exchanges.slice(before)) && OPTIONAL.has(check.operation)) {
        // An optional operation the server does not offer: the elements hide its control.
        result.outcome = 'skip';
        result.note = 'not offered by this backend (optional: 501 / not_implemented); the elements hide its control';
      } else {
        result.outcome = 'fail';
        result.note = describeError(error, exchanges.slice(before));
      }
    }
    // Contract rules every request of the check had to follow.
    for (const exchange of exchanges.slice(before)) {
      if (result.outcome === 'fail') break;
      if (exchange.method !== 'GET' && !exchange.idempotencyKey) {
        result.outcome = 'fail';
        result.note = `${exchange.method} ${exchange.url} went without an Idempotency-Key (client bug)`;
      } else if (exchange.status >= 400 && !isErrorBody(exchange.body)) {
        result.outcome = 'fail';
        result.note = `${exchange.status} from ${exchange.method} ${new URL(exchange.url).pathname} without the { error: { code, message } } body`;
      }
    }
    result.ms = Math.round(performance.now() - started);
    results.push(result);
    const mark = { pass: '✓', fail: '✗', skip: '–' }[result.outcome];
    log(`${mark} ${result.operation.padEnd(30)} ${`${result.method} ${result.path}`.padEnd(38)} ${result.note}`);
  }
  // A contract operation without a check here fails, so a new route cannot go unchecked.
  for (const operation of Object.keys(ACCOUNT_ROUTES)) {
    if (CHECKS.some((check) => check.operation === operation)) continue;
    const route = ACCOUNT_ROUTES[operation];
    results.push({ operation, method: route.method, path: route.path, outcome: 'fail', note: 'no conformance check for this operation yet', ms: 0 });
    log(`✗ ${operation.padEnd(30)} ${`${route.method} ${route.path}`.padEnd(38)} no conformance check for this operation yet`);
  }
  const count = (outcome) => results.filter((result) => result.outcome === outcome).length;
  const report = { baseUrl, passed: count('pass'), failed: count('fail'), skipped: count('skip'), results };
  log(`\nconformance: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
  return report;
}

class Skip extends Error {}

class ContractViolation extends Error {}

function expect(condition, message) {
  if (!condition) throw new ContractViolation(message);
}

/** Runs `call`; a refusal with one of `codes` (e.g. `conflict`) is a conforming answer too. */
async function allowing(codes, call) {
  try {
    return { value: await call() };
  } catch (error) {
    if (codes.includes(error?.code)) return { refused: error };
    throw error;
  }
}

function isErrorBody(text) {
  try {
    const body = JSON.parse(text);
    return typeof body?.error?.code === 'string' && typeof body.error.message === 'string';
  } catch {
    return false;
  }
}

function isAbsent(error, exchanges) {
  const last = exchanges.at(-1);
  if (!last) return false;
  if (last.status === 501) return true;
  try {
    return JSON.parse(last.body)?.error?.code === 'not_implemented';
  } catch {
    return false;
  }
}

function describeError(error, exchanges) {
  const last = exchanges.at(-1);
  const http = last ? ` (${last.method} ${new URL(last.url).pathname} → ${last.status}${last.status >= 400 ? `: ${last.body.slice(0, 160)}` : ''})` : '';
  if (error instanceof ContractViolation) return `${error.message}${http}`;
  if (error?.name === 'AccountApiError') return `answered ${error.code}${error.status ? ` ${error.status}` : ''}: ${error.message}${http}`;
  return `${error?.message ?? String(error)}${http}`;
}

const isString = (value) => typeof value === 'string' && value.length > 0;
const isDate = (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

// A WebAuthn registration response shaped like a browser's, which no authenticator signed: a
// server that verifies attestations refuses it (validation); the memory store accepts it.
const SYNTHETIC_CREDENTIAL = {
  id: 'c28tY29uZm9ybWFuY2U',
  rawId: 'c28tY29uZm9ybWFuY2U',
  type: 'public-key',
  response: { clientDataJSON: 'e30', attestationObject: 'o2NmbXRkbm9uZQ', transports: ['internal'] },
  clientExtensionResults: {},
};

/** The checks, in run order. `permission` skips a check the viewer may not run. */
const CHECKS = [
  // ---- reads -----------------------------------------------------------------------------
  {
    operation: 'getViewer',
    async run(context) {
      const viewer = await context.client.getViewer();
      expect(isString(viewer.id) && isString(viewer.email) && Array.isArray(viewer.permissions), 'a viewer has id, email and permissions[]');
      expect(viewer.lastOwner === undefined || typeof viewer.lastOwner === 'boolean', 'a viewer’s lastOwner, when present, is a boolean');
      context.viewer = viewer;
      return `${viewer.email}; permissions: ${viewer.permissions.join(', ') || 'none'}`;
    },
  },
  {
    operation: 'getOrganization',
    async run(context) {
      const organization = await context.client.getOrganization();
      context.organization = organization;
      if (organization === null) return 'null: the viewer has no organization, so the organization checks skip';
      expect(isString(organization.id) && isString(organization.name) && isString(organization.slug), 'an organization has id, name and slug');
      expect(Array.isArray(organization.deletionBlockers), 'deletionBlockers is an array');
      return `${organization.name} (${organization.deletionBlockers.length} deletion blocker(s))`;
    },
  },
  {
    operation: 'listSubscriptions',
    async run(context) {
      requireOrganization(context);
      const subscriptions = await context.client.listSubscriptions();
      expect(subscriptions.every((item) => isString(item.id) && typeof item.cancelAtPeriodEnd === 'boolean'), 'each subscription has id and cancelAtPeriodEnd');
      context.subscriptions = subscriptions;
      return `${subscriptions.length} subscription(s)`;
    },
  },
  {
    operation: 'listApiKeys',
    async run(context) {
      const keys = await context.client.listApiKeys();
      expect(keys.every((key) => isString(key.id) && isString(key.last4) && isString(key.status)), 'each key has id, last4 and status');
      expect(keys.every((key) => !('secret' in key)), 'a listed key never carries its secret');
      context.keys = keys;
      return `${keys.length} key(s), none with a secret`;
    },
  },
  {
    operation: 'getUsage',
    async run(context) {
      const usage = await context.client.getUsage();
      expect(isDate(usage.periodStart) && isDate(usage.periodEnd) && Array.isArray(usage.metrics), 'usage has periodStart, periodEnd and metrics[]');
      expect(usage.metrics.every((metric) => isString(metric.id) && typeof metric.used === 'number' && (metric.limit === null || typeof metric.limit === 'number')), 'each metric has id, used and a limit (null = unlimited)');
      return `${usage.metrics.length} metric(s)`;
    },
  },
  {
    operation: 'getBilling',
    async run(context) {
      const billing = await context.client.getBilling();
      expect(isString(billing.plan?.name) && Number.isInteger(billing.plan.amount) && isString(billing.plan.currency), 'billing.plan has name, integer amount (minor units) and currency');
      return `${billing.plan.name}, ${billing.status}`;
    },
  },
  {
    operation: 'listInvoices',
    async run(context) {
      const invoices = await context.client.listInvoices();
      return `${invoices.length} invoice(s)`;
    },
  },
  {
    operation: 'listMembers',
    async run(context) {
      requireOrganization(context);
      const first = await context.client.listMembers({ limit: 1 });
      expect(Array.isArray(first.items) && (first.nextCursor === null || isString(first.nextCursor)), 'a page has items[] and nextCursor (string or null)');
      expect(first.items.length <= 1, `limit=1 returned ${first.items.length} members`);
      let note = `${first.total ?? '?'} member(s)`;
      if (first.nextCursor) {
        const second = await context.client.listMembers({ limit: 1, cursor: first.nextCursor });
        expect(second.items[0]?.id !== first.items[0]?.id, 'the cursor moves to the next page');
        note += ', cursor paging works';
      }
      const all = await context.client.listMembers({ limit: 100 });
      context.members = all.items;
      return note;
    },
  },
  {
    operation: 'listInvitations',
    async run(context) {
      requireOrganization(context);
      const invitations = await context.client.listInvitations();
      expect(invitations.every((item) => isString(item.id) && isString(item.email)), 'each invitation has id and email');
      return `${invitations.length} invitation(s)`;
    },
  },
  {
    operation: 'listRoles',
    async run(context) {
      requireOrganization(context);
      const roles = await context.client.listRoles();
      expect(roles.length > 0 && roles.every((role) => isString(role.id) && isString(role.name)), 'at least one role, each with id and name');
      context.roles = roles;
      return roles.map((role) => role.id).join(', ');
    },
  },
  {
    operation: 'getProfile',
    async run(context) {
      const profile = await context.client.getProfile();
      expect(isString(profile.email) && typeof profile.displayName === 'string' && isString(profile.timezone) && isString(profile.locale), 'a profile has displayName, email, timezone and locale');
      context.profile = profile;
      return profile.displayName;
    },
  },
  {
    operation: 'getNotificationPreferences',
    async run(context) {
      const preferences = await context.client.getNotificationPreferences();
      expect(Array.isArray(preferences.channels) && Array.isArray(preferences.categories) && typeof preferences.values === 'object', 'preferences have channels[], categories[] and values');
      context.preferences = preferences;
      return `${preferences.categories.length} categories × ${preferences.channels.length} channels`;
    },
  },
  {
    operation: 'listPasskeys',
    async run(context) {
      const passkeys = await context.client.listPasskeys();
      expect(passkeys.every((passkey) => isString(passkey.id) && typeof passkey.name === 'string'), 'each passkey has id and name');
      context.passkeys = passkeys;
      return `${passkeys.length} passkey(s)`;
    },
  },
  {
    operation: 'listSessions',
    async run(context) {
      const sessions = await context.client.listSessions();
      expect(sessions.every((session) => isString(session.id) && typeof session.current === 'boolean'), 'each session has id and current');
      expect(sessions.filter((session) => session.current).length <= 1, 'at most one session is the current one');
      context.sessions = sessions;
      return `${sessions.length} session(s)`;
    },
  },

  // ---- mutations that put things back or clean up after themselves ---------------------
  {
    operation: 'updateProfile',
    async run(context) {
      if (!context.profile) throw new Skip('getProfile did not pass');
      const updated = await context.client.updateProfile({ displayName: context.profile.displayName });
      expect(updated.displayName === context.profile.displayName, 'the profile comes back with the name sent');
      return 'sent the current display name back';
    },
  },
  {
    operation: 'updateNotificationPreferences',
    async run(context) {
      if (!context.preferences) throw new Skip('getNotificationPreferences did not pass');
      const updated = await context.client.updateNotificationPreferences(context.preferences.values);
      expect(JSON.stringify(updated.values) === JSON.stringify(context.preferences.values), 'the values come back as sent');
      return 'sent the current values back';
    },
  },
  {
    operation: 'updateOrganization',
    permission: 'organization:manage',
    async run(context) {
      requireOrganization(context);
      const updated = await context.client.updateOrganization({ name: context.organization.name });
      expect(updated.name === context.organization.name, 'the organization comes back with the name sent');
      return 'sent the current name back';
    },
  },
  {
    operation: 'createApiKey',
    permission: 'api_keys:write',
    async run(context) {
      const idempotencyKey = crypto.randomUUID();
      const name = `so-conformance ${context.runId}`;
      const created = await context.client.createApiKey({ name }, { idempotencyKey });
      expect(isString(created.secret) && isString(created.key?.id), 'the answer has key and secret');
      expect(created.secret.endsWith(created.key.last4), 'the secret ends with the key’s last4');
      expect(!('secret' in created.key), 'the key record itself carries no secret');
      context.createdKey = created.key;
      const replay = await context.client.createApiKey({ name }, { idempotencyKey });
      expect(replay.key.id === created.key.id, 'the same Idempotency-Key sent again returns the same key, not a second one');
      const listed = await context.client.listApiKeys();
      expect(listed.filter((key) => key.name === name).length === 1, 'the key is listed once');
      expect(!JSON.stringify(listed).includes(created.secret), 'the listing never carries the new secret');
      const blank = await allowing(['validation'], () => context.client.createApiKey({ name: ' ' }));
      expect(blank.refused, 'a blank name is refused with validation (422)');
      return `created ${created.key.id}; a replayed Idempotency-Key applied once; a blank name answered validation`;
    },
  },
  {
    operation: 'rotateApiKey',
    permission: 'api_keys:write',
    async run(context) {
      if (!context.createdKey) throw new Skip('createApiKey did not pass');
      const rotated = await context.client.rotateApiKey(context.createdKey.id, { gracePeriodSeconds: 0 });
      expect(isString(rotated.secret) && isString(rotated.key?.id), 'the answer has key and secret');
      context.rotatedKey = rotated.key;
      const missing = await allowing(['not_found'], () => context.client.rotateApiKey(`so-conformance-missing-${context.runId}`));
      expect(missing.refused?.status === 404, 'an unknown key id answers not_found (404)');
      return 'rotated the created key; an unknown id answered 404';
    },
  },
  {
    operation: 'revealApiKey',
    async run(context) {
      const key = (context.keys ?? []).find((candidate) => candidate.status === 'active');
      if (!key) throw new Skip('no active key to reveal');
      const answer = await allowing(['conflict', 'forbidden'], () => context.client.revealApiKey(key.id));
      if (answer.refused) return `${key.id}: refused with ${answer.refused.code} (a key shown only once)`;
      expect(isString(answer.value.secret) && answer.value.secret.endsWith(key.last4), 'the secret ends with the key’s last4');
      return `${key.id}: revealed in the response body`;
    },
  },
  {
    operation: 'revokeApiKey',
    permission: 'api_keys:write',
    async run(context) {
      const ids = [context.createdKey?.id, context.rotatedKey?.id].filter((id, index, all) => id && all.indexOf(id) === index);
      if (ids.length === 0) throw new Skip('createApiKey did not pass');
      for (const id of ids) await context.client.revokeApiKey(id);
      const listed = await context.client.listApiKeys();
      for (const id of ids) {
        const key = listed.find((candidate) => candidate.id === id);
        expect(!key || key.status === 'revoked', `${id} is revoked (or gone) after revoking`);
      }
      return `revoked the key(s) this run created: ${ids.join(', ')}`;
    },
  },
  {
    operation: 'createBillingPortalSession',
    permission: 'billing:manage',
    async run(context) {
      const session = await context.client.createBillingPortalSession({ returnUrl: 'https://example.com/settings/billing' });
      expect(isString(session.url) && new URL(session.url).protocol === 'https:', 'the portal URL is https:');
      return new URL(session.url).host;
    },
  },
  {
    operation: 'inviteMembers',
    permission: 'members:manage',
    async run(context) {
      requireOrganization(context);
      const role = (context.roles ?? []).find((candidate) => !candidate.owner) ?? context.roles?.[0];
      if (!role) throw new Skip('listRoles did not pass');
      const email = `so-conformance+${context.runId}@example.com`;
      const results = await context.client.inviteMembers([
        { email, roleId: role.id },
        { email: 'not an address', roleId: role.id },
      ]);
      expect(results.length === 2, 'one result per row');
      expect(results[0].status === 'invited' && isString(results[0].invitation?.id), `the address is invited (got ${results[0].status})`);
      expect(results[1].status === 'invalid', `a malformed address is reported invalid (got ${results[1].status})`);
      context.invitation = results[0].invitation;
      return `invited ${email} as ${role.id}; a malformed row came back invalid`;
    },
  },
  {
    operation: 'resendInvitation',
    permission: 'members:manage',
    async run(context) {
      if (!context.invitation) throw new Skip('inviteMembers did not pass');
      const invitation = await context.client.resendInvitation(context.invitation.id);
      expect(invitation.id === context.invitation.id, 'the same invitation comes back');
      return context.invitation.id;
    },
  },
  {
    operation: 'revokeInvitation',
    permission: 'members:manage',
    async run(context) {
      if (!context.invitation) throw new Skip('inviteMembers did not pass');
      await context.client.revokeInvitation(context.invitation.id);
      const left = await context.client.listInvitations();
      expect(!left.some((invitation) => invitation.id === context.invitation.id), 'the invitation is gone');
      return `revoked the invitation this run made`;
    },
  },
  {
    operation: 'updateMemberRole',
    permission: 'members:manage',
    async run(context) {
      const member = (context.members ?? []).find((candidate) => candidate.id !== context.viewer.id);
      if (!member) throw new Skip('no member other than the viewer');
      const updated = await context.client.updateMemberRole(member.id, member.roleId);
      expect(updated.id === member.id && updated.roleId === member.roleId, 'the member comes back with the role sent');
      return `${member.id}: set to the role it had (${member.roleId})`;
    },
  },
  {
    operation: 'beginPasskeyRegistration',
    async run(context) {
      const options = await context.client.beginPasskeyRegistration({ name: `so-conformance ${context.runId}` });
      expect(isString(options.challenge) && isString(options.rp?.name) && isString(options.user?.id), 'creation options have challenge, rp and user');
      return 'WebAuthn creation options with a challenge';
    },
  },
  {
    operation: 'finishPasskeyRegistration',
    async run(context) {
      const answer = await allowing(['validation', 'conflict'], () =>
        context.client.finishPasskeyRegistration({ name: `so-conformance ${context.runId}`, response: SYNTHETIC_CREDENTIAL }),
      );
      if (answer.refused) return `refused the unsigned test credential with ${answer.refused.code}, as a verifying server should`;
      expect(isString(answer.value.id), 'the stored passkey has an id');
      context.createdPasskey = answer.value;
      return `stored ${answer.value.id} (this backend does not verify attestations)`;
    },
  },
  {
    operation: 'renamePasskey',
    async run(context) {
      const passkey = context.createdPasskey ?? context.passkeys?.[0];
      if (!passkey) throw new Skip('no passkey to rename');
      const renamed = await context.client.renamePasskey(passkey.id, passkey.name);
      expect(renamed.id === passkey.id && renamed.name === passkey.name, 'the passkey comes back with the name sent');
      return `${passkey.id}: set to the name it had`;
    },
  },
  {
    operation: 'deletePasskey',
    async run(context) {
      const passkey = context.createdPasskey ?? (context.destructive ? context.passkeys?.[0] : undefined);
      if (!passkey) throw new Skip(context.destructive ? 'no passkey to delete' : 'only deletes a passkey this run created, or any with --destructive');
      await context.client.deletePasskey(passkey.id);
      const left = await context.client.listPasskeys();
      expect(!left.some((candidate) => candidate.id === passkey.id), 'the passkey is gone');
      return `deleted ${passkey.id}`;
    },
  },
  {
    operation: 'deleteOrganization',
    permission: 'organization:delete',
    async run(context) {
      requireOrganization(context);
      // Never deletes: a name that is not the organization's must be refused, field by field.
      const answer = await allowing(['validation'], () => context.client.deleteOrganization({ confirmName: `${context.organization.name} (not this one)` }));
      expect(answer.refused, 'a wrong confirmName is refused');
      expect(Array.isArray(answer.refused.fieldErrors?.confirmName), 'the refusal has fieldErrors.confirmName');
      return 'a wrong name answered validation with fieldErrors.confirmName (nothing deleted)';
    },
  },

  // ---- destructive: only with --destructive -----------------------------------------------
  {
    operation: 'cancelSubscription',
    destructive: true,
    permission: 'organization:manage',
    async run(context) {
      const subscription = (context.subscriptions ?? []).find((candidate) => candidate.status === 'active' && !candidate.cancelAtPeriodEnd);
      if (!subscription) throw new Skip('no active subscription to cancel');
      const cancelled = await context.client.cancelSubscription(subscription.id, { atPeriodEnd: true });
      expect(cancelled.id === subscription.id && cancelled.cancelAtPeriodEnd === true, 'the subscription comes back cancelling at period end');
      return `${subscription.id}: cancels at period end`;
    },
  },
  {
    operation: 'removeMember',
    destructive: true,
    permission: 'members:manage',
    async run(context) {
      const owners = new Set((context.roles ?? []).filter((role) => role.owner).map((role) => role.id));
      const member = (context.members ?? []).find((candidate) => candidate.id !== context.viewer.id && !owners.has(candidate.roleId));
      if (!member) throw new Skip('no member other than the viewer and the owners');
      await context.client.removeMember(member.id);
      const left = await context.client.listMembers({ limit: 100 });
      expect(!left.items.some((candidate) => candidate.id === member.id), 'the member is gone');
      return `removed ${member.id}`;
    },
  },
  {
    operation: 'revokeSession',
    destructive: true,
    async run(context) {
      const session = (context.sessions ?? []).find((candidate) => !candidate.current);
      if (!session) throw new Skip('no session other than the current one');
      await context.client.revokeSession(session.id);
      return `signed ${session.id} out`;
    },
  },
  {
    operation: 'regenerateSecrets',
    destructive: true,
    permission: 'api_keys:write',
    async run(context) {
      const answer = await context.client.regenerateSecrets();
      expect(Array.isArray(answer.secrets), 'the answer lists the new secrets');
      return `${answer.secrets.length} secret(s) replaced`;
    },
  },
  {
    operation: 'revokeAllSessions',
    destructive: true,
    async run(context) {
      await context.client.revokeAllSessions();
      const left = await context.client.listSessions();
      expect(left.every((session) => session.current), 'only the current session is left');
      return `${left.length} session(s) left`;
    },
  },
  {
    operation: 'leaveOrganization',
    destructive: true,
    async run(context) {
      requireOrganization(context);
      const answer = await allowing(['conflict'], () => context.client.leaveOrganization());
      if (answer.refused) return 'refused with conflict (the viewer is its last owner), as the contract says';
      const organization = await context.client.getOrganization();
      expect(organization === null, 'after leaving, getOrganization answers null');
      return 'left the organization';
    },
  },
];

function requireOrganization(context) {
  if (context.organization === undefined) throw new Skip('getOrganization did not pass');
  if (context.organization === null) throw new Skip('the viewer has no organization');
}
