import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../src/internal/parts/so-status-announcer/so-status-announcer.js';

function region(el: SoStatusAnnouncer): HTMLElement {
  return el.shadowRoot!.querySelector('[part="base"]')!;
}

describe('<so-status-announcer>', () => {
  it('is an empty polite status region before anything is announced', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer></so-status-announcer>`);
    expect(region(el).getAttribute('role')).to.equal('status');
    expect(region(el).getAttribute('aria-live')).to.equal('polite');
    expect(region(el).textContent!.trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('puts the announced message in the region', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer></so-status-announcer>`);
    await el.announce('Saved.');
    expect(region(el).textContent!.trim()).to.equal('Saved.');
    expect(el.text).to.equal('Saved.');
    await expect(el).to.be.accessible();
  });

  it('keeps the region out of sight', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer></so-status-announcer>`);
    await el.announce('Saved.');
    const rect = region(el).getBoundingClientRect();
    expect(rect.width * rect.height).to.be.at.most(1);
  });

  it('empties the region and fills it again to repeat an identical message', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer></so-status-announcer>`);
    await el.announce('Copied to clipboard.');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region(el).textContent!.trim()));
    observer.observe(region(el), { childList: true, characterData: true, subtree: true });
    await el.announce('Copied to clipboard.');
    await aTimeout(0);
    observer.disconnect();
    expect(seen).to.deep.equal(['', 'Copied to clipboard.']);
  });

  it('lets a newer message win over one still waiting for its frame', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer></so-status-announcer>`);
    const first = el.announce('First.');
    await el.announce('Second.');
    await first;
    expect(region(el).textContent!.trim()).to.equal('Second.');
  });

  it('clears the region', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer></so-status-announcer>`);
    await el.announce('Saved.');
    el.clear();
    await el.updateComplete;
    expect(region(el).textContent!.trim()).to.equal('');
  });

  it('interrupts with an assertive alert region when asked', async () => {
    const el = await fixture<SoStatusAnnouncer>(html`<so-status-announcer assertive></so-status-announcer>`);
    expect(region(el).getAttribute('role')).to.equal('alert');
    expect(region(el).getAttribute('aria-live')).to.equal('assertive');
    await el.announce('Connection lost.');
    expect(region(el).textContent!.trim()).to.equal('Connection lost.');
    await expect(el).to.be.accessible();
  });
});
