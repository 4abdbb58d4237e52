import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient, Organization } from '../../src/client/types.js';
import type { SoErrorDetail, SoReauthRequiredDetail } from '../../src/internal/events.js';
import type { DangerAction, SoSecretsRegeneratedDetail } from '../../src/so-danger-zone.js';
import {
  actionButton,
  cancelButton,
  closed,
  confirmButton,
  deepFocus,
  dialogError,
  dialogPart,
  lastOwnerSeed,
  withoutLastOwner,
  notice,
  openFromButton,
  ORG_NAME,
  phraseInput,
  record,
  recordingClient,
  render,
  rowActions,
  secretPanel,
  shadow,
  textOf,
  typeInto,
  unblockedSeed,
} from './so-danger-zone-helpers.js';

const ACTIONS: DangerAction[] = ['revoke-sessions', 'regenerate-secrets', 'leave-organization', 'delete-organization'];
const OPERATION = {
  'revoke-sessions': 'revokeAllSessions',
  'regenerate-secrets': 'regenerateSecrets',
  'leave-organization': 'leaveOrganization',
  'delete-organization': 'deleteOrganization',
} as const;
const REQUEST_EVENT = {
  'revoke-sessions': 'so-sessions-revoke-request',
  'regenerate-secrets': 'so-secrets-regenerate-request',
  'leave-organization': 'so-organization-leave-request',
  'delete-organization': 'so-organization-delete-request',
} as const;
const OUTCOME_EVENT = {
  'revoke-sessions': 'so-sessions-revoked',
  'regenerate-secrets': 'so-secrets-regenerated',
  'leave-organization': 'so-organization-left',
  'delete-organization': 'so-organization-deleted',
} as const;

