import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { SoErrorDetail, SoReauthRequiredDetail } from '../../src/internal/events.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import type { SoSecretsRegeneratedDetail } from '../../src/so-danger-zone.js';
import { API, setupMockServer } from '../helpers/msw.js';
import {
  actionButton,
  closed,
  confirmButton,
  dialogError,
  lastOwnerSeed,
  withoutLastOwner,
  openFromButton,
  ORG_NAME,
  phraseInput,
  record,
  render,
  row,
  rowActions,
  secretPanel,
  textOf,
  unblockedSeed,
} from './so-danger-zone-helpers.js';

const ALL = ['revoke-sessions', 'regenerate-secrets', 'leave-organization', 'delete-organization'];

describe('<so-danger-zone> over the HTTP client and the MSW handlers', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });
  const httpClient = () => createHttpAccountClient({ baseUrl: API });

  it('renders the ready state from the REST contract', async () => {
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    expect(rowActions(el)).to.deep.equal(ALL);
    expect(textOf(row(el, 'delete-organization'))).to.contain('2 active subscriptions must be canceled first.');
    await expect(el).to.be.accessible();
  });

  it('signs out every session with one POST carrying an Idempotency-Key, then fires so-sessions-revoked', async () => {
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const revoked = record(el, 'so-sessions-revoked');
    const d = await openFromButton(el, 'revoke-sessions');
    confirmButton(d).click();
    await closed(d);
    expect(revoked).to.have.length(1);
    const posts = await server.waitForRequests('POST', '/sessions/revoke-all', 1);
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.be.empty;
    expect(store.effects.revokeAllSessions).to.equal(1);
  });

  it('re-reads the blockers after a 409 on delete and shows them', async () => {
    store.reset({ subscriptions: [] });
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const d = await openFromButton(el, 'delete-organization');
    await waitUntil(() => server.answeredTo('GET', '/organization').length >= 2, 'the dialog did not refresh the organization');
    // A subscription is started elsewhere while the user types the name.
    const seed = store.snapshot();
    store.reset({ ...seed, subscriptions: new AccountStore().snapshot().subscriptions });
    await sendKeys({ type: ORG_NAME });
    await d.updateComplete;
    confirmButton(d).click();
    await waitUntil(() => d.querySelector('[role="alert"]'), 'no error was shown');
    expect(textOf(d.querySelector('[role="alert"]'))).to.equal('The organization can’t be deleted yet: a subscription is still active.');
    expect(textOf(d.querySelector('[part="blockers"]'))).to.contain('Agent job plan — 10,000 runs');
    expect(confirmButton(d).disabled).to.equal(true);
    expect(d.open).to.equal(true);
    expect(store.effects.deleteOrganization).to.equal(undefined);
    expect(server.requestsTo('GET', '/organization').length).to.be.at.least(3);
    await expect(el).to.be.accessible();
  });

  it('with active subscriptions, keeps Delete disabled and sends no delete request', async () => {
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const d = await openFromButton(el, 'delete-organization');
    expect([...d.querySelectorAll('[part="blockers"] li')].map(textOf)).to.deep.equal([
      'Agent job plan — 10,000 runs',
      'Workspace capacity — 25 seats',
    ]);
    expect(phraseInput(d)).to.equal(null);
    expect(confirmButton(d).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    confirmButton(d).click();
    await sendKeys({ press: 'Enter' });
    expect(await server.waitForRequests('POST', '/organization/delete', 1)).to.have.length(0);
  });

  it('sends no delete request for a name that does not match exactly, by Enter or by click', async () => {
    store.reset(unblockedSeed());
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const requests = record(el, 'so-organization-delete-request');
    const d = await openFromButton(el, 'delete-organization');
    await waitUntil(() => phraseInput(d), 'the name field did not appear');
    for (const typed of ['', `${ORG_NAME} `, 'acme robotics', 'Acme R\u043ebotics']) {
      const input = phraseInput(d)!;
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
      if (typed) await sendKeys({ type: typed });
      await d.updateComplete;
      expect(input.value).to.equal(typed);
      expect(confirmButton(d).disabled).to.equal(true);
      await sendKeys({ press: 'Enter' });
      confirmButton(d).click();
    }
    expect(await server.waitForRequests('POST', '/organization/delete', 1)).to.have.length(0);
    expect(requests).to.have.length(0);
    expect(d.open).to.equal(true);
    expect(store.effects.deleteOrganization).to.equal(undefined);
  });

  it('deletes with the exact name through one POST /organization/delete, then fires so-organization-deleted', async () => {
    store.reset(unblockedSeed());
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const deleted = record(el, 'so-organization-deleted');
    const d = await openFromButton(el, 'delete-organization');
    await waitUntil(() => phraseInput(d), 'the name field did not appear');
    await sendKeys({ type: ORG_NAME });
    await d.updateComplete;
    await sendKeys({ press: 'Enter' });
    await closed(d);
    expect(deleted).to.deep.equal([{ organizationId: 'org_acme' }]);
    // The store refuses a confirmName that differs, so this also checks the body sent.
    expect(store.effects.deleteOrganization).to.equal(1);
    const posts = await server.waitForRequests('POST', '/organization/delete', 1);
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.be.empty;
    await waitUntil(() => rowActions(el).join() === 'revoke-sessions,regenerate-secrets', 'the organization actions stayed');
  });

  it('regenerates the secrets with one POST and shows them once; so-secrets-regenerated carries ids only', async () => {
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const details = record<SoSecretsRegeneratedDetail>(el, 'so-secrets-regenerated');
    const d = await openFromButton(el, 'regenerate-secrets');
    confirmButton(d).click();
    await waitUntil(() => details.length === 1, 'so-secrets-regenerated did not fire');
    const active = (await store.listApiKeys()).filter((key) => key.status === 'active');
    expect(details[0]!.keyIds).to.have.members(active.map((key) => key.id));
    const panel = secretPanel(el);
    expect(panel.open).to.equal(true);
    const shown = [...panel.shadowRoot!.querySelectorAll('so-secret-field')].map((field) => textOf(field.shadowRoot!));
    expect(shown).to.have.length(active.length);
    for (const text of shown) {
      const secret = text.match(/sk-so-[0-9A-Za-z]{40}/)![0];
      expect(JSON.stringify(details[0])).not.to.contain(secret);
    }
    const posts = await server.waitForRequests('POST', '/secrets/regenerate', 1);
    expect(posts).to.have.length(1);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.be.empty;
    expect(store.effects.regenerateSecrets).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a vetoed request event sends nothing to the server', async () => {
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    el.addEventListener('so-sessions-revoke-request', (event) => event.preventDefault());
    const d = await openFromButton(el, 'revoke-sessions');
    confirmButton(d).click();
    await closed(d);
    expect(await server.waitForRequests('POST', '/sessions/revoke-all', 1)).to.have.length(0);
    expect(store.effects.revokeAllSessions).to.equal(undefined);
  });

  it('a double click on Confirm sends one POST /organization/leave', async () => {
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const left = record(el, 'so-organization-left');
    const d = await openFromButton(el, 'leave-organization');
    confirmButton(d).click();
    confirmButton(d).click();
    await closed(d);
    expect(left).to.deep.equal([{ organizationId: 'org_acme' }]);
    expect(await server.waitForRequests('POST', '/organization/leave', 2)).to.have.length(1);
    expect(store.effects.leaveOrganization).to.equal(1);
  });

  it('the server’s 409 for the last owner keeps the Leave dialog open saying why', async () => {
    // The viewer's lastOwner is not sent and the roles can't be read, so only the server knows.
    const backend = createMemoryAccountClient({ seed: lastOwnerSeed(), failures: { listRoles: 'unavailable' } });
    server.worker.use(...createAccountHandlers(withoutLastOwner(backend), { baseUrl: API }));
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const errors = record<SoErrorDetail>(el, 'so-error');
    expect(actionButton(el, 'leave-organization').getAttribute('aria-disabled')).to.equal('false');
    const d = await openFromButton(el, 'leave-organization');
    confirmButton(d).click();
    await waitUntil(() => dialogError(d), 'no error was shown');
    expect(errors.map((detail) => [detail.operation, detail.error.code])).to.deep.equal([['leaveOrganization', 'conflict']]);
    expect(textOf(dialogError(d))).to.equal('You are the only owner of Acme Robotics. Make another member an owner before you leave.');
    expect(confirmButton(d).disabled).to.equal(true);
    expect(d.open).to.equal(true);
    expect(backend.store.effects.leaveOrganization).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a 403 reauth_required fires so-reauth-required; retry() sends the same Idempotency-Key and takes effect once', async () => {
    const backend = createMemoryAccountClient({ seed: unblockedSeed(), failures: { deleteOrganization: { code: 'reauth_required', once: true } } });
    server.worker.use(...createAccountHandlers(backend, { baseUrl: API }));
    const el = await render(html`<so-danger-zone .client=${httpClient()}></so-danger-zone>`);
    const reauths = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
    const deleted = record(el, 'so-organization-deleted');
    const d = await openFromButton(el, 'delete-organization');
    await waitUntil(() => phraseInput(d), 'the name field did not appear');
    await sendKeys({ type: ORG_NAME });
    await d.updateComplete;
    confirmButton(d).click();
    await waitUntil(() => reauths.length === 1, 'so-reauth-required did not fire');
    expect(reauths[0]!.operation).to.equal('deleteOrganization');
    await waitUntil(() => dialogError(d), 'no error was shown');
    expect(textOf(dialogError(d))).to.equal('For your security, confirm your identity again to continue.');
    expect(backend.store.effects.deleteOrganization).to.equal(undefined);

    await reauths[0]!.retry();
    await closed(d);
    expect(deleted).to.deep.equal([{ organizationId: 'org_acme' }]);
    const posts = await server.waitForRequests('POST', '/organization/delete', 2);
    expect(posts).to.have.length(2);
    const [first, second] = posts.map((post) => post.headers.get('Idempotency-Key'));
    expect(first).to.be.a('string').and.not.be.empty;
    expect(second).to.equal(first);
    expect(backend.store.effects.deleteOrganization).to.equal(1);
  });
});
