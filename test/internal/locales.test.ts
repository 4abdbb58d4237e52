import { expect } from '@open-wc/testing';
import { formatNumber, pluralCategory } from '../../src/internal/format.js';
import { en } from '../../src/internal/localize/en.js';
import { ar } from '../../src/locales/ar.js';
import { de } from '../../src/locales/de.js';
import { es } from '../../src/locales/es.js';
import { fr } from '../../src/locales/fr.js';
import { ja } from '../../src/locales/ja.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';

type MessageFunction = (locale: string, ...args: unknown[]) => string;
type Catalogue = Record<string, string | MessageFunction>;

/** Every maintained locale in `src/locales/`; a new one is added here. */
const locales: [code: string, catalogue: Catalogue][] = [
  ['de', de as unknown as Catalogue],
  ['fr', fr as unknown as Catalogue],
  ['es', es as unknown as Catalogue],
  ['ja', ja as unknown as Catalogue],
  ['ar', ar as unknown as Catalogue],
  // The pseudo-locale is built from English, so it must track every key and plural too.
  ['en-XA', pseudoLocale() as unknown as Catalogue],
];

const english = en as unknown as Catalogue;
const englishKeys = Object.keys(english).sort();
const functionKeys = englishKeys.filter((key) => typeof english[key] === 'function');

// Parameter kinds, read from the English function's parameter names (`(locale, count) => …`).
const NUMBER_PARAM = /^(count|max|min|days|hours|minutes|seconds|total|shown|ready|skipped|invited|notInvited|hidden|percent|amount)$/;
const BOOLEAN_PARAM = /^(isYou|overLimit)$/;
type Kind = 'string' | 'number' | 'boolean';

