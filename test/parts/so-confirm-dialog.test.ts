import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';

interface Setup {
  trigger: HTMLButtonElement;
  el: SoConfirmDialog;
}

/** A trigger button and a dialog, the way a host uses them; the trigger has focus. */
async function setup(dialog = html`<so-confirm-dialog heading="Revoke key?">The key stops working at once.</so-confirm-dialog>`): Promise<Setup> {
  const wrapper = await fixture(html`<div><button id="trigger">Revoke</button>${dialog}</div>`);
  const trigger = wrapper.querySelector<HTMLButtonElement>('#trigger')!;
  const el = wrapper.querySelector('so-confirm-dialog')!;
  await el.updateComplete;
  trigger.focus();
  return { trigger, el };
}

const part = <T extends HTMLElement>(el: SoConfirmDialog, name: string) => el.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;
const dialogOf = (el: SoConfirmDialog) => part<HTMLDialogElement>(el, 'base');
const confirmButton = (el: SoConfirmDialog) => part<HTMLButtonElement>(el, 'confirm-button');
const cancelButton = (el: SoConfirmDialog) => part<HTMLButtonElement>(el, 'cancel-button');
const input = (el: SoConfirmDialog) => part<HTMLInputElement>(el, 'input');

/** The focused element, looking inside shadow roots, described as `tag#id[part]` for readable failures. */
function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return describeElement(active);
}

function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  const id = element.id ? `#${element.id}` : '';
  const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
  return `${element.localName}${id}${part}`;
}

/** The text a node shows, following slots to what is assigned to them (or their fallback). */
function renderedText(node: Node): string {
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(renderedText).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  return [...node.childNodes].map(renderedText).join('');
}

/** The text of the element(s) an ARIA id-reference attribute points at, inside the same shadow root. */
function referencedText(element: Element, attribute: string): string {
  const root = element.getRootNode() as ShadowRoot;
  const ids = element.getAttribute(attribute)!.split(' ');
  return ids.map((id) => renderedText(root.getElementById(id)!)).join(' ').replace(/\s+/g, ' ').trim();
}

/** The native dialog fires `close` in a later task; give it time to arrive. */
const closeEventFired = () => aTimeout(50);

function countEvents(el: EventTarget, name: string): { count: number } {
  const counter = { count: 0 };
  el.addEventListener(name, () => (counter.count += 1));
  return counter;
}

