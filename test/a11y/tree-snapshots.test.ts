/**
 * Accessibility-tree snapshots (WCAG 1.3.1, 4.1.2): what a screen reader gets from each element in
 * its main states — roles, names, states and the text between them (see ./tree.ts) — compared
 * with the files committed under `test/a11y/snapshots/<tag>.<state>.txt`, so a change in what is
 * announced shows up in review as a diff of those files.
 *
 * On a difference the test fails and prints a line diff. When the change is intended, write the
 * new snapshots with Web Test Runner's own flag (the browser cannot read environment variables,
 * but it can ask the runner for this one):
 *
 *   npx web-test-runner "test/a11y/tree-snapshots.test.ts" --update-snapshots
 *
 * and review the changed `.txt` files like any other change. A state without a file fails until
 * it is written that way.
 *
 * The clock is pinned (the seed's dates are relative to "now"), so dates and relative times read
 * the same on every run; 12:00 UTC keeps calendar dates the same in every time zone from UTC-11
 * to UTC+11.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { getSnapshotConfig, readFile, writeFile } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { createMemoryAccountClient, createSeed, type MemoryClientOptions } from '../../src/memory.js';
import '../../src/index.js';
import { byRole, dialogOpens, loaded, panelLoaded, pinClock } from './a11y-helpers.js';
import { accessibilityTree, lineDiff } from './tree.js';

interface Case {
  tag: string;
  state: string;
  options?: MemoryClientOptions;
  attributes?: string;
  /** No client at all (a presentational element). */
  noClient?: boolean;
  /** The button to click to open a dialog (found by role and name). */
  dialog?: string | RegExp;
}

const readOnly = (): MemoryClientOptions => ({ seed: { viewer: { ...createSeed().viewer, permissions: [] } } });
const unavailable = (operation: keyof NonNullable<MemoryClientOptions['failures']>): MemoryClientOptions => ({ failures: { [operation]: 'unavailable' } });

const CASES: Case[] = [
  { tag: 'so-api-key-panel', state: 'ready' },
  { tag: 'so-api-key-panel', state: 'empty', options: { seed: { apiKeys: [] } } },
  { tag: 'so-api-key-panel', state: 'error', options: unavailable('listApiKeys') },
  { tag: 'so-api-key-panel', state: 'read-only', options: readOnly() },
  { tag: 'so-api-key-panel', state: 'dialog-revoke', dialog: 'Revoke CI deploys' },
  { tag: 'so-usage-meter', state: 'ready', attributes: 'analytics-href="/analytics"' },
  { tag: 'so-usage-meter', state: 'error', options: unavailable('getUsage') },
  { tag: 'so-usage-meter', state: 'presentational', noClient: true, attributes: 'label="Seats" value="8" max="10"' },
  { tag: 'so-billing-card', state: 'ready' },
  { tag: 'so-billing-card', state: 'error', options: unavailable('getBilling') },
  { tag: 'so-billing-card', state: 'read-only', options: readOnly() },
  { tag: 'so-org-members', state: 'ready' },
  { tag: 'so-org-members', state: 'error', options: unavailable('listMembers') },
  { tag: 'so-org-members', state: 'read-only', options: readOnly() },
  { tag: 'so-org-members', state: 'dialog-invite', dialog: 'Invite members' },
  { tag: 'so-danger-zone', state: 'ready' },
  { tag: 'so-danger-zone', state: 'error', options: unavailable('getOrganization') },
  { tag: 'so-danger-zone', state: 'read-only', options: readOnly() },
  { tag: 'so-danger-zone', state: 'dialog-delete', dialog: 'Delete organization' },
  { tag: 'so-sessions', state: 'ready' },
  { tag: 'so-sessions', state: 'empty', options: { seed: { sessions: [] } } },
  { tag: 'so-sessions', state: 'error', options: unavailable('listSessions') },
  { tag: 'so-sessions', state: 'dialog-others', dialog: 'Sign out of all other sessions' },
  { tag: 'so-notification-settings', state: 'ready' },
  { tag: 'so-notification-settings', state: 'error', options: unavailable('getNotificationPreferences') },
  { tag: 'so-notification-settings', state: 'form', attributes: 'mode="form"' },
  { tag: 'so-passkeys', state: 'ready' },
  { tag: 'so-passkeys', state: 'empty', options: { seed: { passkeys: [] } } },
  { tag: 'so-passkeys', state: 'error', options: unavailable('listPasskeys') },
  { tag: 'so-passkeys', state: 'dialog-delete', dialog: 'Delete YubiKey 5C' },
  { tag: 'so-profile-form', state: 'ready' },
  { tag: 'so-profile-form', state: 'error', options: unavailable('getProfile') },
  { tag: 'so-org-profile', state: 'ready' },
  { tag: 'so-org-profile', state: 'error', options: unavailable('getOrganization') },
  { tag: 'so-org-profile', state: 'read-only', options: readOnly() },
  { tag: 'so-subscriptions', state: 'ready' },
  { tag: 'so-subscriptions', state: 'empty', options: { seed: { subscriptions: [] } } },
  { tag: 'so-subscriptions', state: 'error', options: unavailable('listSubscriptions') },
  { tag: 'so-subscriptions', state: 'read-only', options: readOnly() },
  { tag: 'so-subscriptions', state: 'dialog-unsubscribe', dialog: /^Unsubscribe from Agent job plan/ },
  { tag: 'so-account-settings', state: 'ready' },
];

let restoreClock: () => void;
let updating = false;
before(async () => {
  restoreClock = pinClock();
  updating = (await getSnapshotConfig()).updateSnapshots === true;
});
after(() => restoreClock());

async function render({ tag, options, attributes, noClient }: Case): Promise<HTMLElement> {
  const name = unsafeStatic(tag);
  const extra = unsafeStatic(attributes ?? '');
  const client = createMemoryAccountClient(options ?? {});
  const el = noClient
    ? await fixture<HTMLElement>(staticHtml`<div lang="en"><${name} ${extra}></${name}></div>`)
    : await fixture<HTMLElement>(staticHtml`<div lang="en"><${name} ${extra} .client=${client}></${name}></div>`);
  const host = el.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  if (noClient) await host.updateComplete;
  else await loaded(host);
  if (tag === 'so-account-settings') {
    await panelLoaded(host.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden])')!);
  }
  return host;
}

/** The committed snapshot, or undefined (the runner reports a missing file as an unknown command). */
async function readSnapshot(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch {
    return undefined;
  }
}

describe('accessibility-tree snapshots', () => {
  for (const testCase of CASES) {
    const file = `snapshots/${testCase.tag}.${testCase.state}.txt`;
    it(`${testCase.tag} ${testCase.state} matches ${file}`, async () => {
      const host = await render(testCase);
      if (testCase.dialog) {
        const button = byRole(host, 'button', testCase.dialog);
        expect(button, `no button named ${String(testCase.dialog)}`).to.not.equal(null);
        button!.click();
        const dialog = await dialogOpens(host);
        await waitUntil(() => dialog.getAnimations().length === 0, 'the dialog kept animating');
      }
      const actual = accessibilityTree(host);
      const expected = await readSnapshot(file);
      if (updating) {
        if (expected !== actual) await writeFile({ path: file, content: actual });
        return;
      }
      if (expected === undefined) {
        throw new Error(`${file} does not exist. Write it with --update-snapshots; the tree is:\n${actual}`);
      }
      if (expected !== actual) {
        throw new Error(`${file} differs (- committed, + now). If intended, run with --update-snapshots.\n${lineDiff(expected, actual)}`);
      }
    });
  }
});
