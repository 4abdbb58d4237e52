import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import type { SoErrorDetail } from '../../src/internal/events.js';
import type { SoDangerZone } from '../../src/so-danger-zone.js';
import { captureConsole } from '../helpers/console.js';
import {
  actionButton,
  base,
  dialog,
  hangingClient,
  lastOwnerSeed,
  withoutLastOwner,
  loaded,
  recordingClient,
  render,
  row,
  rowActions,
  shadow,
  textOf,
  unblockedSeed,
  viewerWith,
} from './so-danger-zone-helpers.js';

const ALL = ['revoke-sessions', 'regenerate-secrets', 'leave-organization', 'delete-organization'];

describe('<so-danger-zone> states', () => {
  it('shows a loading skeleton with aria-busy while it loads', async () => {
    const el = await fixture<SoDangerZone>(html`<so-danger-zone .client=${hangingClient()}></so-danger-zone>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    expect(rowActions(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows every action the client supports and the viewer may take, each explained, when ready', async () => {
    const el = await render(html`<so-danger-zone .client=${createMemoryAccountClient()}></so-danger-zone>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('false');
    expect(base(el).getAttribute('aria-label')).to.equal('Danger zone');
    expect(rowActions(el)).to.deep.equal(ALL);
    const revoke = row(el, 'revoke-sessions')!;
    expect(textOf(revoke.querySelector('[role="heading"]'))).to.equal('Sign out of all sessions');
    expect(revoke.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(textOf(revoke)).to.contain('Signs you out on every device and browser at once.');
    expect(textOf(row(el, 'regenerate-secrets'))).to.contain('Every integration still using the old credentials stops working');
    expect(textOf(row(el, 'leave-organization'))).to.contain('Removes you from Acme Robotics.');
    expect(textOf(row(el, 'delete-organization'))).to.contain('Permanently deletes Acme Robotics');
    expect(textOf(actionButton(el, 'delete-organization'))).to.equal('Delete organization');
    expect(actionButton(el, 'delete-organization').classList.contains('danger')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says on the delete row that active subscriptions must be canceled first', async () => {
    const el = await render(html`<so-danger-zone .client=${createMemoryAccountClient()}></so-danger-zone>`);
    const button = actionButton(el, 'delete-organization');
    const note = shadow(el).getElementById(button.getAttribute('aria-describedby')!);
    expect(textOf(note)).to.equal('2 active subscriptions must be canceled first.');
    const unblocked = await render(html`<so-danger-zone .client=${createMemoryAccountClient({ seed: unblockedSeed() })}></so-danger-zone>`);
    expect(actionButton(unblocked, 'delete-organization').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('shows an alert chosen by the error code with Retry, fires so-error, and recovers on Retry', async () => {
    const client = createMemoryAccountClient({ failures: { getOrganization: { code: 'unavailable', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await render(
      html`<so-danger-zone .client=${client} @so-error=${(event: CustomEvent<SoErrorDetail>) => errors.push(event.detail)}></so-danger-zone>`,
    );
    expect(errors.map(({ operation, error }) => [operation, error.code])).to.deep.equal([['getOrganization', 'unavailable']]);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.contain('The service is temporarily unavailable.');
    expect(rowActions(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    alert.querySelector('button')!.click();
    await waitUntil(() => rowActions(el).length === 4, 'Retry did not load the actions');
    expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
  });

  it('shows the empty state, saying why, when the viewer may take none of the actions', async () => {
    const client = createMemoryAccountClient({
      seed: { ...viewerWith(), organization: null },
      capabilities: { omit: ['revokeAllSessions'] },
    });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(rowActions(el)).to.deep.equal([]);
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal(
      'These actions need permissions you don’t have. Ask an owner of the organization.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the plain empty state when the client supports none of the actions', async () => {
    const client = createMemoryAccountClient({
      capabilities: { omit: ['revokeAllSessions', 'regenerateSecrets', 'leaveOrganization', 'deleteOrganization'] },
    });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('There are no actions here that you can take.');
  });
});

describe('<so-danger-zone> which actions', () => {
  it('shows the actions listed in `actions`, in that order', async () => {
    const el = await render(
      html`<so-danger-zone actions="delete-organization revoke-sessions" .client=${createMemoryAccountClient()}></so-danger-zone>`,
    );
    expect(rowActions(el)).to.deep.equal(['delete-organization', 'revoke-sessions']);
    el.actions = 'regenerate-secrets';
    await loaded(el);
    expect(rowActions(el)).to.deep.equal(['regenerate-secrets']);
  });

  it('hides an action the client does not support (no dead buttons)', async () => {
    const client = createMemoryAccountClient({ capabilities: { omit: ['regenerateSecrets', 'leaveOrganization'] } });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(rowActions(el)).to.deep.equal(['revoke-sessions', 'delete-organization']);
  });

  it('hides the actions the viewer may not take', async () => {
    const client = createMemoryAccountClient({ seed: viewerWith('billing:manage') });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    // Signing out and leaving concern only the viewer: no permission needed.
    expect(rowActions(el)).to.deep.equal(['revoke-sessions', 'leave-organization']);
  });

  it('with show-unavailable, shows them disabled with the reason, and their button opens nothing', async () => {
    const client = createMemoryAccountClient({ seed: viewerWith('billing:manage') });
    const el = await render(html`<so-danger-zone show-unavailable .client=${client}></so-danger-zone>`);
    expect(rowActions(el)).to.deep.equal(ALL);
    for (const action of ['regenerate-secrets', 'delete-organization'] as const) {
      const button = actionButton(el, action);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(shadow(el).getElementById(button.getAttribute('aria-describedby')!))).to.equal(
        'You don’t have permission to do this.',
      );
      button.click();
      await el.updateComplete;
      expect(dialog(el, action).open).to.equal(false);
    }
    expect(actionButton(el, 'revoke-sessions').getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('hides leave and delete when the viewer belongs to no organization, or says why with show-unavailable', async () => {
    const client = createMemoryAccountClient({ seed: { organization: null } });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(rowActions(el)).to.deep.equal(['revoke-sessions', 'regenerate-secrets']);
    el.showUnavailable = true;
    await el.updateComplete;
    expect(textOf(row(el, 'leave-organization'))).to.contain('You don’t belong to an organization.');
  });

  for (const [backend, wrap] of [
    ['stated by the backend', (client: AccountClient) => client],
    ['read from the members', withoutLastOwner],
  ] as const) {
    it(`tells the last owner (${backend}) in advance to transfer ownership, and does not let them leave`, async () => {
      const recording = recordingClient({ seed: lastOwnerSeed() });
      const el = await render(html`<so-danger-zone .client=${wrap(recording.client)}></so-danger-zone>`);
      const button = actionButton(el, 'leave-organization');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(shadow(el).getElementById(button.getAttribute('aria-describedby')!))).to.equal(
        'You are the only owner of Acme Robotics. Make another member an owner before you leave.',
      );
      button.click();
      await el.updateComplete;
      expect(dialog(el, 'leave-organization').open).to.equal(false);
      expect(recording.callsTo('leaveOrganization')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }

  it('takes the viewer’s lastOwner from the backend without reading the members', async () => {
    const { client, callsTo } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('false');
    expect(callsTo('getViewer')).to.have.length(1);
    expect(callsTo('listMembers')).to.have.length(0);
  });

  it('tells again on reload: the last owner who made another member an owner may leave', async () => {
    const { client, store } = recordingClient({ seed: lastOwnerSeed() });
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('true');
    await store.updateMemberRole('usr_daniel', 'owner');
    await el.reload();
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('false');
  });

  it('without the backend’s lastOwner, lets an owner leave when another owner remains, and reads members only when Leave is shown', async () => {
    const { client, callsTo } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${withoutLastOwner(client)}></so-danger-zone>`);
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('false');
    expect(callsTo('listMembers')).to.have.length(1);

    const other = recordingClient();
    await render(html`<so-danger-zone actions="revoke-sessions delete-organization" .client=${withoutLastOwner(other.client)}></so-danger-zone>`);
    expect(other.callsTo('listMembers')).to.have.length(0);
  });

  it('still offers Leave when the members cannot be read (the server decides)', async () => {
    const client = createMemoryAccountClient({ seed: lastOwnerSeed(), failures: { listMembers: 'unavailable' } });
    const el = await render(html`<so-danger-zone .client=${withoutLastOwner(client)}></so-danger-zone>`);
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('false');
  });

  it('uses heading-level for the action titles', async () => {
    const el = await render(html`<so-danger-zone heading-level="2" .client=${createMemoryAccountClient()}></so-danger-zone>`);
    expect(row(el, 'revoke-sessions')!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });
});

describe('<so-danger-zone> development warnings', () => {
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => (warnings = captureConsole('warn')));
  afterEach(() => warnings.restore());

  it('warns about an unknown action name and ignores it', async () => {
    const el = await render(html`<so-danger-zone actions="revoke-sessions delete-everything" .client=${createMemoryAccountClient()}></so-danger-zone>`);
    expect(rowActions(el)).to.deep.equal(['revoke-sessions']);
    expect(warnings.messages.join('\n')).to.contain('actions lists delete-everything, which is not one of');
  });

  it('warns when a listed action is not supported by the client', async () => {
    const client = createMemoryAccountClient({ capabilities: { omit: ['regenerateSecrets'] } });
    await render(html`<so-danger-zone actions="regenerate-secrets revoke-sessions" .client=${client}></so-danger-zone>`);
    expect(warnings.messages.join('\n')).to.contain('actions lists regenerate-secrets, but the client has no regenerateSecrets()');
  });

  it('does not warn about unsupported actions it was not asked for', async () => {
    const client = createMemoryAccountClient({ capabilities: { omit: ['regenerateSecrets'] } });
    await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    expect(warnings.messages.join('\n')).not.to.contain('regenerateSecrets');
  });

  it('warns about a heading-level outside 2–6 and uses 3', async () => {
    const el = await render(html`<so-danger-zone heading-level="9" .client=${createMemoryAccountClient()}></so-danger-zone>`);
    expect(warnings.messages.join('\n')).to.contain('heading-level="9" is not 2–6; using 3.');
    expect(row(el, 'revoke-sessions')!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });
});
