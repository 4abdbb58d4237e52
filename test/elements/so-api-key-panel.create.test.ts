import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';
import {
  button,
  clientWith,
  confirmButton,
  DAY,
  deepActiveElement,
  detailsOf,
  dialogClosed,
  dialogHeading,
  dialogOpened,
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
  textOf,
  type RecordingClient,
  nodeOf,
  same,
} from './so-api-key-panel-helpers.js';

const nameInput = (dialog: SoConfirmDialog) => dialog.querySelector<HTMLInputElement>('#key-name')!;
const dateInput = (dialog: SoConfirmDialog) => dialog.querySelector<HTMLInputElement>('#key-expiry');
const fieldErrors = (dialog: SoConfirmDialog) => [...dialog.querySelectorAll('.field-error')].map((p) => textOf(p));

async function openCreate(el: SoApiKeyPanel): Promise<SoConfirmDialog> {
  button(el, 'Create key')!.click();
  const dialog = await dialogOpened(el);
  await waitUntil(() => deepActiveElement() === nameInput(dialog), 'focus moves to the name field');
  return dialog;
}

/** Types into the focused field like a user. */
async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Sets an input's value and fires `input`, as a date picker does. */
function setValue(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A date input value `days` from today, in local time. */
function localDate(days: number): string {
  const date = new Date(Date.now() + days * DAY);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('<so-api-key-panel> create', () => {
  let client: RecordingClient;

  it('opens a form with the name focused, expiry choices and no scopes unless the host offers some', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    expect(dialogHeading(dialog)).to.equal('Create an API key');
    expect(textOf(confirmButton(dialog))).to.equal('Create key');
    expect(nameInput(dialog).labels![0]!.textContent).to.equal('Name');
    expect(nameInput(dialog).getAttribute('aria-describedby')).to.equal('key-name-hint');
    const expiry = radios(dialog, 'expiry');
    expect(expiry.map((choice) => choice.label.replace(/\(.*\)/, '()'))).to.deep.equal(['Never', 'In 30 days ()', 'In 90 days ()', 'On a date']);
    expect(expiry[0]!.input.checked).to.equal(true);
    expect(nodeOf(dialog.querySelector('input[type="checkbox"]'))).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('checks the name inline: required, at most 64 characters, unique among the keys shown', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    confirmButton(dialog).click();
    await el.updateComplete;
    expect(same(openDialog(el), dialog)).to.equal('same');
    expect(fieldErrors(dialog)).to.deep.equal(['Enter a name for the key.']);
    expect(nameInput(dialog).getAttribute('aria-invalid')).to.equal('true');
    expect(nameInput(dialog).getAttribute('aria-describedby')).to.equal('key-name-error key-name-hint');
    expect(same(deepActiveElement(), nameInput(dialog))).to.equal('same');
    await expect(el).to.be.accessible();

    await type('   ');
    await el.updateComplete;
    expect(fieldErrors(dialog), 'only spaces is still empty').to.deep.equal(['Enter a name for the key.']);
    await type('x'.repeat(65));
    await el.updateComplete;
    expect(fieldErrors(dialog), 'checked live after the first attempt').to.deep.equal(['Use at most 64 characters.']);
    nameInput(dialog).select();
    await type('  platform KEY ');
    await el.updateComplete;
    expect(fieldErrors(dialog)).to.deep.equal(['A key with this name already exists. Choose another name.']);
    nameInput(dialog).select();
    await type('x'.repeat(64));
    await el.updateComplete;
    expect(fieldErrors(dialog)).to.deep.equal([]);
    expect(nameInput(dialog).getAttribute('aria-invalid')).to.equal('false');
    expect(client.callsTo('createApiKey').length).to.equal(0);
  });

  it('creates a key with a trimmed name, a 30-day expiry and the chosen scopes, and shows its secret once', async () => {
    client = clientWith();
    const el = await renderPanel(client, html`<so-api-key-panel .client=${client} available-scopes="jobs:run, jobs:read agents:deploy"></so-api-key-panel>`);
    const created = recordEvents(el, 'so-api-key-created');
    const dialog = await openCreate(el);
    const before = Date.now();
    await type('  Nightly jobs  ');
    radios(dialog, 'expiry')[1]!.input.click();
    const scopes = [...dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(scopes.map((box) => textOf(box.closest('label')))).to.deep.equal(['jobs:run', 'jobs:read', 'agents:deploy']);
    scopes[1]!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    confirmButton(dialog).click();
    await dialogClosed(el);
    await onceShown(el);

    const [call] = client.callsTo('createApiKey');
    const input = call!.args[0] as { name: string; expiresAt: string; scopes: string[] };
    expect(input.name).to.equal('Nightly jobs');
    expect(input.scopes).to.deep.equal(['jobs:read']);
    const expiresIn = Date.parse(input.expiresAt) - before;
    expect(expiresIn).to.be.within(30 * DAY - 60_000, 30 * DAY + 60_000);
    expect(call!.options?.idempotencyKey).to.be.a('string');

    const newSecret = client.secrets.at(-1)!;
    expect(onceValue(el)).to.equal(newSecret);
    const newKey = keyCards(el).at(-1)!;
    expect(textOf(newKey.querySelector('[part="key-name"]'))).to.equal('Nightly jobs');
    expect(detailsOf(newKey)).to.include({ Scopes: 'jobs:read', 'Last used': 'Never' });
    expect(detailsOf(newKey)['Expires']).to.match(/\d{4}$/);
    expect(created.map((entry) => entry.detail)).to.deep.equal([{ id: newKey.dataset['keyId'], name: 'Nightly jobs' }]);
    expect(textOf(secretOnce(el).shadowRoot!.querySelector('[part="warning"]'))).to.include('This secret will not be shown again.');

    onceDismiss(el)!.click();
    await waitUntil(() => !onceOpen(el));
    await el.updateComplete;
    expect(same(deepActiveElement(), newKey.querySelector('[part="key-name"]')), 'focus lands on the new key').to.equal('same');
  });

  it('copies the new secret from the once-only panel and fires so-api-key-copied', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const copied = recordEvents(el, 'so-api-key-copied');
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    try {
      const dialog = await openCreate(el);
      await type('Laptop');
      confirmButton(dialog).click();
      await onceShown(el);
      const field = secretOnce(el).shadowRoot!.querySelector('so-secret-field')!;
      field.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitUntil(() => written.length === 1);
      expect(written).to.deep.equal([client.secrets.at(-1)]);
      const id = keyCards(el).at(-1)!.dataset['keyId'];
      expect(copied.map((entry) => entry.detail)).to.deep.equal([{ id, name: 'Laptop' }]);
    } finally {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    }
  });

  it('takes an expiry date: required, after today, and used as the end of that day', async () => {
    client = clientWith();
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    await type('Quarterly audit');
    radios(dialog, 'expiry')[3]!.input.click();
    await el.updateComplete;
    const date = dateInput(dialog)!;
    expect(date.labels![0]!.textContent).to.equal('Expiry date');
    expect(date.min).to.equal(localDate(1));
    confirmButton(dialog).click();
    await el.updateComplete;
    expect(fieldErrors(dialog)).to.deep.equal(['Choose the date the key expires.']);
    expect(same(deepActiveElement(), date)).to.equal('same');
    setValue(date, localDate(0));
    await el.updateComplete;
    expect(fieldErrors(dialog)).to.deep.equal(['Choose a date after today.']);
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    setValue(date, localDate(10));
    await el.updateComplete;
    expect(fieldErrors(dialog)).to.deep.equal([]);
    confirmButton(dialog).click();
    await onceShown(el);
    const expiresAt = new Date((client.callsTo('createApiKey')[0]!.args[0] as { expiresAt: string }).expiresAt);
    const [year, month, day] = localDate(10).split('-').map(Number);
    expect([expiresAt.getFullYear(), expiresAt.getMonth() + 1, expiresAt.getDate(), expiresAt.getHours(), expiresAt.getMinutes()]).to.deep.equal([
      year,
      month,
      day,
      23,
      59,
    ]);
  });

  it('shows the server’s field errors inline and keeps the dialog open', async () => {
    client = clientWith({ failures: { createApiKey: { code: 'validation', fieldErrors: { name: ['Reserved name.'] } } } });
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    await type('admin');
    confirmButton(dialog).click();
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the failure is shown');
    expect(textOf(dialog.querySelector('[role="alert"]'))).to.equal('Some of the information is not valid. Check the highlighted fields.');
    expect(fieldErrors(dialog)).to.deep.equal(['The server didn’t accept this name. Try another.']);
    expect(nameInput(dialog).getAttribute('aria-invalid')).to.equal('true');
    expect(same(openDialog(el), dialog)).to.equal('same');
    expect(onceOpen(el)).to.equal(false);
    expect((keyCards(el)).length).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('creates from the keyboard: Enter on Create key, type a name, Enter — once, however often Enter is pressed', async () => {
    client = clientWith({ latencyMs: 150 });
    const el = await renderPanel(client);
    button(el, 'Create key')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await dialogOpened(el);
    await waitUntil(() => deepActiveElement() === nameInput(dialog), 'focus in the name field');
    await type('Build server');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await onceShown(el);
    await settle();
    expect(client.callsTo('createApiKey').length).to.equal(1);
    expect(client.store.effects.createApiKey).to.equal(1);
    expect(textOf(keyCards(el).at(-1)!.querySelector('[part="key-name"]'))).to.equal('Build server');
  });

  it('makes one call when Create is clicked twice', async () => {
    client = clientWith({ latencyMs: 60 });
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    await type('Twice');
    confirmButton(dialog).click();
    confirmButton(dialog).click();
    await onceShown(el);
    expect(client.callsTo('createApiKey').length).to.equal(1);
  });

  it('creates the first key from the empty state', async () => {
    client = clientWith({ seed: { apiKeys: [] } });
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    await type('First key');
    confirmButton(dialog).click();
    await onceShown(el);
    expect((keyCards(el)).length).to.equal(1);
    expect(nodeOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal(null);
    expect(el.matches(':state(empty)')).to.equal(false);
  });

  it('retries a failed create with the same idempotency key and the same request', async () => {
    client = clientWith({ failures: { createApiKey: { code: 'unavailable', once: true } } });
    const el = await renderPanel(client);
    const dialog = await openCreate(el);
    await type('Flaky network');
    radios(dialog, 'expiry')[2]!.input.click();
    confirmButton(dialog).click();
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the failure is shown');
    await waitUntil(() => !dialog.busy);
    confirmButton(dialog).click();
    await onceShown(el);
    const [first, second] = client.callsTo('createApiKey');
    expect(second!.options?.idempotencyKey).to.equal(first!.options?.idempotencyKey);
    expect(second!.args).to.deep.equal(first!.args);
  });
});
