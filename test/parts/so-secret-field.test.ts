import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/internal/parts/so-secret-field/so-secret-field.js';
import type { SoSecretField } from '../../src/internal/parts/so-secret-field/so-secret-field.js';
import { deferred } from '../helpers/deferred.js';

const SECRET = 'sk-so-Zq8LmN4pRt7VwXy2Ab5Cd3F92';

const part = <T extends HTMLElement = HTMLElement>(el: SoSecretField, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part="${name}"]`);
const revealButton = (el: SoSecretField) => part<HTMLButtonElement>(el, 'reveal-button');
const copyButton = (el: SoSecretField) => part<HTMLButtonElement>(el, 'copy-button');
const valueText = (el: SoSecretField) => part(el, 'value')!.textContent!.replace(/\s+/g, ' ').trim();

/** Every element under `root`, crossing into shadow roots. */
function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Every place the secret could leak into markup: attributes anywhere, and text anywhere. */
function leaks(el: SoSecretField): string[] {
  const places: string[] = [];
  for (const element of [el, ...allElements(el), ...allElements(el.shadowRoot!)]) {
    for (const attribute of element.attributes) {
      if (attribute.value.includes(SECRET)) places.push(`<${element.localName} ${attribute.name}>`);
    }
    if (element.textContent!.includes(SECRET)) places.push(`<${element.localName}> text`);
  }
  for (const root of [el.shadowRoot!, ...allElements(el.shadowRoot!).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))]) {
    if (root.textContent!.includes(SECRET)) places.push('shadow root text');
  }
  return places;
}

function attributeLeaks(el: SoSecretField): string[] {
  return leaks(el).filter((place) => !place.endsWith(' text'));
}

/** The polite live region's current message. */
function announced(el: SoSecretField): string {
  const announcer = el.shadowRoot!.querySelector('so-status-announcer')!;
  return announcer.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

async function waitForAnnouncement(el: SoSecretField, message: string): Promise<void> {
  await waitUntil(() => announced(el) === message, `announces "${message}" (last: "${announced(el)}")`);
}

function visibleMessages(el: SoSecretField): string[] {
  return [...el.shadowRoot!.querySelectorAll('.hint, .status')].map((p) => p.textContent!.trim());
}

/** A revealer that counts its calls. */
function countingRevealer(secret = SECRET) {
  const revealer = Object.assign(async () => {
    revealer.calls += 1;
    return secret;
  }, { calls: 0 });
  return revealer;
}

/** Replaces `navigator.clipboard` for one test; `undefined` removes it. */
function stubClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

async function field(revealer?: () => Promise<string>, attributes = html``) {
  const el = await fixture<SoSecretField>(html`<so-secret-field prefix="sk-so-" last4="3F92" .revealer=${revealer}>${attributes}</so-secret-field>`);
  return el;
}

describe('<so-secret-field>', () => {
  afterEach(() => {
    delete (navigator as { clipboard?: Clipboard }).clipboard;
  });

  describe('masked', () => {
    it('shows the prefix and last four, and tells assistive technology it is hidden', async () => {
      const el = await field(countingRevealer());
      expect(part(el, 'value')!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('sk-so-•••••••••••••• 3F92');
      expect(part(el, 'value')!.querySelector('.visually-hidden')!.textContent).to.equal('sk-so-…3F92, hidden');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Secret');
      expect(revealButton(el)!.getAttribute('aria-label')).to.equal('Reveal secret');
      expect(copyButton(el)!.getAttribute('aria-label')).to.equal('Copy secret');
      expect(el.revealed).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('names its group after the label it is given', async () => {
      const el = await fixture<SoSecretField>(html`<so-secret-field label="Production key" last4="3F92"></so-secret-field>`);
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Production key');
    });

    it('offers no Reveal or Copy when there is no way to get the secret', async () => {
      const el = await field();
      expect(revealButton(el)).to.equal(null);
      expect(copyButton(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('leaves out the buttons the host turns off', async () => {
      const noCopy = await fixture<SoSecretField>(html`<so-secret-field last4="3F92" copyable="false" .revealer=${countingRevealer()}></so-secret-field>`);
      expect(copyButton(noCopy)).to.equal(null);
      expect(revealButton(noCopy)).to.not.equal(null);
      const noReveal = await fixture<SoSecretField>(html`<so-secret-field last4="3F92" revealable="false" .revealer=${countingRevealer()}></so-secret-field>`);
      expect(revealButton(noReveal)).to.equal(null);
      expect(copyButton(noReveal)).to.not.equal(null);
    });
  });

  describe('reveal', () => {
    it('fetches and shows the secret as text only, announces it and when it hides again', async () => {
      const revealer = countingRevealer();
      const el = await field(revealer);
      const revealed = oneEvent(el, 'so-secret-revealed');
      revealButton(el)!.click();
      const event = await revealed;
      await el.updateComplete;
      expect(event.detail).to.deep.equal({ last4: '3F92' });
      expect(revealer.calls).to.equal(1);
      expect(valueText(el)).to.equal(SECRET);
      expect(el.revealed).to.equal(true);
      expect(el.matches(':state(revealed)')).to.equal(true);
      expect(attributeLeaks(el)).to.deep.equal([]);
      expect(revealButton(el)!.getAttribute('aria-label')).to.equal('Hide secret');
      expect(revealButton(el)!.textContent!.trim()).to.equal('Hide');
      expect(visibleMessages(el)).to.deep.equal(['Hides again after 30 seconds.']);
      await waitForAnnouncement(el, 'Secret shown. Hides again after 30 seconds.');
      await expect(el).to.be.accessible();
    });

    it('reveals from the keyboard', async () => {
      const el = await field(countingRevealer());
      revealButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.revealed, 'revealed after Enter');
      await el.updateComplete;
      expect(valueText(el)).to.equal(SECRET);
    });

    it('asks the revealer once however often Reveal is pressed while it answers', async () => {
      const answer = deferred<string>();
      let calls = 0;
      const el = await field(() => {
        calls += 1;
        return answer.promise;
      });
      revealButton(el)!.click();
      revealButton(el)!.click();
      copyButton(el)!.click();
      await el.updateComplete;
      expect(revealButton(el)!.getAttribute('aria-disabled')).to.equal('true');
      answer.resolve(SECRET);
      await waitUntil(() => el.revealed, 'revealed');
      expect(calls).to.equal(1);
    });

    it('says so when the secret cannot be fetched', async () => {
      const el = await field(() => Promise.reject(new Error('forbidden')));
      revealButton(el)!.click();
      await waitForAnnouncement(el, 'Couldn’t reveal the secret. Try again.');
      expect(visibleMessages(el)).to.deep.equal(['Couldn’t reveal the secret. Try again.']);
      expect(el.revealed).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('hides on request, forgets the secret and fetches it again next time', async () => {
      const revealer = countingRevealer();
      const el = await field(revealer);
      await el.reveal();
      const hidden = oneEvent(el, 'so-secret-hidden');
      revealButton(el)!.click();
      expect((await hidden).detail).to.deep.equal({ last4: '3F92' });
      await el.updateComplete;
      expect(leaks(el)).to.deep.equal([]);
      expect(valueText(el)).to.include('3F92, hidden');
      expect(revealButton(el)!.getAttribute('aria-label')).to.equal('Reveal secret');
      expect(el.matches(':state(revealed)')).to.equal(false);
      await waitForAnnouncement(el, 'Secret hidden.');
      await el.reveal();
      expect(revealer.calls).to.equal(2);
    });

    it('hides itself after reveal-timeout seconds and leaves no trace', async () => {
      const el = await fixture<SoSecretField>(html`<so-secret-field last4="3F92" reveal-timeout="1" .revealer=${countingRevealer()}></so-secret-field>`);
      await el.reveal();
      await el.updateComplete;
      expect(visibleMessages(el)).to.deep.equal(['Hides again after 1 second.']);
      expect(valueText(el)).to.equal(SECRET);
      const started = Date.now();
      await oneEvent(el, 'so-secret-hidden');
      expect(Date.now() - started).to.be.within(700, 1_500);
      await el.updateComplete;
      expect(el.revealed).to.equal(false);
      expect(leaks(el)).to.deep.equal([]);
      expect(visibleMessages(el)).to.deep.equal([]);
    });

    it('stays revealed with reveal-timeout="0", and says nothing about hiding', async () => {
      const el = await fixture<SoSecretField>(html`<so-secret-field last4="3F92" reveal-timeout="0" .revealer=${countingRevealer()}></so-secret-field>`);
      await el.reveal();
      await aTimeout(1_200);
      expect(el.revealed).to.equal(true);
      expect(visibleMessages(el)).to.deep.equal([]);
      await waitForAnnouncement(el, 'Secret shown.');
    });

    it('forgets the secret when disconnected', async () => {
      const el = await field(countingRevealer());
      await el.reveal();
      await el.updateComplete;
      expect(valueText(el)).to.equal(SECRET);
      el.remove();
      await el.updateComplete;
      expect(el.revealed).to.equal(false);
      expect(leaks(el)).to.deep.equal([]);
    });

    it('throws away a secret that arrives after it was disconnected', async () => {
      const answer = deferred<string>();
      const el = await field(() => answer.promise);
      const parent = el.parentElement!;
      revealButton(el)!.click();
      el.remove();
      parent.append(el);
      answer.resolve(SECRET);
      await aTimeout(10);
      await el.updateComplete;
      expect(el.revealed).to.equal(false);
      expect(leaks(el)).to.deep.equal([]);
    });

    it('never logs the secret or puts it in an event', async () => {
      const logged: unknown[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((method) => console[method]);
      methods.forEach((method) => (console[method] = (...args: unknown[]) => logged.push(...args)));
      const details: unknown[] = [];
      try {
        stubClipboard({ writeText: () => Promise.resolve() });
        const el = await field(countingRevealer());
        for (const name of ['so-secret-revealed', 'so-secret-hidden', 'so-secret-copied'] as const) {
          el.addEventListener(name, (event) => details.push(event.detail));
        }
        await el.copy();
        await el.reveal();
        el.hide();
        await el.updateComplete;
      } finally {
        methods.forEach((method, index) => (console[method] = originals[index]!));
      }
      expect(details).to.have.length(3);
      expect(JSON.stringify(details)).to.not.include(SECRET);
      expect(logged.map(String).join('\n')).to.not.include(SECRET);
    });
  });

  describe('show once', () => {
    it('shows a secret it is given, with Copy, and cannot show it again once hidden', async () => {
      const el = await field();
      const revealed = oneEvent(el, 'so-secret-revealed');
      el.setSecret(SECRET);
      await revealed;
      await el.updateComplete;
      expect(valueText(el)).to.equal(SECRET);
      expect(attributeLeaks(el)).to.deep.equal([]);
      expect(copyButton(el)).to.not.equal(null);
      await expect(el).to.be.accessible();
      revealButton(el)!.click();
      await el.updateComplete;
      expect(leaks(el)).to.deep.equal([]);
      expect(revealButton(el)).to.equal(null);
      expect(copyButton(el)).to.equal(null);
    });
  });

  describe('show once, racing a fetch', () => {
    it('keeps a secret it is given even when an older fetch answers afterwards', async () => {
      const answer = deferred<string>();
      const el = await field(() => answer.promise);
      revealButton(el)!.click();
      el.setSecret('sk-so-justCreated0000');
      answer.resolve(SECRET);
      await aTimeout(10);
      await el.updateComplete;
      expect(valueText(el)).to.equal('sk-so-justCreated0000');
      expect(leaks(el)).to.deep.equal([]);
    });
  });

  describe('copy', () => {
    it('copies a hidden secret without showing it, and says so', async () => {
      const written: string[] = [];
      stubClipboard({ writeText: async (text: string) => void written.push(text) });
      const revealer = countingRevealer();
      const el = await field(revealer);
      const copied = oneEvent(el, 'so-secret-copied');
      copyButton(el)!.click();
      expect((await copied).detail).to.deep.equal({ last4: '3F92' });
      await el.updateComplete;
      expect(written).to.deep.equal([SECRET]);
      expect(el.revealed).to.equal(false);
      expect(leaks(el)).to.deep.equal([]);
      expect(visibleMessages(el)).to.deep.equal(['Copied to clipboard.']);
      await waitForAnnouncement(el, 'Copied to clipboard.');
      await expect(el).to.be.accessible();
    });

    it('clears the last outcome when the next action starts', async () => {
      stubClipboard({ writeText: () => Promise.resolve() });
      const el = await field(countingRevealer());
      await el.copy();
      await el.updateComplete;
      expect(visibleMessages(el)).to.deep.equal(['Copied to clipboard.']);
      await el.reveal();
      await el.updateComplete;
      expect(visibleMessages(el)).to.deep.equal(['Hides again after 30 seconds.']);
    });

    it('copies a revealed secret without fetching it again', async () => {
      const written: string[] = [];
      stubClipboard({ writeText: async (text: string) => void written.push(text) });
      const revealer = countingRevealer();
      const el = await field(revealer);
      await el.reveal();
      expect(await el.copy()).to.equal(true);
      expect(revealer.calls).to.equal(1);
      expect(written).to.deep.equal([SECRET]);
      expect(el.revealed).to.equal(true);
    });

    it('shows the secret selected for copying by hand when the clipboard refuses', async () => {
      stubClipboard({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
      const el = await field(countingRevealer());
      const copies: Event[] = [];
      el.addEventListener('so-secret-copied', (event) => copies.push(event));
      expect(await el.copy()).to.equal(false);
      await el.updateComplete;
      expect(copies).to.deep.equal([]);
      expect(el.revealed).to.equal(true);
      expect(valueText(el)).to.equal(SECRET);
      expect(getSelection()!.toString()).to.equal(SECRET);
      expect(attributeLeaks(el)).to.deep.equal([]);
      const failure = 'Couldn’t copy automatically. Select the text and copy it yourself.';
      expect(visibleMessages(el)).to.deep.equal(['Hides again after 30 seconds.', failure]);
      await waitForAnnouncement(el, `${failure} Hides again after 30 seconds.`);
      await expect(el).to.be.accessible();
    });

    it('falls back the same way when there is no clipboard at all', async () => {
      stubClipboard(undefined);
      const el = await field(countingRevealer());
      copyButton(el)!.click();
      await waitUntil(() => el.revealed, 'revealed for copying by hand');
      await el.updateComplete;
      expect(getSelection()!.toString()).to.equal(SECRET);
    });

    it('does not show the secret when copying fails and revealing is turned off', async () => {
      stubClipboard({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
      const el = await fixture<SoSecretField>(html`<so-secret-field last4="3F92" revealable="false" .revealer=${countingRevealer()}></so-secret-field>`);
      expect(await el.copy()).to.equal(false);
      await el.updateComplete;
      expect(el.revealed).to.equal(false);
      expect(leaks(el)).to.deep.equal([]);
      expect(visibleMessages(el)).to.deep.equal(['Couldn’t copy to the clipboard. Try again.']);
      await waitForAnnouncement(el, 'Couldn’t copy to the clipboard. Try again.');
    });

    it('announces a second copy even though the message is the same', async () => {
      stubClipboard({ writeText: () => Promise.resolve() });
      const el = await field(countingRevealer());
      await el.copy();
      await waitForAnnouncement(el, 'Copied to clipboard.');
      const region = el.shadowRoot!.querySelector('so-status-announcer')!.shadowRoot!.querySelector('[role="status"]')!;
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(region.textContent!.trim()));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      await el.copy();
      await waitUntil(() => seen.length === 2, 'the region was emptied and filled again');
      observer.disconnect();
      expect(seen).to.deep.equal(['', 'Copied to clipboard.']);
    });
  });

  describe('developer warnings', () => {
    it('warns when last4 holds more than four characters, and shows only four', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SoSecretField>(html`<so-secret-field last4="abcdef3F92"></so-secret-field>`);
        expect(valueText(el)).to.include('••• 3F92');
        expect(valueText(el)).to.not.include('abcdef');
      } finally {
        console.warn = original;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('last4');
    });

    it('warns about a bad reveal-timeout and uses 30 seconds', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SoSecretField>(html`<so-secret-field last4="3F92" reveal-timeout="soon" .revealer=${countingRevealer()}></so-secret-field>`);
        await el.reveal();
        await el.updateComplete;
        expect(visibleMessages(el)).to.deep.equal(['Hides again after 30 seconds.']);
      } finally {
        console.warn = original;
      }
      expect(warnings.join('\n')).to.include('reveal-timeout');
    });
  });
});