/** The parameter names after `locale` of an English message function. */
function parameterNames(fn: MessageFunction): string[] {
  const source = fn.toString();
  const list = /^\s*(?:async\s*)?(?:function\s*[\w$]*\s*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*([\w$]+)\s*=>/.exec(source)?.[1] ?? '';
  const names = list
    .split(',')
    .map((part) => part.replace(/[?=:].*$/s, '').trim())
    .filter(Boolean);
  expect(names.length, `could not read the parameters of ${source.slice(0, 80)}`).to.be.at.least(1);
  return names.slice(1);
}

function kinds(key: string): { name: string; kind: Kind }[] {
  return parameterNames(english[key] as MessageFunction).map((name) => ({
    name,
    kind: NUMBER_PARAM.test(name) ? 'number' : BOOLEAN_PARAM.test(name) ? 'boolean' : 'string',
  }));
}

/** A distinctive string for a string parameter, so the test can find it in the output. */
const sample = (name: string) => `⟦${name}⟧`;

/** One argument list: strings are samples, numbers `value` (or `override` at one position), booleans `flag`. */
function argsFor(key: string, value: number, flag = false, override?: { index: number; value: number }): unknown[] {
  return kinds(key).map(({ name, kind }, index) => {
    if (kind === 'number') return override?.index === index ? override.value : value;
    if (kind === 'boolean') return flag;
    return sample(name);
  });
}

/** Values with their own branches in English (lookup tables, an empty plan name, no seconds). */
const specialCases: Record<string, unknown[][]> = {
  'error.rate_limited': [[], [undefined], [0]],
  'billingCard.price': [['€49', 'month'], ['€490', 'year']],
  'billingCard.status': [['active'], ['trialing'], ['past_due'], ['canceled']],
  'billingCard.invoiceStatus': [['paid'], ['open'], ['void'], ['uncollectible']],
  'billingCard.cardBrand': [['visa'], ['american_express'], ['elo'], ['']],
  'subscriptions.kind': [['job_plan'], ['workspace_capacity']],
  'subscriptions.status': [['active'], ['trialing'], ['past_due'], ['canceled']],
  'profile.avatarAlt': [['']],
  'orgMembers.upgradeBody': [['']],
  'orgMembers.invitePlan': [['']],
  'orgProfile.upgradeBody': [['']],
};

/** Every argument list a message is rendered with: counts 0,1,2,3,5,11,100 (and 21,408), both flags, the special cases. */
function representativeArgs(key: string): unknown[][] {
  const lists: unknown[][] = [];
  for (const value of [0, 1, 2, 3, 5, 11, 100, 21_408]) {
    lists.push(argsFor(key, value, false), argsFor(key, value, true));
  }
  return [...lists, ...(specialCases[key] ?? [])];
}

function call(catalogue: Catalogue, key: string, locale: string, args: unknown[]): string {
  return (catalogue[key] as MessageFunction)(locale, ...args);
}

/** `text` with the number `value` (as `locale` writes it, or raw) replaced by `#`. */
function withoutNumber(text: string, locale: string, value: number): string {
  return text.replaceAll(formatNumber(locale, value), '#').replaceAll(String(value), '#');
}

describe('maintained locales', () => {
  it('cover a real catalogue', () => {
    expect(englishKeys.length).to.be.above(400);
    expect(functionKeys.length).to.be.above(100);
  });

  for (const [locale, catalogue] of locales) {
    describe(`"${locale}"`, () => {
      it('has exactly the keys English has: none missing, none extra', () => {
        const keys = Object.keys(catalogue).sort();
        const missing = englishKeys.filter((key) => !(key in catalogue));
        const extra = keys.filter((key) => !(key in english));
        expect({ missing, extra }, `${locale}: ${JSON.stringify({ missing, extra })}`).to.deep.equal({ missing: [], extra: [] });
      });

      it('keeps every English function a function and every English string a non-empty string', () => {
        for (const key of englishKeys) {
          expect(typeof catalogue[key], key).to.equal(typeof english[key]);
          if (typeof catalogue[key] === 'string') expect((catalogue[key] as string).trim(), key).not.to.equal('');
        }
      });

      it('translates the catalogue rather than copying English', () => {
        const strings = englishKeys.filter((key) => typeof english[key] === 'string');
        const same = strings.filter((key) => catalogue[key] === english[key] && /\p{L}{3}/u.test(english[key] as string));
        expect(same.length / strings.length, `identical to English: ${same.join(', ')}`).to.be.below(0.15);
      });

      it('renders every message for representative arguments', () => {
        for (const key of functionKeys) {
          for (const args of representativeArgs(key)) {
            const label = `${key}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;
            let text: unknown;
            expect(() => (text = call(catalogue, key, locale, args)), label).not.to.throw();
            expect(typeof text, label).to.equal('string');
            expect((text as string).trim(), label).not.to.equal('');
            expect(text as string, label).not.to.match(/undefined|NaN|\[object/);
          }
        }
      });

      it('maps the codes English names (statuses, kinds) to words, not the raw code', () => {
        for (const [key, lists] of Object.entries(specialCases)) {
          for (const args of lists) {
            const code = args[0];
            if (typeof code !== 'string' || call(english, key, 'en', args) === code) continue;
            expect(call(catalogue, key, locale, args), `${key}("${code}")`).not.to.equal(code);
          }
        }
      });

      it('keeps every placeholder English interpolates', () => {
        const distinctive = 37;
        for (const key of functionKeys) {
          for (const flag of [false, true]) {
            const args = argsFor(key, distinctive, flag);
            const englishText = call(english, key, 'en', args);
            const text = call(catalogue, key, locale, args);
            kinds(key).forEach(({ name, kind }) => {
              if (kind === 'string' && englishText.includes(sample(name))) {
                expect(text, `${key}: the ${name} placeholder`).to.include(sample(name));
              }
            });
            if (englishText.includes(String(distinctive))) {
              const hasNumber = text.includes(String(distinctive)) || text.includes(formatNumber(locale, distinctive));
              expect(hasNumber, `${key}: the number ${distinctive} in “${text}”`).to.be.true;
            }
          }
        }
      });

      it('distinguishes singular and plural wherever English does', function () {
        if (pluralCategory(locale, 1) === pluralCategory(locale, 5)) this.skip(); // e.g. Japanese: one form
        for (const key of functionKeys) {
          kinds(key).forEach(({ kind }, index) => {
            if (kind !== 'number') return;
            const render = (catalogueToUse: Catalogue, code: string, value: number) =>
              withoutNumber(call(catalogueToUse, key, code, argsFor(key, 3, false, { index, value })), code, value);
            if (render(english, 'en', 1) === render(english, 'en', 5)) return;
            expect(render(catalogue, locale, 1), `${key}: 1 and 5 read the same`).not.to.equal(render(catalogue, locale, 5));
          });
        }
      });
    });
  }
});
