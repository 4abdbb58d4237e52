import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';
import {
  button,
  cancelButton,
  clientWith,
  confirmButton,
  deepActiveElement,
  detailsOf,
  dialogBody,
  dialogClosed,
  dialogHeading,
  dialogOpened,
  fieldButton,
  keyCards,
  onceDismiss,
  onceOpen,
  onceShown,
  onceValue,
  openDialog,
  radios,
  recordEvents,
  renderPanel,
  secretOnce,
  settle,
  shadow,
  textOf,
  type RecordingClient,
  nodeOf,
  same,
} from './so-api-key-panel-helpers.js';

const cardName = (card: HTMLElement) => textOf(card.querySelector('[part="key-name"]'));
const badge = (card: HTMLElement) => textOf(card.querySelector('[part="badge"]'));

async function openRotate(el: SoApiKeyPanel, name = 'Platform key'): Promise<SoConfirmDialog> {
  button(el, `Rotate ${name}`)!.click();
  return dialogOpened(el);
}

describe('<so-api-key-panel> rotate', () => {
  let client: RecordingClient;

  it('confirms with the consequence, the safe-rotation steps and a grace-period choice', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const dialog = await openRotate(el);
    expect(dialogHeading(dialog)).to.equal('Rotate “Platform key”?');
    expect(dialogBody(dialog)).to.include('The current key stops working immediately. Update every integration that uses it.');
    expect([...dialog.querySelectorAll('ol.steps li')].map((item) => textOf(item))).to.deep.equal([
      'Generate the new key first, and copy it when it is shown: it is shown only once.',
      'Deploy it to every environment that uses the old key, under SENTIENTONE_API_KEY or your equivalent.',
      'Confirm the old key has gone quiet: its last-used time stops changing. Then let it expire, or revoke it.',
    ]);
    const choices = radios(dialog, 'grace-period');
    expect(choices.map((choice) => choice.label)).to.deep.equal(['Immediately', 'After 1 hour', 'After 24 hours', 'After 7 days']);
    expect(choices.map((choice) => choice.input.checked)).to.deep.equal([true, false, false, false]);
    expect(textOf(dialog.querySelector('legend'))).to.equal('When should the current key stop working?');
    expect(dialog.variant).to.equal('danger');
    expect(textOf(confirmButton(dialog))).to.equal('Rotate key');
    await expect(el).to.be.accessible();

    choices[2]!.input.click();
    await el.updateComplete;
    expect(dialogBody(dialog)).to.include('The current key keeps working for 24 hours, then stops. Update every integration that uses it before then.');
    expect(client.callsTo('rotateApiKey').length).to.equal(0);
  });

  it('rotates once with the chosen grace period, shows the new secret once, and marks the old key expiring', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const events = recordEvents(el, 'so-api-key-rotate-request', 'so-api-key-rotated');
    const dialog = await openRotate(el);
    radios(dialog, 'grace-period')[2]!.input.click();
    await el.updateComplete;
    confirmButton(dialog).click();
    await dialogClosed(el);
    await onceShown(el);

    const [call] = client.callsTo('rotateApiKey');
    expect(client.callsTo('rotateApiKey').length).to.equal(1);
    expect(call!.args).to.deep.equal(['key_platform', { gracePeriodSeconds: 86_400 }]);
    expect(call!.options?.idempotencyKey).to.be.a('string');
    const newSecret = client.secrets.at(-1)!;
    expect(onceValue(el)).to.equal(newSecret);
    expect(textOf(secretOnce(el).shadowRoot!.querySelector('[part="warning"]'))).to.equal(
      'This secret will not be shown again. Copy it now and store it somewhere safe. If you lose it, you will need a new one.',
    );
    expect(textOf(secretOnce(el))).to.equal('Store it as SENTIENTONE_API_KEY (or your equivalent) in every environment that needs it.');
    expect(same(deepActiveElement(), secretOnce(el).shadowRoot!.querySelector('[part="heading"]'))).to.equal('same');

    const newId = (events[1]!.detail as { id: string }).id;
    expect(events.map((entry) => [entry.type, entry.detail])).to.deep.equal([
      ['so-api-key-rotate-request', { id: 'key_platform', name: 'Platform key', gracePeriodSeconds: 86_400 }],
      ['so-api-key-rotated', { id: newId, name: 'Platform key', previousId: 'key_platform', gracePeriodSeconds: 86_400 }],
    ]);
    expect((events[0]!.event as CustomEvent).cancelable).to.equal(true);

    const [fresh, old] = keyCards(el);
    expect([cardName(fresh!), badge(fresh!)]).to.deep.equal(['Platform key', '']);
    expect(fresh!.dataset['keyId']).to.equal(newId);
    expect(nodeOf(fieldButton(fresh!, 'reveal-button')), 'the replacement is revealable').to.not.equal(null);
    expect([cardName(old!), badge(old!)]).to.deep.equal(['Platform key', 'Expiring']);
    expect(detailsOf(old!)['Stops working']).to.equal('in 24 hours');
    expect(same(button(el, 'Rotate Platform key'), button(fresh!, 'Rotate Platform key'))).to.equal('same');
    await expect(el).to.be.accessible();

    onceDismiss(el)!.click();
    await waitUntil(() => !onceOpen(el), 'the once-only panel closed');
    await el.updateComplete;
    expect(same(deepActiveElement(), fresh!.querySelector('[part="key-name"]')), 'focus lands on the new key').to.equal('same');
  });

  it('rotates immediately by default: the old key is revoked', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    confirmButton(await openRotate(el, 'CI deploys')).click();
    await onceShown(el);
    expect(client.callsTo('rotateApiKey')[0]!.args).to.deep.equal(['key_ci', {}]);
    const ci = keyCards(el).filter((card) => cardName(card) === 'CI deploys');
    expect(ci.map(badge)).to.deep.equal(['', 'Revoked']);
    expect(nodeOf(button(ci[1]!, 'Rotate CI deploys'))).to.equal(null);
  });

  it('offers no grace-period choice with rotation-grace-periods="0"', async () => {
    client = clientWith();
    const el = await renderPanel(client, html`<so-api-key-panel .client=${client} rotation-grace-periods="0"></so-api-key-panel>`);
    const dialog = await openRotate(el);
    expect(radios(dialog, 'grace-period').length).to.equal(0);
    expect(dialogBody(dialog)).to.include('The current key stops working immediately.');
  });

  it('uses a single grace period the host sets, without a choice', async () => {
    client = clientWith();
    const el = await renderPanel(client, html`<so-api-key-panel .client=${client} rotation-grace-periods="3600"></so-api-key-panel>`);
    const dialog = await openRotate(el);
    expect(radios(dialog, 'grace-period').length).to.equal(0);
    expect(dialogBody(dialog)).to.include('The current key keeps working for 1 hour, then stops.');
    confirmButton(dialog).click();
    await onceShown(el);
    expect(client.callsTo('rotateApiKey')[0]!.args).to.deep.equal(['key_platform', { gracePeriodSeconds: 3600 }]);
  });

  it('lets the host veto the rotation with so-api-key-rotate-request: no call, dialog closed', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    el.addEventListener('so-api-key-rotate-request', (event) => event.preventDefault());
    confirmButton(await openRotate(el)).click();
    await dialogClosed(el);
    await settle();
    expect(client.callsTo('rotateApiKey').length).to.equal(0);
    expect(onceOpen(el)).to.equal(false);
    expect((keyCards(el)).length).to.equal(3);
  });

  it('shows a failure in the dialog, fires so-error, and keeps the keys as they were', async () => {
    client = clientWith({ failures: { rotateApiKey: 'unavailable' } });
    const el = await renderPanel(client);
    const errors = recordEvents(el, 'so-error');
    const dialog = await openRotate(el);
    confirmButton(dialog).click();
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the failure is shown');
    expect(textOf(dialog.querySelector('[role="alert"]'))).to.equal('The service is temporarily unavailable. Try again in a moment.');
    expect(same(openDialog(el), dialog)).to.equal('same');
    expect(dialog.busy).to.equal(false);
    expect(errors.map((entry) => (entry.detail as { operation: string }).operation)).to.deep.equal(['rotateApiKey']);
    await expect(el).to.be.accessible();
    cancelButton(dialog).click();
    await dialogClosed(el);
    expect(keyCards(el).map(badge)).to.deep.equal(['', '', '']);
    expect(onceOpen(el)).to.equal(false);
  });

  it('makes one call when Confirm is clicked twice', async () => {
    client = clientWith({ latencyMs: 60 });
    const el = await renderPanel(client);
    const dialog = await openRotate(el);
    confirmButton(dialog).click();
    confirmButton(dialog).click();
    await onceShown(el);
    expect(client.callsTo('rotateApiKey').length).to.equal(1);
    expect(client.store.effects.rotateApiKey).to.equal(1);
  });

  it('makes one call when Enter is pressed repeatedly on Confirm', async () => {
    client = clientWith({ latencyMs: 150 });
    const el = await renderPanel(client);
    const dialog = await openRotate(el);
    confirmButton(dialog).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await onceShown(el);
    expect(client.callsTo('rotateApiKey').length).to.equal(1);
  });

  it('rotates from the keyboard: Enter on Rotate, arrow to a grace period, Tab to Confirm, Enter', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    button(el, 'Rotate Platform key')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOpened(el);
    expect(same(deepActiveElement(), cancelButton(dialog)), 'a danger dialog starts on Cancel').to.equal('same');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(same(deepActiveElement(), radios(dialog, 'grace-period')[0]!.input)).to.equal('same');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(dialogBody(dialog)).to.include('keeps working for 1 hour');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(same(deepActiveElement(), confirmButton(dialog))).to.equal('same');
    await sendKeys({ press: 'Enter' });
    await onceShown(el);
    expect(client.callsTo('rotateApiKey')[0]!.args).to.deep.equal(['key_platform', { gracePeriodSeconds: 3600 }]);
  });

  it('closes on Escape with nothing changed, and returns focus to Rotate', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const rotate = button(el, 'Rotate Platform key')!;
    rotate.focus();
    await sendKeys({ press: 'Enter' });
    await dialogOpened(el);
    await sendKeys({ press: 'Escape' });
    await dialogClosed(el);
    await waitUntil(() => deepActiveElement() === rotate, 'focus returns to Rotate');
    expect(client.callsTo('rotateApiKey').length).to.equal(0);
  });

  describe('step-up', () => {
    it('fires a cancelable so-reauth-required; nothing changes until the host retries with the same idempotency key', async () => {
      client = clientWith({ failures: { rotateApiKey: { code: 'reauth_required', once: true } } });
      const el = await renderPanel(client);
      const reauth = recordEvents(el, 'so-reauth-required');
      const rotated = recordEvents(el, 'so-api-key-rotated');
      const dialog = await openRotate(el);
      confirmButton(dialog).click();
      await waitUntil(() => reauth.length === 1, 'so-reauth-required fired');
      await settle();
      const event = reauth[0]!.event as CustomEvent<{ operation: string; retry: () => Promise<void> }>;
      expect(event.cancelable).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.operation).to.equal('rotateApiKey');

      // Nothing changed while the host re-authenticates.
      expect(textOf(dialog.querySelector('[role="alert"]'))).to.equal('For your security, confirm your identity again to continue.');
      expect(client.store.effects.rotateApiKey).to.equal(undefined);
      expect(keyCards(el).map(badge)).to.deep.equal(['', '', '']);
      expect(onceOpen(el)).to.equal(false);
      expect(rotated.length).to.equal(0);

      await event.detail.retry();
      await dialogClosed(el);
      await onceShown(el);
      const keys = client.callsTo('rotateApiKey').map((call) => call.options?.idempotencyKey);
      expect(keys.length).to.equal(2);
      expect(keys[1], 'the retry reuses the idempotency key').to.equal(keys[0]);
      expect(client.store.effects.rotateApiKey).to.equal(1);
      expect(rotated.length).to.equal(1);
      expect(onceValue(el)).to.equal(client.secrets.at(-1));
    });

    it('changes nothing if the host never retries, and a retry after the user closed the dialog does nothing', async () => {
      client = clientWith({ failures: { rotateApiKey: { code: 'reauth_required', once: true } } });
      const el = await renderPanel(client);
      const reauth = recordEvents(el, 'so-reauth-required');
      const dialog = await openRotate(el);
      confirmButton(dialog).click();
      await waitUntil(() => reauth.length === 1, 'so-reauth-required fired');
      cancelButton(dialog).click();
      await dialogClosed(el);
      expect(client.store.effects.rotateApiKey).to.equal(undefined);

      await (reauth[0]!.detail as { retry: () => Promise<void> }).retry();
      await settle();
      expect(client.callsTo('rotateApiKey').length, 'no second call').to.equal(1);
      expect(client.store.effects.rotateApiKey).to.equal(undefined);
      expect((keyCards(el)).length).to.equal(3);
      expect(onceOpen(el)).to.equal(false);
      expect(nodeOf(shadow(el).querySelector('so-confirm-dialog[open]'))).to.equal(null);
    });
  });
});
