/**
 * Bad input, seeded through the memory client: hostile and odd strings (HTML, `<img onerror>`,
 * `javascript:` URLs, right-to-left overrides, 10,000 characters, emoji and combining marks), broken
 * numbers (NaN, negative, huge), invalid dates, empty lists and missing optional fields. Every
 * element renders them as inert text (no injected element, no handler run, no unsafe link) or as
 * "unavailable", never throws, and calls nothing but reads — no request the user did not ask for.
 */
import { expect, fixture } from '@open-wc/testing';
import { createSeed, type AccountSeed } from '../../src/client/seed.js';
import type { AccountOperation } from '../../src/client/types.js';
import { recordingClient } from '../helpers/recording-client.js';
import { allElements, deepQueryAll, deepText, pause, until } from './dom.js';
import { DRIVERS } from './elements.js';

declare global {
  interface Window {
    __matrixPwned?: string[];
  }
}

const PWN = (where: string) => `window.__matrixPwned=(window.__matrixPwned||[]).concat('${where}')`;
const HTML_NAME = `<b>bold</b><script>${PWN('script')}</script>`;
const IMG_NAME = `<img src=x onerror="${PWN('img')}">`;
const JS_URL = `javascript:${PWN('href')}`;
const RTL = 'Invoice\u202Egpj.exe';
const LONG = 'W'.repeat(10_000);
const EMOJI = 'Zoë 👩🏽‍💻 Z̷̢̛a̸̡͝l̵̛͜g̶̨̛o̸̢͝';

/** A seed whose every user-visible field carries something hostile or broken. */
function hostileSeed(): Partial<AccountSeed> {
  const seed = createSeed();
  const bad = 'not-a-date';
  return {
    viewer: { ...seed.viewer, name: IMG_NAME, avatarUrl: JS_URL },
    organization: { ...seed.organization!, name: HTML_NAME, slug: 'acme-robotics', logoUrl: JS_URL, brandColor: 'red;background:url(javascript:alert(1))' },
    subscriptions: [
      { ...seed.subscriptions[0]!, name: IMG_NAME, renewsAt: bad },
      { ...seed.subscriptions[1]!, name: LONG, renewsAt: bad },
    ],
    apiKeys: [
      { ...seed.apiKeys[0]!, name: IMG_NAME, createdAt: bad, lastUsedAt: bad, lastUsedPath: JS_URL, createdVia: HTML_NAME },
      { ...seed.apiKeys[1]!, name: RTL, scopes: [IMG_NAME], createdAt: bad },
      { ...seed.apiKeys[2]!, name: LONG, expiresAt: bad },
    ],
    usage: {
      periodStart: bad,
      periodEnd: bad,
      metrics: [
        { id: 'requests', label: IMG_NAME, used: Number.NaN, limit: 50_000, unit: 'count', daily: [Number.NaN, -5, Number.MAX_VALUE] },
        { id: 'tokens', label: RTL, used: -100, limit: -1, unit: 'tokens' },
        { id: 'storage', label: EMOJI, used: Number.MAX_VALUE, limit: null, unit: 'bytes', daily: [] },
        { id: 'huge', used: 1e308, limit: 0, unit: 'count' },
      ],
    },
    billing: {
      plan: { id: 'plan_x', name: IMG_NAME, amount: Number.NaN, currency: 'XXX', interval: 'month' },
      status: 'past_due',
      renewsAt: bad,
      scheduledChange: { planName: HTML_NAME, effectiveAt: bad },
      paymentMethod: { brand: IMG_NAME, last4: '<i>', expMonth: 13, expYear: Number.NaN },
      paymentIssue: { code: 'other', message: IMG_NAME },
    },
    invoices: [{ id: 'inv_bad', number: HTML_NAME, amount: -1, currency: 'USD', status: 'paid', issuedAt: bad, url: JS_URL }],
    members: [
      { ...seed.members[0]!, name: IMG_NAME },
      { ...seed.members[1]!, name: RTL, email: `${RTL}@example.test`, joinedAt: bad, lastActiveAt: bad },
      { ...seed.members[2]!, name: LONG, avatarUrl: JS_URL },
      { ...seed.members[3]!, name: EMOJI },
    ],
    invitations: [{ ...seed.invitations[0]!, email: IMG_NAME, invitedAt: bad, expiresAt: bad, invitedBy: HTML_NAME }],
    roles: seed.roles.map((role, index) => (index === 2 ? { ...role, name: IMG_NAME, description: HTML_NAME } : role)),
    profile: { displayName: IMG_NAME, email: 'maya.chen@acme-robotics.example', avatarUrl: JS_URL, timezone: 'Not/AZone', locale: 'xx-INVALID' },
    notifications: {
      channels: [{ id: 'email', label: IMG_NAME }],
      categories: [{ id: 'c1', label: HTML_NAME, description: LONG }],
      values: { c1: { email: true } },
    },
    passkeys: [
      { id: 'pk_1', name: IMG_NAME, authenticator: HTML_NAME, createdAt: bad, lastUsedAt: bad },
      { id: 'pk_2', name: RTL, createdAt: bad },
    ],
    sessions: [
      { id: 'ses_current', device: IMG_NAME, location: HTML_NAME, lastActiveAt: bad, current: true },
      { id: 'ses_2', device: LONG, lastActiveAt: bad, current: false },
      { id: 'ses_3', device: EMOJI, lastActiveAt: 'NaN', current: false },
    ],
  };
}

