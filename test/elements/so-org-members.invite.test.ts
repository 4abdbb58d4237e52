import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createSeed } from '../../src/client/seed.js';
import type { InviteRow } from '../../src/client/types.js';
import type { SoMemberInvitedDetail, SoOrgMembers } from '../../src/so-org-members.js';
import {
  $,
  $$,
  announced,
  collect,
  deepActive,
  memoryClient,
  NOW,
  recordingClient,
  renderMembers,
  setValue,
  text,
  waitUntil,
} from './so-org-members.helpers.js';

const seed = createSeed(NOW);

/** The invite dialog's shadow root. */
const dialogRoot = (el: SoOrgMembers) => $(el, 'so-invite-dialog').shadowRoot!;
/** The invite dialog is loaded and rendered when first opened. */
const dialogOpen = (el: SoOrgMembers) => !!el.shadowRoot!.querySelector('so-invite-dialog')?.shadowRoot?.querySelector('dialog[open]');
const inDialog = <T extends HTMLElement = HTMLElement>(el: SoOrgMembers, selector: string) => dialogRoot(el).querySelector<T>(selector)!;
const textarea = (el: SoOrgMembers) => inDialog<HTMLTextAreaElement>(el, 'textarea');
const sendButton = (el: SoOrgMembers) => inDialog<HTMLButtonElement>(el, 'button.send');
/** The rows of the preview or results table: [email, role, status]. */
const tableRows = (el: SoOrgMembers) =>
  [...dialogRoot(el).querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => text(cell)));

async function openDialog(el: SoOrgMembers): Promise<void> {
  const button = $(el, '[part="invite-button"]');
  button.focus();
  button.click();
  await waitUntil(() => dialogOpen(el), 'the invite dialog opens');
}

