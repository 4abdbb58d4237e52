import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/internal/parts/so-secret-once/so-secret-once.js';
import type { OnceSecret, SoSecretOnce } from '../../src/internal/parts/so-secret-once/so-secret-once.js';

const SECRETS: OnceSecret[] = [
  { id: 'key_new', label: 'Platform key', prefix: 'sk-so-', last4: 'Ab12', secret: 'sk-so-Once9fK2pQ9xLmW4vT8nR5yAb12' },
  { id: 'key_ci', label: 'CI deploys', prefix: 'sk-so-', last4: 'Cd34', secret: 'sk-so-Once7hG3kL1zXcV6bN2mQ8wCd34' },
];

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: SoSecretOnce) => el.shadowRoot!;
const fields = (el: SoSecretOnce) => [...root(el).querySelectorAll('so-secret-field')];
const values = (el: SoSecretOnce) => fields(el).map((field) => text(field.shadowRoot!.querySelector('[part="value"]')));
const dismissButton = (el: SoSecretOnce) => root(el).querySelector<HTMLButtonElement>('[part="dismiss-button"]');
const same = (a: Element | null | undefined, b: Element | null | undefined) => (a === b ? 'same' : `${a?.localName} is not ${b?.localName}`);

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** All text inside the element's shadow root and its fields' shadow roots. */
function shadowText(el: SoSecretOnce): string {
  return [root(el).textContent, ...fields(el).map((field) => field.shadowRoot!.textContent)].join(' ');
}

function attributesEverywhere(el: SoSecretOnce): string {
  const all = [el, ...root(el).querySelectorAll('*'), ...fields(el).flatMap((field) => [...field.shadowRoot!.querySelectorAll('*')])];
  return all.map((element) => [...element.attributes].map((attribute) => attribute.value).join(' ')).join(' ');
}

async function once(template = html`<so-secret-once><p>Store it as SENTIENTONE_API_KEY.</p></so-secret-once>`): Promise<SoSecretOnce> {
  return fixture<SoSecretOnce>(template);
}

describe('<so-secret-once>', () => {
  afterEach(() => {
    delete (navigator as { clipboard?: Clipboard }).clipboard;
  });

  it('renders nothing and takes no space until it has secrets', async () => {
    const el = await once();
    expect(el.open).to.equal(false);
    expect(root(el).children.length).to.equal(0);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('shows one secret with the warning, the host’s guidance, Copy and “I have saved it”, and takes focus', async () => {
    const el = await once();
    await el.show([SECRETS[0]!]);
    expect(el.open).to.equal(true);
    expect(el.matches(':state(open)')).to.equal(true);
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Save your new secret');
    expect(text(root(el).querySelector('[part="warning"]'))).to.equal(
      'This secret will not be shown again. Copy it now and store it somewhere safe. If you lose it, you will need a new one.',
    );
    expect(root(el).querySelector('slot')!.assignedElements().map((node) => node.textContent)).to.deep.equal(['Store it as SENTIENTONE_API_KEY.']);
    expect(values(el)).to.deep.equal([SECRETS[0]!.secret]);
    const field = fields(el)[0]!;
    expect(field.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Platform key');
    expect(field.shadowRoot!.querySelector('[part="copy-button"]') === null, 'Copy is offered').to.equal(false);
    expect(field.shadowRoot!.querySelector('[part="reveal-button"]') === null, 'no Hide: hiding would lose it for good').to.equal(true);
    expect(field.shadowRoot!.querySelector('.hint') === null, 'no auto-hide').to.equal(true);
    expect(text(dismissButton(el))).to.equal('I have saved it');
    expect(same(deepActiveElement(), root(el).querySelector('[part="heading"]'))).to.equal('same');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('aria-labelledby')).to.equal('heading');
    await expect(el).to.be.accessible();
  });

  it('shows several secrets with plural wording', async () => {
    const el = await once();
    await el.show(SECRETS);
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Save your new secrets');
    expect(text(root(el).querySelector('[part="warning"]'))).to.match(/^These secrets will not be shown again\./);
    expect(values(el)).to.deep.equal(SECRETS.map((entry) => entry.secret));
    expect(text(dismissButton(el))).to.equal('I have saved them');
    await expect(el).to.be.accessible();
  });

  it('takes its heading and dismiss label from attributes', async () => {
    const el = await once(html`<so-secret-once heading="Your new app secret" dismiss-label="Done"></so-secret-once>`);
    await el.show([SECRETS[0]!]);
    expect(text(root(el).querySelector('[part="heading"]'))).to.equal('Your new app secret');
    expect(text(dismissButton(el))).to.equal('Done');
  });

  it('keeps the secret out of every attribute', async () => {
    const el = await once();
    await el.show(SECRETS);
    for (const { secret } of SECRETS) expect(attributesEverywhere(el).includes(secret)).to.equal(false);
  });

  it('copies a secret and fires so-new-secret-copied with its id; the fields’ own events stay inside', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (value: string) => void written.push(value) }, configurable: true });
    const seen: { type: string; detail: unknown }[] = [];
    const record = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
    for (const name of ['so-new-secret-copied', 'so-secret-copied', 'so-secret-revealed']) document.addEventListener(name, record);
    try {
      const el = await once();
      await el.show(SECRETS);
      fields(el)[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitUntil(() => written.length === 1);
      expect(written).to.deep.equal([SECRETS[1]!.secret]);
      expect(seen).to.deep.equal([{ type: 'so-new-secret-copied', detail: { id: 'key_ci' } }]);
    } finally {
      for (const name of ['so-new-secret-copied', 'so-secret-copied', 'so-secret-revealed']) document.removeEventListener(name, record);
    }
  });

  it('forgets the secrets when dismissed, fires so-new-secrets-dismissed, and returns focus', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="trigger">Rotate</button><so-secret-once></so-secret-once></div>`);
    const el = wrapper.querySelector('so-secret-once')!;
    const trigger = wrapper.querySelector<HTMLButtonElement>('#trigger')!;
    trigger.focus();
    await el.show(SECRETS);
    const dismissed: unknown[] = [];
    el.addEventListener('so-new-secrets-dismissed', (event) => dismissed.push(event.detail));
    dismissButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(dismissed).to.deep.equal([{ ids: ['key_new', 'key_ci'] }]);
    expect(same(deepActiveElement(), trigger)).to.equal('same');
    const fieldsBefore = fields(el);
    expect(fieldsBefore.length).to.equal(0);
    for (const { secret } of SECRETS) expect(shadowText(el).includes(secret)).to.equal(false);
  });

  it('clears the secret text from the removed fields as well', async () => {
    const el = await once();
    await el.show([SECRETS[0]!]);
    const [field] = fields(el);
    el.dismiss();
    await field!.updateComplete;
    expect(field!.shadowRoot!.textContent!.includes(SECRETS[0]!.secret)).to.equal(false);
  });

  it('forgets the secrets when removed from the page, and does not show them again when put back', async () => {
    const el = await once();
    await el.show([SECRETS[0]!]);
    const [field] = fields(el);
    const parent = el.parentElement!;
    el.remove();
    await field!.updateComplete;
    expect(field!.shadowRoot!.textContent!.includes(SECRETS[0]!.secret)).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(shadowText(el).includes(SECRETS[0]!.secret)).to.equal(false);
  });

  it('replaces what it shows when shown again', async () => {
    const el = await once();
    await el.show([SECRETS[0]!]);
    await el.show([SECRETS[1]!]);
    expect(values(el)).to.deep.equal([SECRETS[1]!.secret]);
    expect(shadowText(el).includes(SECRETS[0]!.secret)).to.equal(false);
  });
});