/** Every part empty or bare: empty lists, no optional fields. */
function emptySeed(): Partial<AccountSeed> {
  const seed = createSeed();
  return {
    viewer: { id: seed.viewer.id, name: '', email: '', permissions: seed.viewer.permissions },
    organization: { id: 'org_x', name: 'X', slug: 'x-x', planName: '' },
    subscriptions: [],
    apiKeys: [],
    usage: { periodStart: seed.usage.periodStart, periodEnd: seed.usage.periodEnd, metrics: [] },
    billing: { plan: { id: 'p', name: '', amount: 0, currency: 'USD', interval: 'month' }, status: 'active', renewsAt: seed.billing.renewsAt, paymentMethod: null },
    invoices: [],
    members: [],
    invitations: [],
    roles: [],
    profile: { displayName: '', email: '', timezone: 'UTC', locale: 'en' },
    notifications: { channels: [], categories: [], values: {} },
    passkeys: [],
    sessions: [],
  };
}

const READS = /^(get|list)/;

/** Watches for anything that ran or threw while the element rendered. */
function watchPage() {
  const thrown: string[] = [];
  const consoleErrors: string[] = [];
  const onError = (event: ErrorEvent) => thrown.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(String(event.reason));
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    thrown,
    consoleErrors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = original;
    },
  };
}

/** Injected markup or a live handler anywhere in the element: `[]` when everything is inert. */
export function injected(root: Element): string[] {
  const found: string[] = [];
  for (const element of allElements(root)) {
    if (['script', 'iframe', 'object', 'embed'].includes(element.localName)) found.push(`<${element.localName}>`);
    if (element.localName === 'b' && element.textContent === 'bold') found.push('<b> from data');
    if (element.localName === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && /^\s*javascript:/i.test(attribute.value)) {
        found.push(`${element.localName}[${attribute.name}=javascript:]`);
      }
      if (attribute.name === 'style' && /javascript:|url\(/i.test(attribute.value)) found.push(`${element.localName}[style=${attribute.value}]`);
    }
  }
  return found;
}

const TAGS = Object.keys(DRIVERS);

describe('bad input', () => {
  afterEach(() => delete window.__matrixPwned);

  for (const [label, seed] of [
    ['hostile strings, broken numbers and dates', hostileSeed],
    ['empty lists and missing optional fields', emptySeed],
  ] as const) {
    describe(label, () => {
      for (const tag of TAGS) {
        it(`<${tag}> renders it inert, throws nothing, calls only reads`, async () => {
          const recording = recordingClient({ seed: seed() });
          const page = watchPage();
          try {
            const el = await fixture<HTMLElement>(DRIVERS[tag]!.render(recording.client));
            const busy = () => deepQueryAll(el, '[aria-busy="true"]').length > 0;
            await until(() => !busy(), `<${tag}> settles`);
            await pause(100);
            expect(injected(el), 'no injected element, handler or unsafe link').to.deep.equal([]);
            expect(window.__matrixPwned, 'no handler ran').to.equal(undefined);
            expect(page.thrown, 'nothing thrown').to.deep.equal([]);
            expect(page.consoleErrors, 'no console error').to.deep.equal([]);
            const calls = recording.calls.map((call) => call.operation as AccountOperation);
            expect(calls.filter((operation) => !READS.test(operation)), 'only reads were called').to.deep.equal([]);
            expect(recording.store.effects, 'no effect on the store').to.deep.equal({});
            const text = deepText(el);
            expect(text, 'no raw number trouble').not.to.match(/\bNaN\b|Infinity|Invalid Date/);
            if (seed === hostileSeed) {
              // The hostile names are shown as the text they are, where the element shows them at all.
              const shownAsText = [IMG_NAME, HTML_NAME, RTL, EMOJI].some((value) => text.includes(value));
              expect(shownAsText || deepQueryAll(el, '[role="alert"]').length > 0, 'shown as text, or a clear error').to.equal(true);
            }
          } finally {
            page.stop();
          }
        });
      }
    });
  }

  it('bites: injected markup and a javascript: link are found', async () => {
    const host = await fixture<HTMLElement>(document.createElement('div'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<a href="javascript:void 0">x</a><img alt="" onerror="void 0"><b>bold</b>`;
    expect(injected(host)).to.deep.equal(['a[href=javascript:]', 'img[onerror]', '<b> from data']);
  });
});