/** Whether focus is inside `container` (across its shadow root). */
function focusInside(container: Element): boolean {
  let node: Node | null = deepFocus();
  while (node) {
    if (node === container) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** Opens `action`'s dialog and confirms it; for delete, types the name first. */
async function confirmAction(el: Parameters<typeof openFromButton>[0], action: DangerAction) {
  const d = await openFromButton(el, action);
  if (action === 'delete-organization') await typeInto(phraseInput(d)!, ORG_NAME);
  confirmButton(d).click();
  return d;
}

describe('<so-danger-zone> dialogs', () => {
  for (const action of ACTIONS) {
    it(`${action}: focus moves into the dialog, Escape cancels with no call, and focus returns to the trigger`, async () => {
      const { client, callsTo } = recordingClient({ seed: unblockedSeed() });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const requests = record(el, REQUEST_EVENT[action]);
      const trigger = actionButton(el, action);
      const d = await openFromButton(el, action);
      expect(dialogPart<HTMLDialogElement>(d, 'base').matches(':modal')).to.equal(true);
      expect(focusInside(d)).to.equal(true);
      // Deleting starts in the name field; the others on Cancel, the safe choice.
      expect(deepFocus()).to.equal(action === 'delete-organization' ? phraseInput(d) : cancelButton(d));
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await closed(d);
      expect(deepFocus()).to.equal(trigger);
      expect(requests).to.have.length(0);
      expect(callsTo(OPERATION[action])).to.have.length(0);
    });

    it(`${action}: the host vetoes it through ${REQUEST_EVENT[action]}: no call, the dialog closes, focus returns`, async () => {
      const { client, callsTo } = recordingClient({ seed: unblockedSeed() });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const outcomes = record(el, OUTCOME_EVENT[action]);
      const requests: CustomEvent[] = [];
      el.addEventListener(REQUEST_EVENT[action], (event) => {
        requests.push(event as CustomEvent);
        event.preventDefault();
      });
      const d = await confirmAction(el, action);
      await closed(d);
      expect(requests).to.have.length(1);
      expect(requests[0]!.cancelable && requests[0]!.bubbles && requests[0]!.composed).to.equal(true);
      expect(callsTo(OPERATION[action])).to.have.length(0);
      expect(outcomes).to.have.length(0);
      expect(deepFocus()).to.equal(actionButton(el, action));
    });

    it(`${action}: fires ${REQUEST_EVENT[action]} before the call, then calls once and fires ${OUTCOME_EVENT[action]}`, async () => {
      const { client, store, callsTo } = recordingClient({ seed: unblockedSeed() });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const callsWhenRequested: number[] = [];
      el.addEventListener(REQUEST_EVENT[action], () => callsWhenRequested.push(callsTo(OPERATION[action]).length));
      const outcomes = record(el, OUTCOME_EVENT[action]);
      const d = await confirmAction(el, action);
      await closed(d);
      await waitUntil(() => outcomes.length === 1, `${OUTCOME_EVENT[action]} did not fire`);
      expect(callsWhenRequested).to.deep.equal([0]);
      expect(callsTo(OPERATION[action])).to.have.length(1);
      expect(store.effects[OPERATION[action]]).to.equal(1);
    });

    it(`${action}: a double click on Confirm makes one call`, async () => {
      const { client, store, callsTo } = recordingClient({ seed: unblockedSeed(), latencyMs: 40 });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const requests = record(el, REQUEST_EVENT[action]);
      const outcomes = record(el, OUTCOME_EVENT[action]);
      const d = await openFromButton(el, action);
      if (action === 'delete-organization') await typeInto(phraseInput(d)!, ORG_NAME);
      confirmButton(d).click();
      confirmButton(d).click();
      await d.updateComplete;
      confirmButton(d).click();
      await waitUntil(() => outcomes.length === 1, `${OUTCOME_EVENT[action]} did not fire`);
      await aTimeout(60);
      expect(requests).to.have.length(1);
      expect(callsTo(OPERATION[action])).to.have.length(1);
      expect(store.effects[OPERATION[action]]).to.equal(1);
    });

    it(`${action}: a failure keeps the dialog open with the error announced; trying again reuses the idempotency key`, async () => {
      const { client, store, callsTo } = recordingClient({
        seed: unblockedSeed(),
        failures: { [OPERATION[action]]: { code: 'unavailable', once: true } },
      });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const errors = record<SoErrorDetail>(el, 'so-error');
      const outcomes = record(el, OUTCOME_EVENT[action]);
      const d = await confirmAction(el, action);
      await waitUntil(() => dialogError(d) && !d.busy, 'no error was shown');
      expect(textOf(dialogError(d))).to.equal('The service is temporarily unavailable. Try again in a moment.');
      expect(d.open).to.equal(true);
      expect(errors.map((detail) => [detail.operation, detail.error.code])).to.deep.equal([[OPERATION[action], 'unavailable']]);
      expect(outcomes).to.have.length(0);
      await expect(el).to.be.accessible();

      confirmButton(d).click();
      await closed(d);
      await waitUntil(() => outcomes.length === 1, `${OUTCOME_EVENT[action]} did not fire`);
      const keys = callsTo(OPERATION[action]).map((call) => call.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      expect(store.effects[OPERATION[action]]).to.equal(1);
    });

    it(`${action}: step-up through so-reauth-required; retry() reuses the key and takes effect once`, async () => {
      const { client, store, callsTo } = recordingClient({
        seed: unblockedSeed(),
        failures: { [OPERATION[action]]: { code: 'reauth_required', once: true } },
      });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const reauths = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
      const outcomes = record(el, OUTCOME_EVENT[action]);
      const d = await confirmAction(el, action);
      await waitUntil(() => reauths.length === 1, 'so-reauth-required did not fire');
      expect(reauths[0]!.operation).to.equal(OPERATION[action]);
      await waitUntil(() => dialogError(d), 'no error was shown');
      expect(textOf(dialogError(d))).to.equal('For your security, confirm your identity again to continue.');
      expect(d.open).to.equal(true);
      expect(store.effects[OPERATION[action]]).to.equal(undefined);

      // The host re-authenticates the user, then retries.
      await reauths[0]!.retry();
      await closed(d);
      await waitUntil(() => outcomes.length === 1, `${OUTCOME_EVENT[action]} did not fire`);
      const keys = callsTo(OPERATION[action]).map((call) => call.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      expect(store.effects[OPERATION[action]]).to.equal(1);
    });
  }

  it('a step-up retry whose first attempt took effect is replayed by key, not applied twice', async () => {
    // The backend applied the call but answered reauth_required (e.g. a proxy in front of it):
    // the retry with the same key gets the recorded answer.
    const memory = createMemoryAccountClient();
    let first = true;
    const client: AccountClient = {
      ...memory,
      async revokeAllSessions(options) {
        await memory.revokeAllSessions!(options);
        if (first) {
          first = false;
          const { AccountApiError } = await import('../../src/client/errors.js');
          throw new AccountApiError('reauth_required');
        }
      },
    };
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const reauths = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
    const outcomes = record(el, 'so-sessions-revoked');
    await confirmAction(el, 'revoke-sessions');
    await waitUntil(() => reauths.length === 1, 'so-reauth-required did not fire');
    await reauths[0]!.retry();
    expect(outcomes).to.have.length(1);
    expect(memory.store.effects.revokeAllSessions).to.equal(1);
  });

  it('revoke sessions: says what happens, and after success shows and announces it', async () => {
    const el = await render(html`<so-danger-zone .client=${createMemoryAccountClient()}></so-danger-zone>`);
    const d = await openFromButton(el, 'revoke-sessions');
    expect(d.heading).to.equal('Sign out of all sessions?');
    expect(textOf(d)).to.contain('Every device and browser signed in to your account is signed out at once.');
    expect(textOf(confirmButton(d))).to.equal('Sign out everywhere');
    confirmButton(d).click();
    await closed(d);
    expect(textOf(notice(el))).to.equal('All sessions were signed out.');
    const announcer = shadow(el).querySelector('so-status-announcer')!;
    await waitUntil(() => announcer.text === 'All sessions were signed out.', 'the outcome was not announced');
    expect(deepFocus()).to.equal(actionButton(el, 'revoke-sessions'));
    await expect(el).to.be.accessible();
  });
});

describe('<so-danger-zone> regenerate secrets', () => {
  it('warns that integrations stop working, then shows the new secrets once and fires so-secrets-regenerated without them', async () => {
    const { client, store } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const details: SoSecretsRegeneratedDetail[] = [];
    let panelOpenWhenFired = false;
    el.addEventListener('so-secrets-regenerated', (event) => {
      details.push(event.detail);
      panelOpenWhenFired = secretPanel(el).open;
    });
    const d = await openFromButton(el, 'regenerate-secrets');
    expect(textOf(d)).to.contain('Every integration using the old credentials will stop working');
    expect(textOf(d)).to.contain('The new secrets are shown once.');
    await expect(el).to.be.accessible();
    confirmButton(d).click();
    await waitUntil(() => details.length === 1, 'so-secrets-regenerated did not fire');
    expect(panelOpenWhenFired).to.equal(true);

    const keys = await store.listApiKeys();
    const active = keys.filter((key) => key.status === 'active');
    expect(details[0]!.keyIds).to.have.members(active.map((key) => key.id));
    const panel = secretPanel(el);
    const fields = [...panel.shadowRoot!.querySelectorAll('so-secret-field')];
    expect(fields.map((field) => field.getAttribute('label'))).to.deep.equal(['Platform key', 'CI deploys', 'Staging agents']);
    const shown = fields.map((field) => textOf(field.shadowRoot!));
    for (const text of shown) expect(text).to.match(/sk-so-[0-9A-Za-z]{40}/);
    // The event detail never carries a secret.
    const secrets = shown.map((text) => text.match(/sk-so-[0-9A-Za-z]{40}/)![0]);
    for (const secret of secrets) expect(JSON.stringify(details[0])).not.to.contain(secret);
    expect(textOf(panel.shadowRoot!)).to.contain('will not be shown again');
    expect(textOf(panel)).to.equal('Update each integration with its new secret.');
    // Focus goes to the panel so the user hears it first.
    expect(focusInside(panel)).to.equal(true);
    await expect(el).to.be.accessible();

    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss-button"]')!.click();
    await panel.updateComplete;
    expect(panel.open).to.equal(false);
    expect(textOf(el.shadowRoot!)).not.to.contain(secrets[0]!);
  });

  it('says so when there were no active keys to replace', async () => {
    const client = createMemoryAccountClient({ seed: { apiKeys: [] } });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const details = record<SoSecretsRegeneratedDetail>(el, 'so-secrets-regenerated');
    await confirmAction(el, 'regenerate-secrets');
    await waitUntil(() => details.length === 1, 'so-secrets-regenerated did not fire');
    expect(details[0]).to.deep.equal({ keyIds: [] });
    expect(secretPanel(el).open).to.equal(false);
    expect(textOf(notice(el))).to.equal('There were no active API keys, so no new secrets were created.');
  });
});

describe('<so-danger-zone> delete organization', () => {
  it('lists what will be lost and asks for the exact name', async () => {
    const el = await render(html`<so-danger-zone .client=${createMemoryAccountClient({ seed: unblockedSeed() })}></so-danger-zone>`);
    const d = await openFromButton(el, 'delete-organization');
    expect(d.heading).to.equal('Delete Acme Robotics?');
    expect([...d.querySelectorAll('.losses li')].map(textOf)).to.deep.equal([
      'all users from the team',
      'all subscription records',
      'all projects and their datasets',
      'card information',
      'usage and billing data',
    ]);
    expect(textOf(d)).to.contain('This cannot be undone.');
    expect(textOf(d.shadowRoot!.querySelector('label'))).to.equal('Type Acme Robotics to confirm');
    expect(confirmButton(d).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  const badInputs: [string, string][] = [
    ['a trailing space', `${ORG_NAME} `],
    ['a leading space', ` ${ORG_NAME}`],
    ['the wrong case', 'acme robotics'],
    ['a Cyrillic look-alike letter', 'Acme R\u043ebotics'],
    ['part of the name', 'Acme'],
  ];
  for (const [what, typed] of badInputs) {
    it(`does not delete with ${what}, by click or by Enter`, async () => {
      const { client, callsTo, store } = recordingClient({ seed: unblockedSeed() });
      const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
      const requests = record(el, 'so-organization-delete-request');
      const d = await openFromButton(el, 'delete-organization');
      await sendKeys({ type: typed });
      await d.updateComplete;
      expect(phraseInput(d)!.value).to.equal(typed);
      expect(confirmButton(d).disabled).to.equal(true);
      await sendKeys({ press: 'Enter' });
      confirmButton(d).click();
      await aTimeout(30);
      expect(d.open).to.equal(true);
      expect(requests).to.have.length(0);
      expect(callsTo('deleteOrganization')).to.have.length(0);
      expect(store.effects.deleteOrganization).to.equal(undefined);
    });
  }

  it('does not delete with an empty field when Enter is pressed', async () => {
    const { client, callsTo } = recordingClient({ seed: unblockedSeed() });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const requests = record(el, 'so-organization-delete-request');
    const d = await openFromButton(el, 'delete-organization');
    expect(phraseInput(d)!.value).to.equal('');
    await sendKeys({ press: 'Enter' });
    await aTimeout(30);
    expect(d.open).to.equal(true);
    expect(requests).to.have.length(0);
    expect(callsTo('deleteOrganization')).to.have.length(0);
  });

  it('deletes with the exact name typed and Enter, tells the user, and hides the organization actions', async () => {
    const { client, callsTo, store } = recordingClient({ seed: unblockedSeed() });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const deleted = record(el, 'so-organization-deleted');
    const d = await openFromButton(el, 'delete-organization');
    await sendKeys({ type: ORG_NAME });
    await d.updateComplete;
    expect(confirmButton(d).disabled).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await closed(d);
    expect(deleted).to.deep.equal([{ organizationId: 'org_acme' }]);
    expect(store.effects.deleteOrganization).to.equal(1);
    expect(callsTo('deleteOrganization')).to.have.length(1);
    expect(textOf(notice(el))).to.equal('Acme Robotics was deleted.');
    expect(deepFocus()).to.equal(notice(el));
    await waitUntil(() => rowActions(el).join() === 'revoke-sessions,regenerate-secrets', 'the organization actions stayed');
    await expect(el).to.be.accessible();
  });

  it('accepts the name pasted (paste is not blocked)', async () => {
    const { client, store } = recordingClient({ seed: unblockedSeed() });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const d = await openFromButton(el, 'delete-organization');
    const input = phraseInput(d)!;
    const data = new DataTransfer();
    data.setData('text/plain', ORG_NAME);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    input.dispatchEvent(paste);
    expect(paste.defaultPrevented).to.equal(false);
    // What the browser does with a paste that nobody prevented:
    input.value = ORG_NAME;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await d.updateComplete;
    expect(confirmButton(d).disabled).to.equal(false);
    confirmButton(d).click();
    await closed(d);
    expect(store.effects.deleteOrganization).to.equal(1);
  });

  it('with active subscriptions, lists each blocker and keeps Delete disabled with the reason', async () => {
    const { client, callsTo } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const requests = record(el, 'so-organization-delete-request');
    const d = await openFromButton(el, 'delete-organization');
    const blockers = d.querySelector('[part="blockers"]')!;
    expect(textOf(blockers.querySelector('p'))).to.equal(
      'You can’t delete the organization while 2 subscriptions are active. Cancel each of them first, then delete:',
    );
    expect([...blockers.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Agent job plan — 10,000 runs',
      'Workspace capacity — 25 seats',
    ]);
    expect(phraseInput(d)).to.equal(null);
    expect(confirmButton(d).disabled).to.equal(true);
    expect(deepFocus()).to.equal(cancelButton(d));
    await expect(el).to.be.accessible();
    // Delete takes no focus, so no key reaches it. (Tabbing past the dialog's last control to show
    // it would take focus out of the page for good in Firefox, and from every later test file.)
    confirmButton(d).focus();
    expect(deepFocus()).to.equal(cancelButton(d));
    confirmButton(d).click();
    await aTimeout(30);
    expect(requests).to.have.length(0);
    expect(callsTo('deleteOrganization')).to.have.length(0);
  });

  it('links a blocker only when its href is https: or relative', async () => {
    const memory = createMemoryAccountClient();
    const client: AccountClient = {
      ...memory,
      async getOrganization(options) {
        const organization = (await memory.getOrganization(options)) as Organization;
        return {
          ...organization,
          deletionBlockers: [
            { kind: 'subscription', id: 'a', label: 'Secure', href: 'https://billing.example/sub/a' },
            { kind: 'subscription', id: 'b', label: 'Relative', href: '/settings/subscriptions#b' },
            { kind: 'subscription', id: 'c', label: 'Script', href: 'javascript:alert(1)' },
            { kind: 'subscription', id: 'd', label: 'Plain http', href: 'http://billing.example/sub/d' },
            { kind: 'subscription', id: 'e', label: 'Other host', href: '//evil.example/x' },
            { kind: 'subscription', id: 'f', label: 'No link' },
          ],
        };
      },
    };
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const d = await openFromButton(el, 'delete-organization');
    const items = [...d.querySelectorAll('[part="blockers"] li')];
    expect(items.map(textOf)).to.deep.equal(['Secure', 'Relative', 'Script', 'Plain http', 'Other host', 'No link']);
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
      'https://billing.example/sub/a',
      '/settings/subscriptions#b',
      null,
      null,
      null,
      null,
    ]);
  });

  it('a 409 (a subscription appeared meanwhile) re-reads the organization and shows its blockers', async () => {
    const { client, store, callsTo } = recordingClient({ seed: unblockedSeed() });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const errors = record<SoErrorDetail>(el, 'so-error');
    const d = await openFromButton(el, 'delete-organization');
    await waitUntil(() => callsTo('getOrganization').length === 2, 'the dialog did not refresh the organization');
    await typeInto(phraseInput(d)!, ORG_NAME);
    // Someone starts a subscription while the dialog is open.
    store.reset({ ...store.snapshot(), subscriptions: recordingClient().store.snapshot().subscriptions });
    confirmButton(d).click();
    await waitUntil(() => dialogError(d), 'no error was shown');
    expect(errors.map((detail) => detail.error.code)).to.deep.equal(['conflict']);
    expect(callsTo('getOrganization')).to.have.length(3);
    expect(textOf(dialogError(d))).to.equal('The organization can’t be deleted yet: a subscription is still active.');
    expect([...d.querySelectorAll('[part="blockers"] li')].map(textOf)).to.deep.equal([
      'Agent job plan — 10,000 runs',
      'Workspace capacity — 25 seats',
    ]);
    expect(confirmButton(d).disabled).to.equal(true);
    expect(d.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('when the organization was renamed meanwhile, re-reads it and asks for the new name', async () => {
    const { client, store } = recordingClient({ seed: unblockedSeed() });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const d = await openFromButton(el, 'delete-organization');
    await aTimeout(30); // the refresh on open
    await store.updateOrganization({ name: 'Acme Robotics GmbH' });
    await typeInto(phraseInput(d)!, ORG_NAME);
    confirmButton(d).click();
    await waitUntil(() => dialogError(d), 'no error was shown');
    expect(textOf(dialogError(d))).to.equal('The organization’s name no longer matches. Type its current name to confirm.');
    await d.updateComplete;
    expect(textOf(d.shadowRoot!.querySelector('label'))).to.equal('Type Acme Robotics GmbH to confirm');
    expect(confirmButton(d).disabled).to.equal(true);
    await typeInto(phraseInput(d)!, 'Acme Robotics GmbH');
    confirmButton(d).click();
    await closed(d);
    expect(store.effects.deleteOrganization).to.equal(1);
  });

  it('re-reads the blockers when the dialog opens, so ones canceled elsewhere no longer block', async () => {
    const { client, store } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    await store.cancelSubscription('sub_jobs', { atPeriodEnd: false });
    await store.cancelSubscription('sub_capacity', { atPeriodEnd: false });
    const d = await openFromButton(el, 'delete-organization');
    await waitUntil(() => phraseInput(d), 'the name field did not appear');
    expect(d.querySelector('[part="blockers"]')).to.equal(null);
    expect(actionButton(el, 'delete-organization').hasAttribute('aria-describedby')).to.equal(false);
  });
});

describe('<so-danger-zone> leave organization', () => {
  it('leaves after confirming, tells the user, and forgets the organization', async () => {
    const { client, store } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const left = record(el, 'so-organization-left');
    const d = await openFromButton(el, 'leave-organization');
    expect(d.heading).to.equal('Leave Acme Robotics?');
    expect(textOf(d)).to.contain('To come back, an owner must invite you again.');
    await expect(el).to.be.accessible();
    confirmButton(d).click();
    await closed(d);
    expect(left).to.deep.equal([{ organizationId: 'org_acme' }]);
    expect(store.effects.leaveOrganization).to.equal(1);
    expect(textOf(notice(el))).to.equal('You left Acme Robotics.');
    expect(deepFocus()).to.equal(notice(el));
    await waitUntil(() => rowActions(el).join() === 'revoke-sessions,regenerate-secrets', 'the organization actions stayed');
  });

  it('when the server refuses the last owner (409), keeps the dialog open saying why, and disables Leave', async () => {
    // The backend does not state lastOwner and the roles can't be read, so only the server knows.
    const { client, store } = recordingClient({ seed: lastOwnerSeed(), failures: { listRoles: 'unavailable' } });
    const el = await render(html`<so-danger-zone .client=${withoutLastOwner(client)}></so-danger-zone>`);
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('false');
    const d = await openFromButton(el, 'leave-organization');
    confirmButton(d).click();
    await waitUntil(() => dialogError(d), 'no error was shown');
    expect(textOf(dialogError(d))).to.equal('You are the only owner of Acme Robotics. Make another member an owner before you leave.');
    expect(confirmButton(d).disabled).to.equal(true);
    expect(store.effects.leaveOrganization).to.equal(undefined);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await closed(d);
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('true');
  });
});
