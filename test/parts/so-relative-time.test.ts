import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/internal/parts/so-relative-time/so-relative-time.js';
import type { SoRelativeTime } from '../../src/internal/parts/so-relative-time/so-relative-time.js';

const now = new Date('2026-03-12T12:00:00Z');
const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

function time(el: SoRelativeTime): HTMLTimeElement | null {
  return el.shadowRoot!.querySelector('time');
}

function secondsAgo(el: SoRelativeTime): number {
  const match = /^(\d+) seconds ago$/.exec(time(el)!.textContent!.trim());
  expect(match, `"${time(el)!.textContent}" reads "N seconds ago"`).to.not.equal(null);
  return Number(match![1]);
}

describe('<so-relative-time>', () => {
  it('says how long ago a date was, in a <time> with the ISO instant and the full date as tooltip', async () => {
    const el = await fixture<SoRelativeTime>(html`<so-relative-time date=${minutesBefore(2)} .now=${now}></so-relative-time>`);
    expect(time(el)!.textContent!.trim()).to.equal('2 minutes ago');
    expect(time(el)!.getAttribute('datetime')).to.equal('2026-03-12T11:58:00.000Z');
    expect(time(el)!.title).to.include('March 12, 2026');
    await expect(el).to.be.accessible();
  });

  it('says how far away a future date is', async () => {
    const inThreeDays = new Date(now.getTime() + 3 * 86_400_000).toISOString();
    const el = await fixture<SoRelativeTime>(html`<so-relative-time date=${inThreeDays} .now=${now}></so-relative-time>`);
    expect(time(el)!.textContent!.trim()).to.equal('in 3 days');
    await expect(el).to.be.accessible();
  });

  it('accepts a Date as its date property', async () => {
    const el = await fixture<SoRelativeTime>(html`<so-relative-time .date=${new Date(minutesBefore(60))} .now=${now}></so-relative-time>`);
    expect(time(el)!.textContent!.trim()).to.equal('1 hour ago');
  });

  it('renders nothing for an invalid or missing date', async () => {
    const invalid = await fixture<SoRelativeTime>(html`<so-relative-time date="not a date" .now=${now}></so-relative-time>`);
    expect(time(invalid)).to.equal(null);
    expect(invalid.shadowRoot!.textContent!.trim()).to.equal('');
    await expect(invalid).to.be.accessible();
    const missing = await fixture<SoRelativeTime>(html`<so-relative-time></so-relative-time>`);
    expect(time(missing)).to.equal(null);
    expect(missing.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('follows the language of its nearest ancestor', async () => {
    const wrapper = await fixture(html`<div lang="de"><so-relative-time date=${minutesBefore(2)} .now=${now}></so-relative-time></div>`);
    const el = wrapper.querySelector('so-relative-time')!;
    await el.updateComplete;
    expect(time(el)!.textContent!.trim()).to.equal('vor 2 Minuten');
    expect(time(el)!.title).to.include('März 2026');
  });

  it('updates its text as time passes', async () => {
    const tenSecondsAgo = new Date(Date.now() - 10_000).toISOString();
    const el = await fixture<SoRelativeTime>(html`<so-relative-time date=${tenSecondsAgo}></so-relative-time>`);
    const before = secondsAgo(el);
    expect(before).to.be.within(10, 11);
    await aTimeout(1_600);
    expect(secondsAgo(el)).to.be.greaterThan(before);
  });

  it('stops updating while disconnected and catches up when connected again', async () => {
    const tenSecondsAgo = new Date(Date.now() - 10_000).toISOString();
    const el = await fixture<SoRelativeTime>(html`<so-relative-time date=${tenSecondsAgo}></so-relative-time>`);
    const parent = el.parentElement!;
    el.remove();
    const frozen = secondsAgo(el);
    await aTimeout(1_600);
    expect(secondsAgo(el)).to.equal(frozen);
    parent.append(el);
    await el.updateComplete;
    expect(secondsAgo(el)).to.be.greaterThan(frozen);
  });
});
