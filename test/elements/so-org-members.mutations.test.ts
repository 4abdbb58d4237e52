import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { createSeed } from '../../src/client/seed.js';
import type { Invitation } from '../../src/client/types.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';
import {
  $,
  $$,
  announced,
  collect,
  deepActive,
  memoryClient,
  nameOf,
  NOW,
  renderMembers,
  rowNames,
  rowOf,
  text,
  waitUntil,
} from './so-org-members.helpers.js';

const seed = createSeed(NOW);
const roleSelect = (el: SoOrgMembers, name: string) => rowOf(el, name).querySelector<HTMLSelectElement>('[part="role-select"]')!;
const removeButton = (el: SoOrgMembers, name: string) => rowOf(el, name).querySelector<HTMLButtonElement>('[part="remove-button"]')!;
const dialogPart = (el: SoOrgMembers, id: string, part: string) => $(el, id).shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
const invitation = (el: SoOrgMembers, email: string) => {
  const item = $$(el, '[part="invitation"]').find((candidate) => text(candidate.querySelector('.email')) === email);
  if (!item) throw new Error(`No invitation for ${email}`);
  return item;
};

/** Focuses and clicks a button, as pressing it does. */
function press(button: HTMLElement): void {
  button.focus();
  button.click();
}

/** Chooses `roleId` in a select the way a user does. */
function choose(select: HTMLSelectElement, roleId: string): void {
  select.focus();
  select.value = roleId;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<so-org-members> role change', () => {
  it('shows the new role at once, then fires so-member-role-changed and announces it', async () => {
    const client = memoryClient({ latencyMs: 60 });
    const el = await renderMembers(client);
    const changed = oneEvent(el, 'so-member-role-changed');
    choose(roleSelect(el, 'Priya Raman'), 'member');
    await el.updateComplete;
    expect(rowOf(el, 'Priya Raman').getAttribute('aria-label'), 'shown before the server answers').to.equal('Priya Raman, Member');
    expect(client.store.effects.updateMemberRole ?? 0).to.equal(0);
    const event = await changed;
    expect(event.detail).to.deep.equal({ memberId: 'usr_priya', roleId: 'member', previousRoleId: 'admin' });
    expect(client.store.effects.updateMemberRole).to.equal(1);
    expect(client.store.snapshot().members.find((member) => member.id === 'usr_priya')!.roleId).to.equal('member');
    await waitUntil(() => announced(el, 'status') === 'Priya Raman is now Member.', 'the change is announced');
  });

  it('rolls back and announces the error when the client fails', async () => {
    const client = memoryClient({ latencyMs: 40, failures: { updateMemberRole: 'unavailable' } });
    const errors = collect<{ operation: string }>(document, 'so-error');
    const changed = collect(document, 'so-member-role-changed');
    const el = await renderMembers(client);
    choose(roleSelect(el, 'Priya Raman'), 'billing');
    await el.updateComplete;
    expect(roleSelect(el, 'Priya Raman').value).to.equal('billing');
    await waitUntil(() => roleSelect(el, 'Priya Raman').value === 'admin', 'the role is rolled back');
    expect(rowOf(el, 'Priya Raman').getAttribute('aria-label')).to.equal('Priya Raman, Admin');
    const message = 'Couldn’t change the role of Priya Raman. The service is temporarily unavailable. Try again in a moment.';
    await waitUntil(() => announced(el, 'alert') === message, 'the error is announced');
    expect($(el, '#alert').shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(text($(el, '.banner p'))).to.equal(message);
    expect(errors.map((event) => event.detail.operation)).to.deep.equal(['updateMemberRole']);
    expect(changed).to.have.length(0);
    expect(client.store.snapshot().members.find((member) => member.id === 'usr_priya')!.roleId).to.equal('admin');
    await expect(el).to.be.accessible();
    $(el, '.banner button').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.banner')).to.be.null;
  });

  it('rolls back when the server refuses to demote the last owner', async () => {
    // The UI cannot know: a second owner is on a page that was never loaded.
    const members = seed.members.map((member) => (member.id === 'usr_daniel' ? { ...member, roleId: 'admin' } : member));
    const viewer = { ...seed.viewer, id: 'usr_priya', name: 'Priya Raman', email: 'priya.raman@acme-robotics.example' };
    const client = memoryClient({ seed: { members, viewer } });
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} page-size="2"></so-org-members>`);
    expect(roleSelect(el, 'Maya Chen').disabled, 'not known to be the last owner yet').to.be.false;
    choose(roleSelect(el, 'Maya Chen'), 'admin');
    await waitUntil(() => announced(el, 'alert').startsWith('Couldn’t change the role of Maya Chen.'), 'the refusal is announced');
    expect(roleSelect(el, 'Maya Chen').value).to.equal('owner');
    expect(announced(el, 'alert')).to.contain('conflicts with the current state');
  });
});

describe('<so-org-members> remove member', () => {
  it('confirms in a dialog that names the person; Cancel changes nothing', async () => {
    const client = memoryClient();
    const el = await renderMembers(client);
    press(removeButton(el, 'Priya Raman'));
    await waitUntil(() => $(el, '#remove-dialog').hasAttribute('open'), 'the dialog opens');
    const dialog = $(el, '#remove-dialog');
    expect(dialog.getAttribute('heading')).to.equal('Remove Priya Raman?');
    expect(text(dialog)).to.equal('Priya Raman (priya.raman@acme-robotics.example) loses access to this organization right away. You can invite them again later.');
    expect(text(dialogPart(el, '#remove-dialog', 'confirm-button'))).to.equal('Remove member');
    await expect(el).to.be.accessible();
    dialogPart(el, '#remove-dialog', 'cancel-button').click();
    await waitUntil(() => !dialog.hasAttribute('open'), 'the dialog closes');
    await aTimeout(50);
    expect(rowNames(el)).to.include('Priya Raman');
    expect(client.store.effects.removeMember ?? 0).to.equal(0);
    expect(deepActive()?.getAttribute('aria-label'), 'focus returns to Remove').to.equal('Remove Priya Raman');
  });

  it('removes at once after so-member-remove-request, then fires so-member-removed', async () => {
    const client = memoryClient({ latencyMs: 60 });
    const el = await renderMembers(client);
    const requests = collect(el, 'so-member-remove-request');
    press(removeButton(el, 'Priya Raman'));
    await waitUntil(() => $(el, '#remove-dialog').hasAttribute('open'), 'the dialog opens');
    const removed = oneEvent(el, 'so-member-removed');
    dialogPart(el, '#remove-dialog', 'confirm-button').click();
    await waitUntil(() => !rowNames(el).includes('Priya Raman'), 'the row goes at once');
    expect(client.store.effects.removeMember ?? 0, 'before the server answered').to.equal(0);
    expect(requests.map((event) => [event.detail, event.cancelable])).to.deep.equal([
      [{ memberId: 'usr_priya', name: 'Priya Raman', email: 'priya.raman@acme-robotics.example' }, true],
    ]);
    expect((await removed).detail).to.deep.equal({ memberId: 'usr_priya' });
    expect(client.store.effects.removeMember).to.equal(1);
    expect(text($(el, '.count'))).to.equal('7 members');
    expect(nameOf(deepActive()!.closest('[part~="row"]')!), 'focus moves to the next member').to.equal('Lukas Becker');
    await waitUntil(() => announced(el, 'status') === 'Priya Raman was removed from the organization.', 'announced');
  });

  it('keeps the member when the host cancels so-member-remove-request', async () => {
    const client = memoryClient();
    const el = await renderMembers(client);
    el.addEventListener('so-member-remove-request', (event) => event.preventDefault());
    press(removeButton(el, 'Kenji Watanabe'));
    await waitUntil(() => $(el, '#remove-dialog').hasAttribute('open'), 'the dialog opens');
    dialogPart(el, '#remove-dialog', 'confirm-button').click();
    await aTimeout(50);
    expect(rowNames(el)).to.include('Kenji Watanabe');
    expect(client.store.effects.removeMember ?? 0).to.equal(0);
  });

  it('puts the member back where they were and announces the error when the client fails', async () => {
    const client = memoryClient({ latencyMs: 40, failures: { removeMember: 'network' } });
    const el = await renderMembers(client);
    const removed = collect(el, 'so-member-removed');
    press(removeButton(el, 'Sofia Alvarez'));
    await waitUntil(() => $(el, '#remove-dialog').hasAttribute('open'), 'the dialog opens');
    dialogPart(el, '#remove-dialog', 'confirm-button').click();
    await waitUntil(() => !rowNames(el).includes('Sofia Alvarez'), 'removed at once');
    await waitUntil(() => rowNames(el).includes('Sofia Alvarez'), 'put back');
    expect(rowNames(el)).to.deep.equal(seed.members.map((member) => member.name));
    expect(text($(el, '.count'))).to.equal('8 members');
    await waitUntil(() => announced(el, 'alert').startsWith('Couldn’t remove Sofia Alvarez.'), 'the error is announced');
    expect(removed).to.have.length(0);
  });
});

describe('<so-org-members> pending invitations', () => {
  it('lists email, role, who invited and when, and the expiry', async () => {
    const expired: Invitation = { id: 'inv_old', email: 'old@example.com', roleId: 'member', invitedAt: '2026-04-01T12:00:00Z', expiresAt: '2026-04-08T12:00:00Z' };
    const el = await renderMembers(memoryClient({ seed: { invitations: [...seed.invitations, expired] } }));
    const jordan = invitation(el, 'jordan.lee@acme-robotics.example');
    expect(text(jordan.querySelector('.role-name'))).to.equal('Member');
    const invited = jordan.querySelector('time:not(.expiry)')!;
    const invitedAt = new Date(seed.invitations[0]!.invitedAt);
    expect(invited.getAttribute('datetime')).to.equal(invitedAt.toISOString());
    expect(text(invited)).to.equal(`Invited ${invitedAt.toLocaleDateString('en-US', { dateStyle: 'medium' })} by Maya Chen`);
    expect(jordan.querySelector('.expiry')!.getAttribute('datetime')).to.equal(seed.invitations[0]!.expiresAt);
    expect(text(jordan.querySelector('.expiry'))).to.match(/^Expires in /);
    const old = invitation(el, 'old@example.com');
    expect(old.classList.contains('expired')).to.be.true;
    expect(text(old.querySelector('.expiry'))).to.match(/^Expired .+ ago$/);
    await expect(el).to.be.accessible();
  });

  it('says when there are none', async () => {
    const el = await renderMembers(memoryClient({ seed: { invitations: [] } }));
    expect(text($(el, '.invitations-empty'))).to.equal('No pending invitations.');
  });

  it('resends an invitation and fires so-invitation-resent', async () => {
    const client = memoryClient();
    const el = await renderMembers(client);
    const resent = oneEvent(el, 'so-invitation-resent');
    press(invitation(el, 'ops@contractor.example').querySelector('.resend')!);
    expect((await resent).detail).to.deep.equal({ invitationId: 'inv_contractor' });
    expect(client.store.effects.resendInvitation).to.equal(1);
    await waitUntil(() => announced(el, 'status') === 'Invitation resent to ops@contractor.example.', 'announced');
    await waitUntil(() => text(invitation(el, 'ops@contractor.example').querySelector('.expiry')) === 'Expires in 7 days', 'new expiry');
  });

  it('revokes an invitation after confirmation and fires so-invitation-revoked', async () => {
    const client = memoryClient();
    const el = await renderMembers(client);
    press(invitation(el, 'jordan.lee@acme-robotics.example').querySelector('.revoke')!);
    await waitUntil(() => $(el, '#revoke-dialog').hasAttribute('open'), 'the dialog opens');
    expect($(el, '#revoke-dialog').getAttribute('heading')).to.equal('Revoke the invitation to jordan.lee@acme-robotics.example?');
    await expect(el).to.be.accessible();
    const revoked = oneEvent(el, 'so-invitation-revoked');
    dialogPart(el, '#revoke-dialog', 'confirm-button').click();
    expect((await revoked).detail).to.deep.equal({ invitationId: 'inv_jordan' });
    expect($$(el, '[part="invitation"]').map((item) => text(item.querySelector('.email')))).to.deep.equal(['ops@contractor.example']);
    expect(client.store.effects.revokeInvitation).to.equal(1);
    expect(deepActive()!.id).to.equal('invitations-heading');
  });

  it('puts a revoked invitation back when the client fails', async () => {
    const client = memoryClient({ latencyMs: 30, failures: { revokeInvitation: 'unavailable' } });
    const el = await renderMembers(client);
    press(invitation(el, 'jordan.lee@acme-robotics.example').querySelector('.revoke')!);
    await waitUntil(() => $(el, '#revoke-dialog').hasAttribute('open'), 'the dialog opens');
    dialogPart(el, '#revoke-dialog', 'confirm-button').click();
    await waitUntil(() => announced(el, 'alert').startsWith('Couldn’t revoke the invitation to jordan.lee@acme-robotics.example.'), 'announced');
    expect($$(el, '[part="invitation"]').map((item) => text(item.querySelector('.email')))).to.deep.equal([
      'jordan.lee@acme-robotics.example',
      'ops@contractor.example',
    ]);
  });

  it('shows a failed invitation list with its own Retry, keeping the members', async () => {
    const el = await renderMembers(memoryClient({ failures: { listInvitations: { code: 'timeout', once: true } } }));
    await waitUntil(() => !!el.shadowRoot!.querySelector('.invitations [role="alert"]'), 'the section error');
    expect(text($(el, '.invitations [role="alert"]'))).to.contain('took too long');
    expect(rowNames(el)).to.have.length(8);
    $(el, '.invitations [role="alert"] button').click();
    await waitUntil(() => $$(el, '[part="invitation"]').length === 2, 'the retry loads them');
  });

  it('hides the section when the server won’t show invitations to this viewer', async () => {
    const el = await renderMembers(memoryClient({ failures: { listInvitations: 'forbidden' } }));
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="invitations"] .skeleton'), 'loaded');
    expect(el.shadowRoot!.querySelector('[part="invitations"]')).to.be.null;
  });
});
