import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import {
  formatBytes,
  formatCompact,
  formatDate,
  formatMoney,
  formatNumber,
  formatRelativeTime,
  plural,
} from '../../src/internal/format.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { customElement, SoElement } from '../../src/internal/so-element.js';
import { captureConsole } from '../helpers/console.js';

@customElement('test-localized-element')
class TestLocalizedElement extends SoElement {
  override render() {
    return litHtml`<span>${this.localize.term('state.retry')}</span>|<span>${this.localize.term('error.rate_limited', 1)}</span>|<span>${this.localize.dir}</span>`;
  }
}

function parts(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('span')].map((span) => span.textContent!);
}

describe('localization', () => {
  before(() => {
    registerTranslation('de', {
      'state.retry': 'Erneut versuchen',
      'error.rate_limited': (locale, seconds) =>
        plural(locale, seconds ?? 0, { one: `Noch ${seconds} Sekunde.`, other: `Noch ${seconds} Sekunden.` }),
    });
  });

  it('uses English when no ancestor sets lang', async () => {
    const el = await fixture<TestLocalizedElement>(html`<test-localized-element></test-localized-element>`);
    expect(parts(el)).to.deep.equal(['Try again', 'Too many requests. Try again in 1 second.', 'ltr']);
  });

  it('takes lang and dir from the nearest ancestor, across a region', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="fr" dir="rtl">
      <section lang="de-CH"><test-localized-element></test-localized-element></section>
    </div>`);
    const el = root.querySelector('test-localized-element')!;
    expect(parts(el)).to.deep.equal(['Erneut versuchen', 'Noch 1 Sekunde.', 'rtl']);
  });

  it('updates live when an ancestor’s lang or dir changes', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="en"><test-localized-element></test-localized-element></div>`);
    const el = root.querySelector<TestLocalizedElement>('test-localized-element')!;
    root.lang = 'de';
    root.dir = 'rtl';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(parts(el)).to.deep.equal(['Erneut versuchen', 'Noch 1 Sekunde.', 'rtl']);
  });

  it('falls back to English for a missing key and warns once', async () => {
    registerTranslation('sv', { 'state.retry': 'Försök igen' });
    const warnings = captureConsole('warn');
    try {
      const root = await fixture<HTMLDivElement>(html`<div lang="sv">
        <test-localized-element></test-localized-element><test-localized-element></test-localized-element>
      </div>`);
      expect(parts(root.querySelector('test-localized-element')!)).to.deep.equal([
        'Försök igen',
        'Too many requests. Try again in 1 second.',
        'ltr',
      ]);
      expect(warnings.messages.filter((m) => m.includes('error.rate_limited'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('re-renders connected elements when a translation is registered, and lets a host override one message', async () => {
    const el = await fixture<TestLocalizedElement>(html`<test-localized-element></test-localized-element>`);
    registerTranslation('en', { 'state.retry': 'Reload' });
    await el.updateComplete;
    expect(parts(el)[0]).to.equal('Reload');
    registerTranslation('en', { 'state.retry': 'Try again' });
  });

  it('treats an invalid lang as English', async () => {
    const root = await fixture<HTMLDivElement>(html`<div lang="not a locale!"><test-localized-element></test-localized-element></div>`);
    expect(parts(root.querySelector('test-localized-element')!)[0]).to.equal('Try again');
  });
});

describe('formatters', () => {
  it('format numbers, compact numbers, bytes and money with Intl', () => {
    expect(formatNumber('en', 21408)).to.equal('21,408');
    expect(formatNumber('de', 21408)).to.equal('21.408');
    expect(formatCompact('en', 1_240_000)).to.equal('1.2M');
    expect(formatBytes('en', 512)).to.equal('512 byte');
    expect(formatBytes('en', 1_500_000_000)).to.equal('1.5 GB');
    expect(formatMoney('en', 4900, 'USD')).to.equal('$49.00');
    expect(formatMoney('en', 4900, 'JPY')).to.equal('¥4,900');
    expect(formatMoney('de', 4900, 'EUR')).to.equal('49,00\u00a0€');
  });

  it('format dates and relative times', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatDate('en-GB', '2026-03-12T10:00:00Z')).to.equal('12 March 2026');
    expect(formatDate('en', 'not a date')).to.equal('');
    expect(formatRelativeTime('en', '2026-11-22T11:58:00Z', now)).to.equal('2 minutes ago');
    expect(formatRelativeTime('en', '2026-11-25T12:00:00Z', now)).to.equal('in 3 days');
    expect(formatRelativeTime('en', '2026-11-22T12:00:00Z', now)).to.equal('now');
    expect(formatRelativeTime('de', '2026-11-22T10:00:00Z', now)).to.equal('vor 2 Stunden');
  });

  it('pick plural forms by the locale’s rules', () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect(plural('en', 1, forms)).to.equal('one');
    expect(plural('en', 2, forms)).to.equal('other');
    expect(plural('pl', 3, forms)).to.equal('few');
    expect(plural('pl', 5, forms)).to.equal('many');
  });
});