describe('<so-confirm-dialog>', () => {
  it('is closed until shown', async () => {
    const { el } = await setup();
    expect(el.open).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens as a modal alert dialog named by its heading and described by its body', async () => {
    const { el } = await setup();
    await el.show();
    expect(el.hasAttribute('open')).to.equal(true);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(dialogOf(el).getAttribute('role')).to.equal('alertdialog');
    expect(referencedText(dialogOf(el), 'aria-labelledby')).to.equal('Revoke key?');
    expect(referencedText(dialogOf(el), 'aria-describedby')).to.equal('The key stops working at once.');
    expect(confirmButton(el).textContent!.trim()).to.equal('Confirm');
    expect(cancelButton(el).textContent!.trim()).to.equal('Cancel');
    await expect(el).to.be.accessible();
  });

  it('uses the labels and heading slot it is given', async () => {
    const { el } = await setup(html`<so-confirm-dialog confirm-label="Revoke key" cancel-label="Keep key">
      <span slot="heading">Revoke <em>Production</em>?</span>
      Body.
    </so-confirm-dialog>`);
    await el.show();
    expect(confirmButton(el).textContent!.trim()).to.equal('Revoke key');
    expect(cancelButton(el).textContent!.trim()).to.equal('Keep key');
    expect(referencedText(dialogOf(el), 'aria-labelledby')).to.equal('Revoke Production?');
    await expect(el).to.be.accessible();
  });

  it('falls back to a generic heading so the dialog always has a name', async () => {
    const { el } = await setup(html`<so-confirm-dialog>Body.</so-confirm-dialog>`);
    await el.show();
    expect(referencedText(dialogOf(el), 'aria-labelledby')).to.equal('Are you sure?');
  });

  it('moves focus to Confirm on open and back to the trigger on Cancel', async () => {
    const { el, trigger } = await setup();
    await el.show();
    expect(focused()).to.equal(describeElement(confirmButton(el)));
    const cancelled = oneEvent(el, 'so-cancel');
    cancelButton(el).click();
    expect((await cancelled).detail).to.deep.equal({ reason: 'cancel-button' });
    expect(el.open).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
    expect(focused()).to.equal(describeElement(trigger));
  });

  it('cancels on Escape, closes, and returns focus to the trigger', async () => {
    const { el, trigger } = await setup();
    const confirms = countEvents(el, 'so-confirm');
    await el.show();
    const cancelled = oneEvent(el, 'so-cancel');
    await sendKeys({ press: 'Escape' });
    expect((await cancelled).detail).to.deep.equal({ reason: 'escape' });
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
    expect(focused()).to.equal(describeElement(trigger));
    expect(confirms.count).to.equal(0);
  });

  it('confirms from the keyboard, closes without so-cancel and returns focus', async () => {
    const { el, trigger } = await setup();
    const cancels = countEvents(el, 'so-cancel');
    await el.show();
    const confirmed = oneEvent(el, 'so-confirm');
    await sendKeys({ press: 'Enter' });
    const event = await confirmed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.open).to.equal(false);
    await closeEventFired();
    expect(dialogOf(el).open).to.equal(false);
    expect(focused()).to.equal(describeElement(trigger));
    expect(cancels.count).to.equal(0);
  });

  it('stays open when the host prevents so-confirm', async () => {
    const { el } = await setup();
    el.addEventListener('so-confirm', (event) => event.preventDefault());
    await el.show();
    confirmButton(el).click();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(dialogOf(el).open).to.equal(true);
  });

  it('closes quietly when the host hides it', async () => {
    const { el, trigger } = await setup();
    const cancels = countEvents(el, 'so-cancel');
    await el.show();
    await el.hide();
    await closeEventFired();
    expect(dialogOf(el).open).to.equal(false);
    expect(cancels.count).to.equal(0);
    expect(focused()).to.equal(describeElement(trigger));
  });

  it('opens from the open attribute', async () => {
    const { el } = await setup(html`<so-confirm-dialog heading="Leave?" open>Body.</so-confirm-dialog>`);
    expect(dialogOf(el).matches(':modal')).to.equal(true);
  });

  describe('danger variant', () => {
    it('colours Confirm with the danger token and starts focus on Cancel', async () => {
      const { el } = await setup(html`<so-confirm-dialog heading="Delete?" variant="danger" style="--so-color-danger: rgb(1, 2, 3)"
        >Gone for good.</so-confirm-dialog
      >`);
      await el.show();
      expect(getComputedStyle(confirmButton(el)).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(cancelButton(el)).backgroundColor).to.not.equal('rgb(1, 2, 3)');
      expect(focused()).to.equal(describeElement(cancelButton(el)));
      await expect(el).to.be.accessible();
    });

    it('does not use the danger colour in the default variant', async () => {
      const { el } = await setup(html`<so-confirm-dialog heading="Save?" style="--so-color-danger: rgb(1, 2, 3)">Body.</so-confirm-dialog>`);
      await el.show();
      expect(getComputedStyle(confirmButton(el)).backgroundColor).to.not.equal('rgb(1, 2, 3)');
    });
  });

  describe('type to confirm', () => {
    const phraseDialog = html`<so-confirm-dialog heading="Delete organization?" variant="danger" confirm-phrase="Acme Inc"
      >Type the name to delete it.</so-confirm-dialog
    >`;

    it('focuses the labelled field and keeps Confirm disabled until the text matches', async () => {
      const { el } = await setup(phraseDialog);
      await el.show();
      expect(focused()).to.equal(describeElement(input(el)));
      expect(input(el).labels![0]!.textContent!.trim()).to.equal('Type Acme Inc to confirm');
      expect(confirmButton(el).disabled).to.equal(true);
      await sendKeys({ type: 'Acme Inc' });
      await el.updateComplete;
      expect(confirmButton(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps Confirm disabled for a trailing space or a different case', async () => {
      const { el } = await setup(phraseDialog);
      await el.show();
      await sendKeys({ type: 'Acme Inc ' });
      await el.updateComplete;
      expect(confirmButton(el).disabled).to.equal(true);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      input(el).select();
      await sendKeys({ type: 'acme inc' });
      await el.updateComplete;
      expect(input(el).value).to.equal('acme inc');
      expect(confirmButton(el).disabled).to.equal(true);
      input(el).select();
      await sendKeys({ type: ' Acme Inc' });
      await el.updateComplete;
      expect(confirmButton(el).disabled).to.equal(true);
    });

    it('says so when the text cannot match, not while it is still a beginning', async () => {
      const { el } = await setup(phraseDialog);
      await el.show();
      const hint = el.shadowRoot!.querySelector<HTMLElement>('#mismatch')!;
      await sendKeys({ type: 'Acme' });
      await el.updateComplete;
      expect(hint.hidden).to.equal(true);
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(hint.hidden).to.equal(false);
      expect(hint.textContent!.trim()).to.equal('The text doesn’t match yet.');
      expect(input(el).getAttribute('aria-describedby')).to.equal('mismatch');
    });

    it('ignores Enter until the text matches, then confirms with it', async () => {
      const { el } = await setup(phraseDialog);
      const confirms = countEvents(el, 'so-confirm');
      await el.show();
      await sendKeys({ type: 'Acme In' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(confirms.count).to.equal(0);
      expect(el.open).to.equal(true);
      await sendKeys({ type: 'c' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      expect(confirms.count).to.equal(1);
      expect(el.open).to.equal(false);
    });

    it('starts empty every time it opens', async () => {
      const { el } = await setup(phraseDialog);
      await el.show();
      await sendKeys({ type: 'Acme Inc' });
      await el.hide();
      await el.show();
      expect(input(el).value).to.equal('');
      expect(confirmButton(el).disabled).to.equal(true);
    });
  });

  describe('busy', () => {
    it('stays open while the host works, blocks a second confirm and Escape, then closes quietly', async () => {
      const { el, trigger } = await setup();
      const confirms = countEvents(el, 'so-confirm');
      const cancels = countEvents(el, 'so-cancel');
      el.addEventListener('so-confirm', () => (el.busy = true));
      await el.show();
      confirmButton(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(dialogOf(el).open).to.equal(true);
      expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('Working…');
      await expect(el).to.be.accessible();

      confirmButton(el).click();
      await sendKeys({ press: 'Enter' });
      cancelButton(el).click();
      await sendKeys({ press: 'Escape' });
      await closeEventFired();
      expect(confirms.count).to.equal(1);
      expect(cancels.count).to.equal(0);
      expect(dialogOf(el).open).to.equal(true);

      el.busy = false;
      await el.hide();
      await closeEventFired();
      expect(dialogOf(el).open).to.equal(false);
      expect(cancels.count).to.equal(0);
      expect(focused()).to.equal(describeElement(trigger));
    });

    it('can be cancelled again once the host stops being busy without closing', async () => {
      const { el } = await setup();
      el.addEventListener('so-confirm', () => (el.busy = true));
      await el.show();
      confirmButton(el).click();
      await el.updateComplete;
      el.busy = false; // the action failed; the host keeps the dialog open
      await el.updateComplete;
      const cancelled = oneEvent(el, 'so-cancel');
      cancelButton(el).click();
      expect((await cancelled).detail.reason).to.equal('cancel-button');
    });
  });

  describe('confirm()', () => {
    it('resolves true when the user confirms', async () => {
      const { el } = await setup();
      const answer = el.confirm();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(true);
      confirmButton(el).click();
      expect(await answer).to.equal(true);
    });

    it('resolves false when the user presses Escape', async () => {
      const { el } = await setup();
      const answer = el.confirm();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      expect(await answer).to.equal(false);
    });

    it('resolves false when the host hides it or removes it', async () => {
      const { el } = await setup();
      const hidden = el.confirm();
      await el.updateComplete;
      await el.hide();
      expect(await hidden).to.equal(false);
      const removed = el.confirm();
      await el.updateComplete;
      el.remove();
      expect(await removed).to.equal(false);
    });

    it('returns focus to the trigger when removed while open', async () => {
      const { el, trigger } = await setup();
      await el.show();
      expect(focused()).to.equal(describeElement(confirmButton(el)));
      el.remove();
      await closeEventFired();
      expect(focused()).to.equal(describeElement(trigger));
    });
  });
});