/** Pastes into the address field, as a user would (one input event). */
async function paste(el: SoOrgMembers, value: string): Promise<void> {
  setValue(textarea(el), value);
  await ($(el, 'so-invite-dialog') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

// Valid (2, one with a CSV role), invalid, duplicate, already a member, already invited.
const MIXED = [
  'ada@newhire.example, not-an-email',
  'grace@newhire.example,admin',
  'ADA@newhire.example',
  'priya.raman@acme-robotics.example',
  'jordan.lee@acme-robotics.example',
].join('\n');

describe('<so-org-members> invite dialog', () => {
  it('opens as a modal dialog with focus in the address field and the default role described', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    const dialog = inDialog<HTMLDialogElement>(el, 'dialog');
    expect(dialog.matches(':modal')).to.be.true;
    expect(text(inDialog(el, '#heading'))).to.equal('Invite members');
    expect(deepActive() === textarea(el), 'focus is in the address field').to.be.true;
    expect(text(inDialog(el, '#emails-hint'))).to.contain('commas, spaces or new lines');
    expect(text(inDialog(el, '#limit-hint'))).to.equal('You can invite up to 100 people at a time.');
    expect(inDialog<HTMLSelectElement>(el, '#role').value).to.equal('member');
    expect(text(inDialog(el, '#role-description'))).to.equal('Runs agents and views usage.');
    expect(sendButton(el).disabled, 'nothing to send yet').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('describes the role chosen', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    setValue(inDialog<HTMLSelectElement>(el, '#role'), 'billing');
    await paste(el, 'ada@newhire.example');
    expect(text(inDialog(el, '#role-description'))).to.equal('Manages the plan, payment method and invoices.');
    expect(tableRows(el)).to.deep.equal([['ada@newhire.example', 'Billing', 'Ready to send']]);
  });

  it('previews a mixed paste with the problems found locally', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    await paste(el, MIXED);
    expect(tableRows(el)).to.deep.equal([
      ['ada@newhire.example', 'Member', 'Ready to send'],
      ['not-an-email', 'Member', 'Not a valid email address'],
      ['grace@newhire.example', 'Admin', 'Ready to send'],
      ['ADA@newhire.example', 'Member', 'Listed more than once'],
      ['priya.raman@acme-robotics.example', 'Member', 'Already a member'],
      ['jordan.lee@acme-robotics.example', 'Member', 'Already invited'],
    ]);
    expect(text(inDialog(el, '#preview-summary'))).to.equal('2 addresses ready to send; 4 with problems will be skipped.');
    expect(text(sendButton(el))).to.equal('Send 2 invitations');
    expect(sendButton(el).disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('previews addresses as they are typed, one a line or separated by spaces', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    await sendKeys({ type: 'ada@newhire.example' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'grace@newhire.example not-an-email' });
    await ($(el, 'so-invite-dialog') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textarea(el).value).to.equal('ada@newhire.example\ngrace@newhire.example not-an-email');
    expect(dialogRoot(el).querySelector('dialog[open]'), 'Enter in the address field does not send').to.exist;
    expect(tableRows(el)).to.deep.equal([
      ['ada@newhire.example', 'Member', 'Ready to send'],
      ['grace@newhire.example', 'Member', 'Ready to send'],
      ['not-an-email', 'Member', 'Not a valid email address'],
    ]);
    expect(text(sendButton(el))).to.equal('Send 2 invitations');
  });

  it('reads a CSV paste with a header, flagging an unknown role', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    await paste(el, 'email,role\n"ada@newhire.example","Admin"\ngrace@newhire.example,billing\nalan@newhire.example,superuser');
    expect(tableRows(el)).to.deep.equal([
      ['ada@newhire.example', 'Admin', 'Ready to send'],
      ['grace@newhire.example', 'Billing', 'Ready to send'],
      ['alan@newhire.example', 'superuser', 'No role called “superuser”'],
    ]);
  });

  it('sends only the ready rows and shows one result per row', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    const el = await renderMembers(client);
    await openDialog(el);
    await paste(el, MIXED);
    const invited = oneEvent(el, 'so-member-invited');
    sendButton(el).click();
    const event = await invited;
    expect(callsTo('inviteMembers').map((call) => call.args[0] as InviteRow[])).to.deep.equal([
      [
        { email: 'ada@newhire.example', roleId: 'member' },
        { email: 'grace@newhire.example', roleId: 'admin' },
      ],
    ]);
    const detail: SoMemberInvitedDetail = event.detail;
    expect(detail.results.map(({ email, status, roleId }) => ({ email, status, roleId }))).to.deep.equal([
      { email: 'ada@newhire.example', status: 'invited', roleId: 'member' },
      { email: 'grace@newhire.example', status: 'invited', roleId: 'admin' },
    ]);
    expect(detail.results.every((row) => typeof row.invitationId === 'string')).to.be.true;
    expect(JSON.stringify(detail)).not.to.contain('invitedBy');
    await waitUntil(() => !!dialogRoot(el).querySelector('#results-summary'), 'the results show');
    expect(text(inDialog(el, '#results-summary'))).to.equal('2 people invited; 4 addresses not invited.');
    expect(deepActive()?.id, 'focus moves to the summary').to.equal('results-summary');
    expect(tableRows(el)).to.deep.equal([
      ['ada@newhire.example', 'Member', 'Invited'],
      ['not-an-email', 'Member', 'Not sent: Not a valid email address'],
      ['grace@newhire.example', 'Admin', 'Invited'],
      ['ADA@newhire.example', 'Member', 'Not sent: Listed more than once'],
      ['priya.raman@acme-robotics.example', 'Member', 'Not sent: Already a member'],
      ['jordan.lee@acme-robotics.example', 'Member', 'Not sent: Already invited'],
    ]);
    await expect(el).to.be.accessible();
    expect(client.store.effects.inviteMembers).to.equal(1);
    await waitUntil(() => $$(el, '[part="invitation"]').length === 4, 'the new invitations are listed');
    expect($$(el, '[part="invitation"] .email').map((item) => text(item))).to.include.members(['ada@newhire.example', 'grace@newhire.example']);
    await waitUntil(() => announced(el, 'status') === '2 invitations sent.', 'announced');
  });

  it('shows the server’s result for an address the element could not check', async () => {
    // Only three members are loaded, so Tom (a member) passes the local check; the server knows better.
    const el = await renderMembers(memoryClient(), (c) => html`<so-org-members .client=${c} page-size="3"></so-org-members>`);
    await openDialog(el);
    await paste(el, 'tom.lindqvist@acme-robotics.example new@newhire.example');
    expect(tableRows(el).map((row) => row[2])).to.deep.equal(['Ready to send', 'Ready to send']);
    sendButton(el).click();
    await waitUntil(() => !!dialogRoot(el).querySelector('#results-summary'), 'results');
    expect(tableRows(el)).to.deep.equal([
      ['tom.lindqvist@acme-robotics.example', 'Member', 'Already a member'],
      ['new@newhire.example', 'Member', 'Invited'],
    ]);
    expect(text(inDialog(el, '#results-summary'))).to.equal('1 person invited; 1 address not invited.');
  });

  it('explains the limit per request instead of cutting the list', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} max-invites="2"></so-org-members>`);
    await openDialog(el);
    expect(text(inDialog(el, '#limit-hint'))).to.equal('You can invite up to 2 people at a time.');
    await paste(el, 'a@newhire.example b@newhire.example c@newhire.example');
    const status = inDialog(el, '#send-status');
    expect(text(status)).to.equal(
      'You can invite up to 2 people at a time, and 3 addresses are ready to send. Remove 1, then send the rest in another invitation.',
    );
    expect(sendButton(el).disabled).to.be.true;
    expect(sendButton(el).getAttribute('aria-describedby')).to.equal('send-status');
    inDialog<HTMLFormElement>(el, 'form').requestSubmit();
    await aTimeout(20);
    expect(callsTo('inviteMembers')).to.have.length(0);
    await expect(el).to.be.accessible();
    await paste(el, 'a@newhire.example b@newhire.example');
    expect(text(status)).to.equal('');
    expect(sendButton(el).disabled).to.be.false;
  });

  it('keeps the input and explains a failure; sending again reuses the idempotency key', async () => {
    const { client, callsTo } = recordingClient(memoryClient({ failures: { inviteMembers: { code: 'unavailable', once: true } } }));
    const el = await renderMembers(client);
    await openDialog(el);
    await paste(el, 'ada@newhire.example');
    sendButton(el).click();
    await waitUntil(() => !!dialogRoot(el).querySelector('[role="alert"]'), 'the failure shows');
    expect(text(inDialog(el, '[role="alert"]'))).to.equal('The invitations weren’t sent. The service is temporarily unavailable. Try again in a moment.');
    expect(textarea(el).value).to.equal('ada@newhire.example');
    await expect(el).to.be.accessible();
    sendButton(el).click();
    await waitUntil(() => !!dialogRoot(el).querySelector('#results-summary'), 'the retry succeeds');
    const keys = callsTo('inviteMembers').map((call) => call.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
  });

  it('sends once however often Send is pressed', async () => {
    const client = memoryClient({ latencyMs: 50 });
    const el = await renderMembers(client);
    await openDialog(el);
    await paste(el, 'ada@newhire.example');
    sendButton(el).click();
    sendButton(el).click();
    inDialog<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => !!dialogRoot(el).querySelector('#results-summary'), 'results');
    expect(client.store.effects.inviteMembers).to.equal(1);
  });

  it('explains a plan without organizations and fires so-upgrade-request', async () => {
    const organization = { ...seed.organization!, planName: 'Starter', features: [] };
    const el = await renderMembers(memoryClient({ seed: { organization }, failures: { inviteMembers: 'forbidden' } }));
    const upgrades = collect<{ trigger: string; planName: string }>(el, 'so-upgrade-request');
    await openDialog(el);
    await paste(el, 'ada@newhire.example');
    sendButton(el).click();
    await waitUntil(() => !!dialogRoot(el).querySelector('[role="alert"]'), 'the failure shows');
    expect(text(inDialog(el, '[role="alert"]'))).to.contain('Your Starter plan doesn’t include organizations');
    expect(upgrades.map((event) => [event.detail.trigger, event.detail.planName])).to.deep.equal([['invite', 'Starter']]);
  });

  it('closes with Escape and returns focus to the Invite button', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogRoot(el).querySelector('dialog[open]'), 'closed');
    expect(deepActive()?.getAttribute('part')).to.equal('invite-button');
  });

  it('starts over with Invite more, and Done closes', async () => {
    const el = await renderMembers(memoryClient());
    await openDialog(el);
    await paste(el, 'ada@newhire.example');
    sendButton(el).click();
    await waitUntil(() => !!dialogRoot(el).querySelector('#results-summary'), 'results');
    const [inviteMore, done] = [...dialogRoot(el).querySelectorAll<HTMLButtonElement>('.actions button')];
    inviteMore!.click();
    await waitUntil(() => !!dialogRoot(el).querySelector('textarea'), 'back to the address field');
    expect(textarea(el).value).to.equal('');
    expect(deepActive() === textarea(el)).to.be.true;
    await paste(el, 'ada@newhire.example');
    expect(tableRows(el), 'the new invitation is now known').to.deep.equal([['ada@newhire.example', 'Member', 'Already invited']]);
    dialogRoot(el).querySelector<HTMLButtonElement>('button.cancel')!.click();
    await waitUntil(() => !dialogRoot(el).querySelector('dialog[open]'), 'Cancel closes');
    await openDialog(el);
    await paste(el, 'bob@newhire.example');
    sendButton(el).click();
    await waitUntil(() => !!dialogRoot(el).querySelector('#results-summary'), 'results');
    expect(done).to.exist;
    [...dialogRoot(el).querySelectorAll<HTMLButtonElement>('.actions button')][1]!.click();
    await waitUntil(() => !dialogRoot(el).querySelector('dialog[open]'), 'Done closes');
  });

  it('creates the dialog only when it is first opened', async () => {
    const el = await renderMembers(memoryClient());
    expect(el.shadowRoot!.querySelector('so-invite-dialog')).to.be.null;
    await openDialog(el);
    expect(dialogOpen(el)).to.be.true;
  });

  it('opens pre-filled from showInviteDialog()', async () => {
    const el = await renderMembers(memoryClient());
    await el.showInviteDialog('ada@newhire.example, grace@newhire.example');
    expect(dialogRoot(el).querySelector('dialog[open]')).to.exist;
    expect(tableRows(el).map((row) => row[0])).to.deep.equal(['ada@newhire.example', 'grace@newhire.example']);
  });

  it('does not open for a viewer who cannot manage members', async () => {
    const viewer = { ...seed.viewer, permissions: [] };
    const el = await renderMembers(memoryClient({ seed: { viewer } }));
    await el.showInviteDialog('ada@newhire.example');
    expect(el.shadowRoot!.querySelector('so-invite-dialog')).to.be.null;
  });
});
