import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  announced,
  button,
  cancelButton,
  clientWith,
  confirmButton,
  deepActiveElement,
  dialogBody,
  dialogClosed,
  dialogHeading,
  dialogOpened,
  fieldButton,
  keyCard,
  openDialog,
  recordEvents,
  renderPanel,
  settle,
  textOf,
  nodeOf,
  same,
} from './so-api-key-panel-helpers.js';

const badge = (card: HTMLElement) => textOf(card.querySelector('[part="badge"]'));

describe('<so-api-key-panel> revoke', () => {
  it('confirms naming the key, revokes it once, shows it revoked and announces it', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const events = recordEvents(el, 'so-api-key-revoke-request', 'so-api-key-revoked');
    button(el, 'Revoke CI deploys')!.click();
    const dialog = await dialogOpened(el);
    expect(dialogHeading(dialog)).to.equal('Revoke “CI deploys”?');
    expect(dialogBody(dialog)).to.equal('Requests that use this key stop working immediately. This cannot be undone.');
    expect(dialog.variant).to.equal('danger');
    expect(textOf(confirmButton(dialog))).to.equal('Revoke key');
    await expect(el).to.be.accessible();

    confirmButton(dialog).click();
    await dialogClosed(el);
    await waitUntil(() => badge(keyCard(el, 'CI deploys')) === 'Revoked', 'the key shows revoked');
    expect(client.callsTo('revokeApiKey').map((call) => call.args)).to.deep.equal([['key_ci']]);
    expect(client.callsTo('revokeApiKey')[0]!.options?.idempotencyKey).to.be.a('string');
    const card = keyCard(el, 'CI deploys');
    expect(nodeOf(button(card, 'Rotate CI deploys'))).to.equal(null);
    expect(nodeOf(button(card, 'Revoke CI deploys'))).to.equal(null);
    expect(events.map((entry) => [entry.type, entry.detail])).to.deep.equal([
      ['so-api-key-revoke-request', { id: 'key_ci', name: 'CI deploys' }],
      ['so-api-key-revoked', { id: 'key_ci', name: 'CI deploys' }],
    ]);
    expect((events[0]!.event as CustomEvent).cancelable).to.equal(true);
    await waitUntil(() => announced(el) === 'CI deploys was revoked.', 'the revocation is announced');
    expect(same(deepActiveElement(), card.querySelector('[part="key-name"]')), 'focus moves to the revoked key').to.equal('same');
    await expect(el).to.be.accessible();
  });

  it('stops revealing a revoked key', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    button(el, 'Revoke Platform key')!.click();
    confirmButton(await dialogOpened(el)).click();
    await waitUntil(() => badge(keyCard(el, 'Platform key')) === 'Revoked');
    expect(nodeOf(fieldButton(keyCard(el, 'Platform key'), 'reveal-button'))).to.equal(null);
  });

  it('lets the host veto with so-api-key-revoke-request: no call', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    el.addEventListener('so-api-key-revoke-request', (event) => event.preventDefault());
    button(el, 'Revoke CI deploys')!.click();
    confirmButton(await dialogOpened(el)).click();
    await dialogClosed(el);
    await settle();
    expect(client.callsTo('revokeApiKey').length).to.equal(0);
    expect(badge(keyCard(el, 'CI deploys'))).to.equal('');
  });

  it('shows a failure in the dialog and fires so-error; Cancel leaves the key active', async () => {
    const client = clientWith({ failures: { revokeApiKey: { code: 'rate_limited', retryAfterSeconds: 20 } } });
    const el = await renderPanel(client);
    const errors = recordEvents(el, 'so-error');
    button(el, 'Revoke CI deploys')!.click();
    const dialog = await dialogOpened(el);
    confirmButton(dialog).click();
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the failure is shown');
    expect(textOf(dialog.querySelector('[role="alert"]'))).to.equal('Too many requests. Try again in 20 seconds.');
    expect(errors.map((entry) => (entry.detail as { operation: string }).operation)).to.deep.equal(['revokeApiKey']);
    cancelButton(dialog).click();
    await dialogClosed(el);
    expect(badge(keyCard(el, 'CI deploys'))).to.equal('');
  });

  it('revokes from the keyboard: Enter on Revoke, Tab to Confirm, Enter', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    button(el, 'Revoke Staging agents')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOpened(el);
    expect(same(deepActiveElement(), cancelButton(dialog)), 'a danger dialog starts on Cancel').to.equal('same');
    await sendKeys({ press: 'Tab' });
    expect(same(deepActiveElement(), confirmButton(dialog))).to.equal('same');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => badge(keyCard(el, 'Staging agents')) === 'Revoked', 'revoked by keyboard');
    expect(nodeOf(openDialog(el))).to.equal(null);
    expect(client.callsTo('revokeApiKey').length).to.equal(1);
  });

  it('makes one call when Confirm is clicked twice', async () => {
    const client = clientWith({ latencyMs: 60 });
    const el = await renderPanel(client);
    button(el, 'Revoke CI deploys')!.click();
    const dialog = await dialogOpened(el);
    confirmButton(dialog).click();
    confirmButton(dialog).click();
    await waitUntil(() => badge(keyCard(el, 'CI deploys')) === 'Revoked');
    expect(client.callsTo('revokeApiKey').length).to.equal(1);
  });
});
