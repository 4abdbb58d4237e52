import { expect } from '@open-wc/testing';
import { en } from '../../src/internal/localize/en.js';
import { registerTranslation, translate } from '../../src/internal/localize/registry.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';

type MessageFunction = (locale: string, ...args: unknown[]) => string;

const LOCALE = 'en-XA';
// Distinct values, one per argument position, each easy to find in a message's text.
const SAMPLE_ARGS = ['Zoë Quill', 'yara@park.example', '12 March 2026', 'Wanda Oslo'];
const ASCII_LETTER = /[a-zA-Z]/;

const english = en as unknown as Record<string, string | MessageFunction>;
const pseudo = pseudoLocale() as unknown as Record<string, string | MessageFunction>;

/** A message's text: the string, or the function called with the sample arguments. */
function text(message: string | MessageFunction, args: unknown[] = SAMPLE_ARGS): string {
  return typeof message === 'function' ? message(LOCALE, ...args) : message;
}

/** `value` with every occurrence of `parts` taken out. */
function without(value: string, parts: string[]): string {
  return parts.reduce((rest, part) => rest.split(part).join(''), value);
}

describe('pseudoLocale()', () => {
  it('has every English key, each a string or a function as in English, and no other key', () => {
    expect(Object.keys(pseudo).sort()).to.deep.equal(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect(typeof pseudo[key], key).to.equal(typeof english[key]);
    }
  });

  it('accents every letter it translates and makes every text of 10 or more characters at least 30 % longer', () => {
    let checked = 0;
    for (const key of Object.keys(english)) {
      const source = text(english[key]!);
      const own = without(source, SAMPLE_ARGS);
      // A text that is only its arguments (an unknown status shown as sent) has nothing to translate.
      if (!ASCII_LETTER.test(own)) continue;
      const result = text(pseudo[key]!);
      expect(without(result, SAMPLE_ARGS), `${key}: “${result}”`).not.to.match(ASCII_LETTER);
      expect(result, key).to.match(/^\[!! [\s\S]* !!\]$/);
      if (source.length >= 10) {
        expect(result.length, `${key}: “${source}” → “${result}”`).to.be.at.least(Math.ceil(source.length * 1.3));
      }
      checked += 1;
    }
    expect(checked, 'messages checked').to.be.greaterThan(400);
  });

  it('passes every argument value through verbatim wherever English shows it', () => {
    let checked = 0;
    for (const key of Object.keys(english)) {
      const message = english[key]!;
      if (typeof message !== 'function') continue;
      const source = message(LOCALE, ...SAMPLE_ARGS);
      const result = text(pseudo[key]!);
      for (const arg of SAMPLE_ARGS) {
        if (!source.includes(arg)) continue;
        expect(result, `${key} keeps “${arg}”`).to.contain(arg);
        checked += 1;
      }
    }
    expect(checked, 'arguments checked').to.be.greaterThan(100);
  });

  it('keeps names, counts and plural choices, and translates the words around them', () => {
    const t = (key: string, ...args: unknown[]) => text(pseudo[key]!, args);
    expect(t('apiKeyPanel.rotateLabel', 'Production server')).to.match(/^\[!! Ŕöţáţë Production server·* !!\]$/);
    expect(t('orgMembers.count', 10_008)).to.contain('10,008').and.contain('ɱëɱƀëŕš');
    expect(t('orgMembers.count', 1)).to.contain('1 ɱëɱƀëŕ').and.not.contain('ɱëɱƀëŕš');
    expect(t('sessions.revokeOthersBody', 2)).to.contain(' 2 ').and.contain('ðëṽíçëš');
    expect(t('orgMembers.rowLabel', 'Maya Chen', 'Owner', true)).to.contain('Maya Chen').and.contain('Owner').and.contain('ýöü');
    // A status the catalogue names is translated; one it doesn't is shown as the server sent it.
    expect(t('billingCard.status', 'active')).to.contain('Áçţíṽë');
    expect(t('billingCard.status', 'paused_by_bank')).to.equal('paused_by_bank');
    // A text made only of its arguments and punctuation stays as it is.
    expect(t('profile.timezoneOption', 'Europe/Berlin', 'GMT+1')).to.equal('Europe/Berlin (GMT+1)');
  });

  it('is a locale Intl accepts, so `lang="en-XA"` selects it', () => {
    expect(Intl.NumberFormat.supportedLocalesOf(LOCALE)).to.deep.equal([LOCALE]);
    registerTranslation(LOCALE, pseudoLocale());
    expect(translate(LOCALE, 'state.retry')).to.equal('[!! Ţŕý áĝáíñ !!]');
    expect(translate(LOCALE, 'orgMembers.showing', 20, 50)).to.contain('20').and.contain('50').and.contain('Šĥöŵíñĝ');
  });
});
