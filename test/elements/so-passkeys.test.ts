import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoPasskeyDetail, SoPasskeys } from '../../src/so-passkeys.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  addButton,
  base,
  deepFocus,
  failure,
  nameInput,
  names,
  record,
  render,
  row,
  shadow,
  stubCredentials,
  textOf,
  typeInto,
} from './so-passkeys-helpers.js';

let stub: ReturnType<typeof stubCredentials> | undefined;
afterEach(() => {
  stub?.restore();
  stub = undefined;
});

const dialog = (el: SoPasskeys) => shadow(el).querySelector<SoConfirmDialog>('so-confirm-dialog')!;
const dialogPart = (d: SoConfirmDialog, name: string) => d.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

describe('<so-passkeys> states', () => {
  it('shows a skeleton with aria-busy while loading', async () => {
    const client = { ...createMemoryAccountClient(), listPasskeys: () => new Promise<never>(() => undefined) };
    const el = await fixture<SoPasskeys>(html`<so-passkeys .client=${client}></so-passkeys>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists the passkeys with authenticator, added and last used, and offers Add', async () => {
    const el = await render(createMemoryAccountClient());
    expect(names(el)).to.deep.equal(['MacBook Pro', 'YubiKey 5C']);
    const mac = row(el, 'pk_macbook')!;
    expect(textOf(mac)).to.contain('iCloud Keychain').and.contain('Added').and.contain('Last used');
    const relative = mac.querySelector('so-relative-time')!;
    await (relative as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(relative.shadowRoot)).to.equal('20 minutes ago');
    expect(mac.querySelector('.rename')!.getAttribute('aria-label')).to.equal('Rename MacBook Pro');
    expect(textOf(addButton(el))).to.equal('Add passkey');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state, still with Add', async () => {
    const el = await render(createMemoryAccountClient({ seed: { passkeys: [] } }));
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('You have no passkeys yet.');
    expect(addButton(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('explains instead of offering Add when the browser has no WebAuthn', async () => {
    const original = window.PublicKeyCredential;
    // @ts-expect-error -- a browser without WebAuthn
    delete window.PublicKeyCredential;
    try {
      const el = await render(createMemoryAccountClient());
      expect(shadow(el).querySelector('[part="add-form"]')).to.be.null;
      expect(textOf(shadow(el).querySelector('[part="unsupported"]'))).to.contain('This browser can’t create passkeys.');
      expect(names(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      window.PublicKeyCredential = original;
    }
  });

  it('shows an alert with Retry when loading fails', async () => {
    const el = await fixture<SoPasskeys>(
      html`<so-passkeys .client=${createMemoryAccountClient({ failures: { listPasskeys: { code: 'timeout', once: true } } })}></so-passkeys>`,
    );
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error state');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('took too long');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => names(el).length === 2, 'Retry did not load');
  });
});

describe('<so-passkeys> adding', () => {
  it('runs begin, the browser ceremony and finish once, then lists and announces the new passkey', async () => {
    stub = stubCredentials();
    const recording = recordingClient();
    const el = await render(recording.client);
    const added = record<SoPasskeyDetail>(el, 'so-passkey-added');
    await typeInto(el, nameInput(el), '  Work laptop ');
    addButton(el).click();
    addButton(el).click();
    await waitUntil(() => added.length === 1, 'so-passkey-added did not fire');
    expect(recording.callsTo('beginPasskeyRegistration').map((call) => call.args)).to.deep.equal([[{ name: 'Work laptop' }]]);
    expect(stub.calls).to.have.length(1);
    expect(stub.calls[0]!.publicKey!.challenge).to.be.instanceOf(ArrayBuffer);
    const finish = recording.callsTo('finishPasskeyRegistration');
    expect(finish).to.have.length(1);
    expect((finish[0]!.args[0] as { response: { id: string } }).response.id).to.equal('cred_new');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['MacBook Pro', 'YubiKey 5C', 'Work laptop']);
    expect(nameInput(el).value).to.equal('');
    expect(added[0]!.name).to.equal('Work laptop');
  });

  it('says so and adds nothing when the user cancels the browser prompt', async () => {
    stub = stubCredentials({ error: new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError') });
    const recording = recordingClient();
    const el = await render(recording.client);
    const errors = record(el, 'so-error');
    await typeInto(el, nameInput(el), 'Phone');
    addButton(el).click();
    await waitUntil(() => failure(el), 'no message');
    expect(textOf(failure(el))).to.contain('Passkey setup was cancelled or timed out. Nothing was added.');
    expect(recording.callsTo('finishPasskeyRegistration')).to.have.length(0);
    expect(names(el)).to.have.length(2);
    expect(errors, 'a cancel is not an API error').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says the device failed when the ceremony fails otherwise', async () => {
    stub = stubCredentials({ error: new DOMException('Bad', 'UnknownError') });
    const el = await render(createMemoryAccountClient());
    await typeInto(el, nameInput(el), 'Phone');
    addButton(el).click();
    await waitUntil(() => failure(el), 'no message');
    expect(textOf(failure(el))).to.contain('Your device couldn’t create a passkey.');
  });

  it('checks the name inline and calls nothing without one', async () => {
    stub = stubCredentials();
    const recording = recordingClient();
    const el = await render(recording.client);
    await typeInto(el, nameInput(el), '   ');
    addButton(el).click();
    await el.updateComplete;
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(shadow(el).getElementById(nameInput(el).getAttribute('aria-describedby')!))).to.equal('Enter a name for the passkey.');
    expect(recording.callsTo('beginPasskeyRegistration')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('adds from the keyboard: type a name, press Enter', async () => {
    stub = stubCredentials();
    const el = await render(createMemoryAccountClient());
    nameInput(el).focus();
    await sendKeys({ type: 'Tablet' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).includes('Tablet'), 'Enter did not add');
  });
});

describe('<so-passkeys> renaming and deleting', () => {
  it('renames inline: Enter saves, focus returns to Rename, and the event fires', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const renamed = record<SoPasskeyDetail>(el, 'so-passkey-renamed');
    row(el, 'pk_yubikey')!.querySelector<HTMLButtonElement>('.rename')!.click();
    await el.updateComplete;
    const input = row(el, 'pk_yubikey')!.querySelector('input')!;
    expect(deepFocus() === input, 'focus in the field').to.be.true;
    await typeInto(el, input, 'Backup key');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => renamed.length === 1, 'no so-passkey-renamed');
    expect(recording.callsTo('renamePasskey').map((call) => call.args)).to.deep.equal([['pk_yubikey', 'Backup key']]);
    expect(names(el)).to.deep.equal(['MacBook Pro', 'Backup key']);
    await waitUntil(() => deepFocus() === row(el, 'pk_yubikey')!.querySelector('.rename'), 'focus did not return to Rename');
  });

  it('cancels a rename with Escape and keeps the old name', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    row(el, 'pk_macbook')!.querySelector<HTMLButtonElement>('.rename')!.click();
    await el.updateComplete;
    await typeInto(el, row(el, 'pk_macbook')!.querySelector('input')!, 'Changed');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(names(el)[0]).to.equal('MacBook Pro');
    expect(recording.callsTo('renamePasskey')).to.have.length(0);
  });

  it('confirms a delete naming the passkey, deletes it once and fires the event; a veto calls nothing', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const deleted = record<SoPasskeyDetail>(el, 'so-passkey-deleted');
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('so-passkey-delete-request', veto);
    row(el, 'pk_yubikey')!.querySelector<HTMLButtonElement>('.delete')!.click();
    let d = dialog(el);
    await waitUntil(() => (dialogPart(d, 'base') as HTMLDialogElement).open, 'the dialog did not open');
    expect(textOf(d.shadowRoot!.querySelector('#heading'))).to.equal('Delete “YubiKey 5C”?');
    await expect(el).to.be.accessible();
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => !(dialogPart(d, 'base') as HTMLDialogElement).open, 'the veto did not close the dialog');
    expect(recording.callsTo('deletePasskey')).to.have.length(0);

    el.removeEventListener('so-passkey-delete-request', veto);
    await aTimeout(20);
    row(el, 'pk_yubikey')!.querySelector<HTMLButtonElement>('.delete')!.click();
    d = dialog(el);
    await waitUntil(() => (dialogPart(d, 'base') as HTMLDialogElement).open, 'the dialog did not open again');
    dialogPart(d, 'confirm-button').click();
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => deleted.length === 1, 'no so-passkey-deleted');
    expect(recording.callsTo('deletePasskey').map((call) => call.args)).to.deep.equal([['pk_yubikey']]);
    expect(names(el)).to.deep.equal(['MacBook Pro']);
  });

  it('keeps the passkey and says why when deleting fails', async () => {
    const el = await render(createMemoryAccountClient({ failures: { deletePasskey: 'unavailable' } }));
    row(el, 'pk_macbook')!.querySelector<HTMLButtonElement>('.delete')!.click();
    const d = dialog(el);
    await waitUntil(() => (dialogPart(d, 'base') as HTMLDialogElement).open, 'the dialog did not open');
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => failure(el), 'no failure shown');
    expect(textOf(failure(el))).to.contain('Couldn’t delete the passkey.');
    expect(names(el)).to.have.length(2);
  });
});
