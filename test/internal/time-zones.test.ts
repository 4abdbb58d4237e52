import { expect } from '@open-wc/testing';
import { findTimeZone, isListedTimeZone, searchTimeZones, timeZones } from '../../src/elements/so-profile-form/time-zones.js';

// The list is built once per page from Intl.supportedValuesOf('timeZone'): this file gives it the
// lists two engines give — Chromium's old CLDR names and Firefox's current IANA names, and both.
const listed = ['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Calcutta', 'Europe/Berlin'];
const original = Intl.supportedValuesOf;
(Intl as { supportedValuesOf: (key: string) => string[] }).supportedValuesOf = (key) => (key === 'timeZone' ? listed : original(key as 'currency'));
const zones = timeZones();
Intl.supportedValuesOf = original;

describe('time zones', () => {
  it('shows the current name once, whichever name the browser lists', () => {
    expect(zones.map((zone) => zone.id)).to.deep.equal(['Asia/Kolkata', 'Europe/Berlin', 'Europe/Kyiv', 'UTC']);
  });

  it('finds a zone by its old name when the browser lists only the current one', () => {
    expect(searchTimeZones('kiev').map((zone) => zone.id)).to.deep.equal(['Europe/Kyiv']);
    expect(searchTimeZones('calcutta').map((zone) => zone.id)).to.deep.equal(['Asia/Kolkata']);
    expect(findTimeZone('Europe/Kiev')?.id).to.equal('Europe/Kyiv');
    expect(isListedTimeZone('europe/kiev')).to.be.true;
  });
});
