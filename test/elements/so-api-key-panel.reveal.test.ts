import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  button,
  clientWith,
  deepActiveElement,
  fieldAnnounced,
  fieldButton,
  fieldMessages,
  fieldValue,
  keyCard,
  recordEvents,
  renderPanel,
  restoreClipboard,
  stubClipboard,
  same,
} from './so-api-key-panel-helpers.js';

const isMasked = (card: HTMLElement) => fieldValue(card).includes('•');

describe('<so-api-key-panel> reveal and copy', () => {
  afterEach(() => restoreClipboard());

  it('reveals the secret in place through the client, announces it, and hides it again on Hide', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const card = keyCard(el, 'Platform key');
    const secret = client.secrets[0]!;
    fieldButton(card, 'reveal-button')!.click();
    await waitUntil(() => fieldValue(card) === secret, 'the secret is shown');
    expect(client.callsTo('revealApiKey').map((call) => call.args)).to.deep.equal([['key_platform']]);
    expect(fieldMessages(card)).to.deep.equal(['Hides again after 30 seconds.']);
    await waitUntil(() => fieldAnnounced(card) === 'Secret shown. Hides again after 30 seconds.', 'the reveal is announced');
    await expect(el).to.be.accessible();

    const hide = fieldButton(card, 'reveal-button')!;
    expect(hide.getAttribute('aria-label')).to.equal('Hide secret');
    hide.click();
    await waitUntil(() => isMasked(card), 'hidden again');
    await waitUntil(() => fieldAnnounced(card) === 'Secret hidden.', 'the hide is announced');
  });

  it('hides a revealed secret by itself after reveal-timeout seconds', async () => {
    const client = clientWith();
    const el = await renderPanel(client, html`<so-api-key-panel .client=${client} reveal-timeout="1"></so-api-key-panel>`);
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'reveal-button')!.click();
    await waitUntil(() => fieldValue(card) === client.secrets[0], 'shown');
    expect(fieldMessages(card)).to.deep.equal(['Hides again after 1 second.']);
    await waitUntil(() => isMasked(card), 'hidden after the timeout', { timeout: 4000 });
  });

  it('keeps a revealed secret shown with reveal-timeout="0" until hidden', async () => {
    const client = clientWith();
    const el = await renderPanel(client, html`<so-api-key-panel .client=${client} reveal-timeout="0"></so-api-key-panel>`);
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'reveal-button')!.click();
    await waitUntil(() => fieldValue(card) === client.secrets[0], 'shown');
    expect(fieldMessages(card)).to.deep.equal([]);
  });

  it('reports a failed reveal as so-error and says so under the field', async () => {
    const client = clientWith({ failures: { revealApiKey: 'unavailable' } });
    const el = await renderPanel(client);
    const errors = recordEvents(el, 'so-error');
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'reveal-button')!.click();
    await waitUntil(() => fieldMessages(card).includes('Couldn’t reveal the secret. Try again.'), 'the failure is shown');
    expect(errors.map((entry) => (entry.detail as { operation: string }).operation)).to.deep.equal(['revealApiKey']);
    expect(isMasked(card)).to.equal(true);
  });

  it('asks the host to re-authenticate before revealing, and reveals when it retries', async () => {
    const client = clientWith({ failures: { revealApiKey: { code: 'reauth_required', once: true } } });
    const el = await renderPanel(client);
    const reauth = recordEvents(el, 'so-reauth-required');
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'reveal-button')!.click();
    await waitUntil(() => reauth.length === 1, 'so-reauth-required fired');
    const event = reauth[0]!.event as CustomEvent<{ operation: string; retry: () => Promise<void> }>;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.operation).to.equal('revealApiKey');
    expect(isMasked(card)).to.equal(true);
    await event.detail.retry();
    await waitUntil(() => fieldValue(card) === client.secrets[0], 'revealed after the retry');
  });

  it('reveals from the keyboard: Tab to Reveal, Enter, then Enter again hides', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const card = keyCard(el, 'Platform key');
    button(el, 'Create key')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(same(deepActiveElement(), fieldButton(card, 'reveal-button'))).to.equal('same');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fieldValue(card) === client.secrets[0], 'revealed by Enter');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isMasked(card), 'hidden by Enter');
  });

  it('copies the full secret without showing it, announces it and fires so-api-key-copied with the id and name', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const copied = recordEvents(el, 'so-api-key-copied', 'so-secret-copied');
    const written = stubClipboard('accept');
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'copy-button')!.click();
    await waitUntil(() => written.length === 1, 'written to the clipboard');
    expect(written).to.deep.equal([client.secrets[0]]);
    expect(isMasked(card), 'the secret is not shown').to.equal(true);
    await waitUntil(() => fieldAnnounced(card) === 'Copied to clipboard.', 'the copy is announced');
    expect(copied.map((entry) => [entry.type, entry.detail])).to.deep.equal([['so-api-key-copied', { id: 'key_platform', name: 'Platform key' }]]);
  });

  it('copies from the keyboard', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const written = stubClipboard('accept');
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'reveal-button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(same(deepActiveElement(), fieldButton(card, 'copy-button'))).to.equal('same');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => written.length === 1, 'copied by Enter');
  });

  it('explains a refused clipboard and leaves the secret shown and selected to copy by hand', async () => {
    const client = clientWith();
    const el = await renderPanel(client);
    const copied = recordEvents(el, 'so-api-key-copied');
    stubClipboard('refuse');
    const card = keyCard(el, 'Platform key');
    fieldButton(card, 'copy-button')!.click();
    await waitUntil(() => fieldValue(card) === client.secrets[0], 'the secret is shown instead');
    await waitUntil(() => getSelection()!.toString() === client.secrets[0], 'and selected');
    expect(fieldMessages(card)).to.include('Couldn’t copy automatically. Select the text and copy it yourself.');
    expect(copied.length).to.equal(0);
  });
});
