/**
 * Keyboard only (WCAG 2.1.1, 2.4.3): <so-api-key-panel>, <so-usage-meter>, <so-billing-card>.
 * Every test starts on a plain button before the element and reaches each control by Tab.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/memory.js';
import '../../src/so-api-key-panel.js';
import '../../src/so-usage-meter.js';
import type { SoApiKeyPanel } from '../../src/so-api-key-panel.js';
import type { SoUsageMeter } from '../../src/so-usage-meter.js';
import { restoreClipboard, stubClipboard } from '../elements/so-api-key-panel-helpers.js';
import type { RecordingBillingCard } from '../helpers/so-billing-card-fixtures.js';
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

const keyName = (name: string) => (element: Element) => element.getAttribute('part') === 'key-name' && element.textContent!.trim() === name;
const secretValue = (el: SoApiKeyPanel, cardName: string) => {
  const card = [...el.shadowRoot!.querySelectorAll('[part="key"]')].find((candidate) => candidate.querySelector('[part="key-name"]')!.textContent!.trim() === cardName)!;
  return card.querySelector('so-secret-field')!.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim();
};
const once = (el: SoApiKeyPanel) => el.shadowRoot!.querySelector('so-secret-once')!;

describe('keyboard: <so-api-key-panel>', () => {
  let el: SoApiKeyPanel;
  beforeEach(async () => {
    el = await mount<SoApiKeyPanel>(html`<so-api-key-panel .client=${createMemoryAccountClient()}></so-api-key-panel>`, 'so-api-key-panel');
    await loaded(el);
    startBefore();
  });
  afterEach(() => restoreClipboard());

  it('reveals with Enter and hides with Space; focus stays on the button', async () => {
    const reveal = await tabTo('Reveal secret');
    await press('Enter');
    await waitUntil(() => secretValue(el, 'Platform key').startsWith('sk-so-') && !secretValue(el, 'Platform key').includes('•'), 'Enter did not reveal');
    expect(deepFocus() === reveal || /Hide/.test(describeElement(deepFocus())), `focus on the toggle, not ${describeElement(deepFocus())}`).to.equal(true);
    await press('Space');
    await waitUntil(() => secretValue(el, 'Platform key').includes('•'), 'Space did not hide');
  });

  it('copies with Enter and keeps focus on Copy', async () => {
    const written = stubClipboard('accept');
    const copy = await tabTo('Copy secret');
    await press('Enter');
    await waitUntil(() => written.length === 1, 'Enter did not copy');
    expect(deepFocus() === copy, describeElement(deepFocus())).to.equal(true);
  });

  it('rotates: Enter on Rotate, Escape cancels back to Rotate; again, Tab to Confirm, Enter, dismiss the secret, focus on the new key', async () => {
    const rotate = await tabTo('Rotate Platform key');
    await press('Enter');
    await dialogOpens(el);
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === rotate, 'Escape did not return focus to Rotate');

    await press('Enter');
    await dialogOpens(el);
    await tabTo(/^Rotate/, { max: 10 });
    await press('Enter');
    await waitUntil(() => once(el).open, 'the new secret was not shown');
    await tabTo('I have saved it', { max: 10 });
    await press('Enter');
    await focusLands(keyName('Platform key'), 'focus did not land on the new key after the secret panel closed');
  });

  it('creates: Enter on Create key, type a name, Enter, dismiss the secret, focus on the new key', async () => {
    await tabTo('Create key');
    await press('Enter');
    await dialogOpens(el);
    await focusLands((element) => element.localName === 'input', 'the create dialog did not focus its name field');
    await type('Build server');
    await press('Enter');
    await waitUntil(() => once(el).open, 'the new secret was not shown');
    await tabTo('I have saved it', { max: 10 });
    await press('Space');
    await focusLands(keyName('Build server'), 'focus did not land on the created key');
  });

  it('revokes: Enter on Revoke, Escape cancels, again Tab to Confirm and Enter; focus on the revoked key', async () => {
    const revoke = await tabTo('Revoke CI deploys');
    await press('Enter');
    await dialogOpens(el);
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === revoke, 'Escape did not return focus to Revoke');
    await press('Enter');
    await dialogOpens(el);
    await tabTo(/^Revoke/, { max: 10 });
    await press('Enter');
    await dialogCloses(el);
    await focusLands(keyName('CI deploys'), 'focus did not land on the revoked key');
  });
});

describe('keyboard: <so-usage-meter>', () => {
  it('reaches the analytics link by Tab and follows it with Enter', async () => {
    const el = await mount<SoUsageMeter>(
      html`<so-usage-meter analytics-href="/analytics" .client=${createMemoryAccountClient()}></so-usage-meter>`,
      'so-usage-meter',
    );
    await loaded(el);
    const followed: string[] = [];
    el.addEventListener('click', (event) => {
      const link = event.composedPath()[0] as HTMLAnchorElement;
      followed.push(link.getAttribute('href') ?? '');
      event.preventDefault();
    });
    startBefore();
    await tabTo((element) => element.getAttribute('part') === 'analytics-link');
    await press('Enter');
    expect(followed).to.deep.equal(['/analytics']);
  });
});

describe('keyboard: <so-billing-card>', () => {
  let el: RecordingBillingCard;
  beforeEach(async () => {
    await import('../helpers/so-billing-card-fixtures.js');
    el = await mount<RecordingBillingCard>(html`<test-billing-card .client=${createMemoryAccountClient()}></test-billing-card>`, 'test-billing-card');
    await loaded(el);
    startBefore();
  });

  for (const [name, flow, key] of [
    ['Manage billing', 'manage', 'Enter'],
    ['Change payment method', 'payment_method', 'Space'],
    ['View invoices', 'invoices', 'Enter'],
  ] as const) {
    it(`opens the portal with ${key} on "${name}"`, async () => {
      await tabTo(name);
      await press(key);
      await waitUntil(() => el.navigations.length === 1, `${key} did not open the portal`);
      expect(el.navigations[0]!.url).to.contain(`flow=${flow}`);
    });
  }

  it('follows an invoice link with Enter', async () => {
    const followed: string[] = [];
    el.addEventListener('click', (event) => {
      const link = (event.composedPath()[0] as Element).closest('a');
      if (link) followed.push(link.getAttribute('href') ?? '');
      event.preventDefault();
    });
    const link = await tabTo((element) => element.localName === 'a');
    await press('Enter');
    expect(followed).to.deep.equal([link.getAttribute('href')]);
  });
});
