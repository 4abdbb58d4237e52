/**
 * Keyboard only (WCAG 2.1.1, 2.4.3): <so-org-profile>, <so-subscriptions> and the whole surface,
 * <so-account-settings>. Every test starts on a plain button before the element and reaches
 * each control by Tab.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient, type MemoryAccountClient } from '../../src/memory.js';
import '../../src/so-account-settings.js';
import '../../src/so-org-profile.js';
import '../../src/so-subscriptions.js';
import type { SoAccountSettings } from '../../src/so-account-settings.js';
import {
  deepFocus,
  describeElement,
  dialogCloses,
  dialogOpens,
  focusLands,
  loaded,
  mount,
  nameOf,
  press,
  startBefore,
  tabTo,
  type,
  panelLoaded,
} from './a11y-helpers.js';

describe('keyboard: <so-org-profile>', () => {
  let el: HTMLElement;
  let client: MemoryAccountClient;
  beforeEach(async () => {
    client = createMemoryAccountClient();
    el = await mount(html`<so-org-profile .client=${client}></so-org-profile>`, 'so-org-profile');
    await loaded(el);
    startBefore();
  });

  async function editAndSave() {
    const name = (await tabTo('Organization name')) as HTMLInputElement;
    name.select();
    await type('Acme Robotics GmbH');
    const hex = (await tabTo('Hex value', { max: 8 })) as HTMLInputElement;
    hex.select();
    await type('#0f766e');
    const picker = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="color"]')!;
    await waitUntil(() => picker.value === '#0f766e', `the picker did not follow the hex field (${picker.value})`);
    await tabTo('Save', { max: 8 });
    await press('Enter');
    await waitUntil(() => client.store.effects.updateOrganization === 1, 'Enter on Save did not save');
    const organization = await client.getOrganization();
    expect([organization!.name, organization!.brandColor]).to.deep.equal(['Acme Robotics GmbH', '#0f766e']);
  }

  it('edits the name and the brand colour (hex field, picker kept in sync) and saves with Enter on Save', async () => {
    await editAndSave();
  });

  it('reaches the colour picker by Tab (its own dialog is the browser’s)', async () => {
    const picker = await tabTo('Pick the brand colour');
    expect((picker as HTMLInputElement).type).to.equal('color');
  });

  it('Discard changes by keyboard restores the fields', async () => {
    const name = (await tabTo('Organization name')) as HTMLInputElement;
    const saved = name.value;
    name.select();
    await type('Something else');
    await tabTo(/^Discard/, { max: 10 });
    await press('Enter');
    await waitUntil(() => name.value === saved, 'Discard did not restore the name');
  });

  it('focus stays in the element after Save', async () => {
    await editAndSave();
    await focusLands((element) => el.shadowRoot!.contains(element), 'focus left the element after saving');
  });
});

describe('keyboard: <so-subscriptions>', () => {
  let el: HTMLElement;
  let client: MemoryAccountClient;
  beforeEach(async () => {
    client = createMemoryAccountClient();
    el = await mount(html`<so-subscriptions .client=${client}></so-subscriptions>`, 'so-subscriptions');
    await loaded(el);
    startBefore();
  });

  it('Enter on Unsubscribe opens the dialog; Escape cancels back to the button', async () => {
    const unsubscribe = await tabTo(/^Unsubscribe from/);
    await press('Enter');
    await dialogOpens(el);
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === unsubscribe, 'Escape did not return focus to Unsubscribe');
    expect(client.store.effects.cancelSubscription ?? 0).to.equal(0);
  });

  it('chooses "now" with the arrow keys, confirms with Enter; focus lands in the element', async () => {
    const unsubscribe = await tabTo(/^Unsubscribe from/);
    const label = nameOf(unsubscribe);
    await press('Enter');
    const dialog = await dialogOpens(el);
    const radio = await tabTo((element) => element instanceof HTMLInputElement && element.type === 'radio', { max: 6, backwards: true });
    expect((radio as HTMLInputElement).checked, 'the checked choice is the Tab stop').to.equal(true);
    await press('ArrowDown');
    const now = deepFocus() as HTMLInputElement;
    expect([now.type, now.checked, now.value]).to.deep.equal(['radio', true, 'now']);
    await tabTo(/^Unsubscribe/, { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    expect(dialog.open).to.equal(false);
    await waitUntil(() => client.store.effects.cancelSubscription === 1, 'not cancelled');
    await focusLands((element) => el.shadowRoot!.contains(element), `focus was lost after cancelling ${label}`);
  });
});

describe('keyboard: <so-account-settings>', () => {
  let el: SoAccountSettings;
  const tabs = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
  const selected = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent?.trim();
  beforeEach(async () => {
    el = await mount<SoAccountSettings>(html`<so-account-settings .client=${createMemoryAccountClient()}></so-account-settings>`, 'so-account-settings');
    await loaded(el);
    startBefore();
  });

  it('Tab reaches the open tab (one Tab stop for the list); arrows, Home and End move; Enter and Space open', async () => {
    await tabTo('General');
    await press('ArrowRight');
    await focusLands('API keys', 'ArrowRight did not move to API keys');
    await press('Enter');
    await waitUntil(() => selected() === 'API keys', 'Enter did not open API keys');
    await press('End');
    await focusLands('Organization', 'End did not move to the last tab');
    await press('Home');
    await focusLands('General', 'Home did not move to the first tab');
    await press('ArrowLeft');
    await focusLands('Organization', 'ArrowLeft did not wrap to the last tab');
    await press('ArrowLeft');
    await press('Space');
    await waitUntil(() => selected() === 'Notifications', 'Space did not open Notifications');
    expect(tabs().filter((tab) => tab.tabIndex === 0).map((tab) => tab.textContent!.trim())).to.deep.equal(['Notifications']);
  });

  it('Tab goes from the tab list to the panel, then into its first control; Shift+Tab comes back to the tab', async () => {
    await tabTo('General');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('Enter');
    await waitUntil(() => selected() === 'Usage', 'Usage did not open');
    await press('Tab');
    await focusLands((element) => element.getAttribute('role') === 'tabpanel', 'Tab did not move to the panel');
    await press('Shift+Tab');
    await focusLands('Usage', 'Shift+Tab did not return to the tab');
  });

  it('every tab’s content is reachable by keyboard alone, and Tab leaves the surface after it (no trap)', async () => {
    for (const name of tabs().map((tab) => tab.textContent!.trim())) {
      startBefore();
      await tabTo((element) => element.getAttribute('role') === 'tab');
      for (let step = 0; step < tabs().length && nameOf(deepFocus()!) !== name; step += 1) await press('ArrowRight');
      await press('Enter');
      await waitUntil(() => selected() === name, `${name} did not open`);
      const panel = el.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
      await panelLoaded(panel);
      await tabTo((element) => element.id === 'after', { max: 80 });
    }
    expect(describeElement(deepFocus())).to.contain('After');
  });
});
