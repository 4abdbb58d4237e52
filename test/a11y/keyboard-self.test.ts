/**
 * Keyboard only (WCAG 2.1.1, 2.4.3, 3.2.2): <so-sessions>, <so-notification-settings>, <so-passkeys>,
 * <so-profile-form>. Every test starts on a plain button before the element and reaches each
 * control by Tab.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient, type MemoryAccountClient } from '../../src/memory.js';
import '../../src/so-notification-settings.js';
import '../../src/so-passkeys.js';
import '../../src/so-profile-form.js';
import '../../src/so-sessions.js';
import { stubCredentials } from '../elements/so-passkeys-helpers.js';
import {
  deepFocus,
  describeElement,
  dialogCloses,
  dialogOpens,
  focusLands,
  loaded,
  mount,
  press,
  startBefore,
  tabTo,
  type,
} from './a11y-helpers.js';

const isHeading = (element: Element) => element.getAttribute('role') === 'heading' || /^h[1-6]$/.test(element.localName);

describe('keyboard: <so-sessions>', () => {
  let el: HTMLElement;
  beforeEach(async () => {
    el = await mount(html`<so-sessions .client=${createMemoryAccountClient()}></so-sessions>`, 'so-sessions');
    await loaded(el);
    startBefore();
  });
  const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="revoke-button"]')];

  it('signs out of one session with Enter; focus moves to the next row’s button', async () => {
    const [first, second] = buttons().map((button) => button.getAttribute('aria-label') ?? button.textContent!.trim());
    await tabTo(first!);
    await press('Enter');
    await waitUntil(() => buttons().length === 1, 'Enter did not sign the session out');
    await focusLands(second!, `focus did not move on to "${second}"`);
  });

  it('signs out of the last other session with Space; focus moves to the heading', async () => {
    for (let count = buttons().length; count > 1; count -= 1) {
      await tabTo(/^Sign out of (?!all)/);
      await press('Enter');
      await waitUntil(() => buttons().length === count - 1, 'not signed out');
      startBefore();
    }
    await tabTo(/^Sign out of (?!all)/);
    await press('Space');
    await waitUntil(() => buttons().length === 0, 'Space did not sign the session out');
    await focusLands(isHeading, 'focus did not move to the heading');
  });

  async function signOutOthers() {
    const all = await tabTo('Sign out of all other sessions');
    await press('Enter');
    await dialogOpens(el);
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === all, 'Escape did not return focus');
    await press('Enter');
    await dialogOpens(el);
    await tabTo(/^Sign out/, { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    await waitUntil(() => buttons().length === 0, 'the others were not signed out');
  }

  it('signs out of all others: Enter, Escape cancels back to the button; again, Tab to Confirm, Enter', async () => {
    await signOutOthers();
  });

  it('after signing out all others, focus lands on the heading', async () => {
    await signOutOthers();
    await focusLands(isHeading, 'focus was lost after signing out the others');
  });
});

describe('keyboard: <so-notification-settings>', () => {
  async function render(mode?: 'form') {
    const client = createMemoryAccountClient();
    const el = await mount<HTMLElement>(
      mode
        ? html`<so-notification-settings mode="form" .client=${client}></so-notification-settings>`
        : html`<so-notification-settings .client=${client}></so-notification-settings>`,
      'so-notification-settings',
    );
    await loaded(el);
    startBefore();
    return { el, client };
  }

  it('flips each switch with Space and saves at once; focus stays on the switch', async () => {
    const { client } = await render();
    const toggle = (await tabTo('Weekly digest by email')) as HTMLInputElement;
    const before = toggle.checked;
    await press('Space');
    await waitUntil(async () => toggle.checked !== before, 'Space did not flip the switch');
    await waitUntil(() => client.store.effects.updateNotificationPreferences === 1, 'the flip was not saved');
    expect(deepFocus() === toggle, describeElement(deepFocus())).to.equal(true);
    const next = (await tabTo('Weekly digest by push', { max: 2 })) as HTMLInputElement;
    const nextBefore = next.checked;
    await press('Space');
    await waitUntil(() => next.checked !== nextBefore, 'Space did not flip the next switch');
  });

  async function saveByKeyboard() {
    const { el, client } = await render('form');
    const toggle = (await tabTo('Weekly digest by email')) as HTMLInputElement;
    const before = toggle.checked;
    await press('Space');
    await tabTo('Save', { max: 4 });
    await press('Enter');
    await waitUntil(() => client.store.effects.updateNotificationPreferences === 1, 'Enter on Save did not save');
    expect(toggle.checked).to.equal(!before);
    return el;
  }

  async function discardByKeyboard() {
    const { el } = await render('form');
    const renewal = (await tabTo('Plan renewal by email')) as HTMLInputElement;
    const before = renewal.checked;
    await press('Space');
    await tabTo(/^Discard/, { max: 8 });
    await press('Enter');
    await waitUntil(() => renewal.checked === before, 'Discard did not restore the switch');
    return el;
  }

  it('form mode: Space flips a switch, Tab to Save, Enter saves', async () => {
    await saveByKeyboard();
  });

  it('form mode: Space flips a switch, Tab to Discard, Enter restores it', async () => {
    await discardByKeyboard();
  });

  it('form mode: focus stays in the element after Save', async () => {
    const el = await saveByKeyboard();
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus left the element after saving');
  });

  it('form mode: focus stays in the element after Discard', async () => {
    const el = await discardByKeyboard();
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus left the element after Discard');
  });
});

describe('keyboard: <so-passkeys>', () => {
  let el: HTMLElement;
  let client: MemoryAccountClient;
  let stub: ReturnType<typeof stubCredentials> | undefined;
  beforeEach(async () => {
    client = createMemoryAccountClient();
    el = await mount(html`<so-passkeys .client=${client}></so-passkeys>`, 'so-passkeys');
    await loaded(el);
    startBefore();
  });
  afterEach(() => stub?.restore());
  const names = () => [...el.shadowRoot!.querySelectorAll('[part="passkey"] .name')].map((name) => name.textContent!.trim());

  it('adds: Tab to the name, type, Enter runs the (stubbed) WebAuthn prompt; the new passkey is listed', async () => {
    stub = stubCredentials();
    await tabTo('Passkey name');
    await type('Tablet');
    await press('Enter');
    await waitUntil(() => names().includes('Tablet'), 'Enter did not add the passkey');
    expect(stub.calls).to.have.length(1);
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus left the element after adding');
  });

  it('adds with Enter on the Add passkey button', async () => {
    stub = stubCredentials();
    await tabTo('Passkey name');
    await type('Phone');
    await tabTo('Add passkey', { max: 2 });
    await press('Enter');
    await waitUntil(() => names().includes('Phone'), 'Enter on Add did not add the passkey');
  });

  it('renames: Enter on Rename, type, Enter saves; focus back on Rename. Escape cancels', async () => {
    await tabTo('Rename YubiKey 5C');
    await press('Enter');
    await focusLands((element) => element.localName === 'input', 'Rename did not focus the field');
    await press('Escape');
    await focusLands('Rename YubiKey 5C', 'Escape did not return focus to Rename');
    expect(names()).to.include('YubiKey 5C');
    (deepFocus() as HTMLElement).focus();
    await press('Enter');
    const field = await focusLands((element) => element.localName === 'input', 'Rename did not focus the field');
    (field as HTMLInputElement).select();
    await type('Backup key');
    await press('Enter');
    await waitUntil(() => names().includes('Backup key'), 'Enter did not rename');
    await focusLands('Rename Backup key', 'focus did not return to Rename');
  });

  it('deletes: Enter on Delete, Escape cancels back; again, Tab to Confirm, Enter; focus stays in the element', async () => {
    const remove = await tabTo('Delete YubiKey 5C');
    await press('Enter');
    await dialogOpens(el);
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === remove, 'Escape did not return focus to Delete');
    await press('Enter');
    await dialogOpens(el);
    await tabTo(/^Delete/, { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    await waitUntil(() => !names().includes('YubiKey 5C'), 'not deleted');
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus was lost after deleting');
  });
});

describe('keyboard: <so-profile-form>', () => {
  let el: HTMLElement;
  let client: MemoryAccountClient;
  beforeEach(async () => {
    client = createMemoryAccountClient();
    el = await mount(html`<so-profile-form .client=${client}></so-profile-form>`, 'so-profile-form');
    await loaded(el);
    startBefore();
  });

  it('edits the name, picks a time zone in the combobox with arrows and Enter, and saves with Enter on Save', async () => {
    const name = (await tabTo('Display name')) as HTMLInputElement;
    name.select();
    await type('Maya C.');
    const zone = (await tabTo('Time zone', { max: 4 })) as HTMLInputElement;
    zone.select();
    await type('asia/tok');
    await press('ArrowDown');
    await waitUntil(() => zone.getAttribute('aria-expanded') === 'true' && zone.hasAttribute('aria-activedescendant'), 'ArrowDown did not open the list');
    await press('Enter');
    await waitUntil(() => zone.value === 'Asia/Tokyo', `Enter did not choose the zone (${zone.value})`);
    expect(deepFocus() === zone, 'focus stays in the combobox').to.equal(true);
    await tabTo('Save', { max: 6 });
    await press('Enter');
    await waitUntil(() => client.store.effects.updateProfile === 1, 'Enter on Save did not save');
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus left the form after saving');
  });

  it('Escape closes the time zone list; Discard changes by keyboard restores the fields', async () => {
    const zone = (await tabTo('Time zone')) as HTMLInputElement;
    const saved = zone.value;
    zone.select();
    await type('euro');
    await waitUntil(() => zone.getAttribute('aria-expanded') === 'true', 'typing did not open the list');
    await press('Escape');
    await waitUntil(() => zone.getAttribute('aria-expanded') === 'false', 'Escape did not close the list');
    await tabTo('Discard changes', { max: 6 });
    await press('Enter');
    await waitUntil(() => zone.value === saved, 'Discard did not restore the zone');
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus left the form after Discard');
  });
});
