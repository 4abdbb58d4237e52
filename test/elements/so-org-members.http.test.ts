import { expect, html, oneEvent } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createAccountHandlers } from '../../src/mocks/index.js';
import type { SoMemberInvitedDetail } from '../../src/so-org-members.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { $, $$, renderMembers, rowNames, rowOf, setValue, text, waitUntil } from './so-org-members.helpers.js';

describe('<so-org-members> on the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const client = () => createHttpAccountClient({ baseUrl: API });

  it('renders the ready state from the REST contract', async () => {
    const el = await renderMembers(client());
    expect(rowNames(el)).to.deep.equal(store.snapshot().members.map((member) => member.name));
    expect(text($(el, '.count'))).to.equal('8 members');
    // The invitations load on their own request, so they may arrive after the members.
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="invitations"] .skeleton'), 'the invitations load');
    expect($$(el, '[part="invitation"]')).to.have.length(2);
    expect(server.requestsTo('GET', '/members')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('searches and pages with query parameters', async () => {
    const el = await renderMembers(client(), (c) => html`<so-org-members .client=${c} page-size="2" search-delay="0"></so-org-members>`);
    setValue($(el, '[part="search"]') as HTMLInputElement, 'a');
    await waitUntil(() => server.requestsTo('GET', '/members').some((request) => new URL(request.url).searchParams.get('search') === 'a'), 'search request');
    await waitUntil(() => text($(el, '.search-status')).includes('“a”'), 'search results');
    $(el, '[part="load-more"]').click();
    await waitUntil(() => rowNames(el).length === 4, 'the second page');
    const last = new URL(server.requestsTo('GET', '/members').at(-1)!.url).searchParams;
    expect(last.get('search')).to.equal('a');
    expect(last.get('limit')).to.equal('2');
    expect(last.get('cursor')).to.be.a('string');
  });

  it('changes a role through PATCH /members/{id} with an idempotency key', async () => {
    const el = await renderMembers(client());
    const changed = oneEvent(el, 'so-member-role-changed');
    const select = rowOf(el, 'Kenji Watanabe').querySelector<HTMLSelectElement>('[part="role-select"]')!;
    setValue(select, 'admin');
    await changed;
    expect(store.snapshot().members.find((member) => member.id === 'usr_kenji')!.roleId).to.equal('admin');
    const [request] = server.requestsTo('PATCH', '/members/usr_kenji');
    expect(request!.headers.get('Idempotency-Key')).to.be.a('string');
  });

  it('removes a member through DELETE /members/{id}, and resends and revokes invitations', async () => {
    const el = await renderMembers(client());
    await waitUntil(() => $$(el, '[part="invitation"]').length === 2, 'the invitations load');
    const confirm = (id: string) => $(el, id).shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!;

    const removed = oneEvent(el, 'so-member-removed');
    rowOf(el, 'Kenji Watanabe').querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
    await waitUntil(() => $(el, '#remove-dialog').hasAttribute('open'), 'the remove dialog opens');
    confirm('#remove-dialog').click();
    expect((await removed).detail).to.deep.equal({ memberId: 'usr_kenji' });
    expect(store.snapshot().members.map((member) => member.id)).not.to.include('usr_kenji');
    expect(await server.waitForRequests('DELETE', '/members/usr_kenji', 1)).to.have.length(1);

    const resent = oneEvent(el, 'so-invitation-resent');
    $(el, '[part="invitation"][data-invitation-id="inv_contractor"] .resend').click();
    expect((await resent).detail).to.deep.equal({ invitationId: 'inv_contractor' });
    expect(await server.waitForRequests('POST', '/invitations/inv_contractor/resend', 1)).to.have.length(1);

    const revoked = oneEvent(el, 'so-invitation-revoked');
    $(el, '[part="invitation"][data-invitation-id="inv_jordan"] .revoke').click();
    await waitUntil(() => $(el, '#revoke-dialog').hasAttribute('open'), 'the revoke dialog opens');
    confirm('#revoke-dialog').click();
    expect((await revoked).detail).to.deep.equal({ invitationId: 'inv_jordan' });
    expect(store.snapshot().invitations.map((invitation) => invitation.id)).not.to.include('inv_jordan');
    expect(await server.waitForRequests('DELETE', '/invitations/inv_jordan', 1)).to.have.length(1);
  });

  it('invites through POST /invitations and shows the per-row results', async () => {
    const el = await renderMembers(client());
    await el.showInviteDialog('new.hire@newhire.example\nmaya.chen@acme-robotics.example');
    const dialog = $(el, 'so-invite-dialog').shadowRoot!;
    const invited = oneEvent(el, 'so-member-invited');
    dialog.querySelector<HTMLButtonElement>('button.send')!.click();
    expect(((await invited).detail as SoMemberInvitedDetail).results.map((row) => [row.email, row.status])).to.deep.equal([['new.hire@newhire.example', 'invited']]);
    expect(store.snapshot().invitations.map((invitation) => invitation.email)).to.include('new.hire@newhire.example');
    await waitUntil(() => !!dialog.querySelector('#results-summary'), 'results');
    expect(text(dialog.querySelector('#results-summary'))).to.equal('1 person invited; 1 address not invited.');
  });
});
