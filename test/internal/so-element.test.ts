import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { customElement, defineElement, SoElement } from '../../src/internal/so-element.js';
import { captureConsole } from '../helpers/console.js';
import { emulate } from '../helpers/media.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'so-test-happened': CustomEvent<{ id: string }>;
  }
}

@customElement('test-themed-element')
class TestThemedElement extends SoElement {
  fire(cancelable: boolean) {
    return this.emit('so-test-happened', { id: 'k1' }, { cancelable });
  }
  override render() {
    return litHtml`<p part="base">Themed</p>`;
  }
}

const light = 'rgb(17, 24, 39)';
const dark = 'rgb(243, 244, 246)';

describe('SoElement', () => {
  afterEach(() => emulate({ colorScheme: 'light' }));

  it('emits typed events that bubble, cross shadow roots, and can be cancelable', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><test-themed-element></test-themed-element></div>`);
    const el = root.querySelector<TestThemedElement>('test-themed-element')!;
    let received: CustomEvent<{ id: string }> | undefined;
    root.addEventListener('so-test-happened', (event) => {
      received = event;
      event.preventDefault();
    });
    const event = el.fire(true);
    expect(received?.detail).to.deep.equal({ id: 'k1' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.defaultPrevented).to.be.true;
    expect(el.fire(false).defaultPrevented, 'not cancelable').to.be.false;
  });

  it('tolerates the same tag being defined twice and warns when another class claims it', () => {
    const warnings = captureConsole('warn');
    try {
      expect(() => defineElement('test-themed-element', TestThemedElement)).not.to.throw();
      expect(warnings.messages).to.have.length(0);
      expect(() => defineElement('test-themed-element', class extends SoElement {})).not.to.throw();
      expect(warnings.messages[0]).to.contain('already defined');
      expect(customElements.get('test-themed-element')).to.equal(TestThemedElement);
    } finally {
      warnings.restore();
    }
  });

  it('follows prefers-color-scheme by default', async function () {
    const el = await fixture<TestThemedElement>(html`<test-themed-element></test-themed-element>`);
    if (!(await emulate({ colorScheme: 'light' }))) this.skip();
    expect(getComputedStyle(el).color).to.equal(light);
    await emulate({ colorScheme: 'dark' });
    expect(getComputedStyle(el).color).to.equal(dark);
  });

  it('lets .so-theme-light / .so-theme-dark on an ancestor override the system scheme', async function () {
    if (!(await emulate({ colorScheme: 'dark' }))) this.skip();
    const root = await fixture<HTMLDivElement>(html`<div class="so-theme-light"><test-themed-element></test-themed-element></div>`);
    const el = root.querySelector('test-themed-element')!;
    expect(getComputedStyle(el).color).to.equal(light);
    await emulate({ colorScheme: 'light' });
    root.className = 'so-theme-dark';
    expect(getComputedStyle(el).color).to.equal(dark);
  });

  it('lets a host override a token on any ancestor', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div style="--so-color-text: rgb(1, 2, 3)"><test-themed-element></test-themed-element></div>`,
    );
    expect(getComputedStyle(root.querySelector('test-themed-element')!).color).to.equal('rgb(1, 2, 3)');
  });
});
