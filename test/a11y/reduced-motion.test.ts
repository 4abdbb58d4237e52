/**
 * Reduced motion (WCAG 2.3.3, and 2.2.2 for the looping indicators): under
 * `prefers-reduced-motion: reduce` no element runs or declares an animation or transition longer
 * than 0.01 s — while loading (skeletons), while a mutation runs (spinners in buttons and dialogs)
 * and after a state change (switches, meters, rows). Without the preference the same check finds
 * the motion, so it is not a check that cannot fail.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/memory.js';
import '../../src/index.js';
import { byRole, describeElement, flatElements } from './a11y-helpers.js';
import { emulate } from '../helpers/media.js';

const LIMIT_SECONDS = 0.01;

/** The longest of a comma-separated list of CSS times, in seconds. */
function longest(times: string): number {
  return Math.max(0, ...times.split(',').map((time) => (time.trim().endsWith('ms') ? parseFloat(time) / 1000 : parseFloat(time))));
}

/** Every animation or transition under `host` (through shadow roots) longer than the limit. */
function motion(host: Element): string[] {
  const found: string[] = [];
  for (const element of [host, ...flatElements(host)]) {
    const style = getComputedStyle(element);
    if (style.animationName !== 'none' && longest(style.animationDuration) > LIMIT_SECONDS) {
      found.push(`${describeElement(element)} .${element.className}: animation ${style.animationName} ${style.animationDuration}`);
    }
    if (style.transitionProperty !== 'none' && longest(style.transitionDuration) > LIMIT_SECONDS) {
      found.push(`${describeElement(element)} .${element.className}: transition ${style.transitionProperty} ${style.transitionDuration}`);
    }
    for (const animation of element.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      if (animation.playState === 'running' && duration > LIMIT_SECONDS * 1000) {
        found.push(`${describeElement(element)} .${element.className}: running ${animation.constructor.name} of ${duration} ms`);
      }
    }
  }
  return [...new Set(found)];
}

interface Case {
  tag: string;
  attributes?: string;
  /** A button whose action takes a while (latency), to see its spinner. */
  busyButton?: string | RegExp;
  /** Then confirm in the dialog it opens with this button. */
  confirm?: string | RegExp;
  /** A state change after loading: a control to click. */
  change?: { role: string; name: string | RegExp };
}

const CASES: Case[] = [
  { tag: 'so-api-key-panel', busyButton: 'Revoke CI deploys', confirm: 'Revoke key' },
  { tag: 'so-usage-meter' },
  { tag: 'so-billing-card' },
  { tag: 'so-org-members', change: { role: 'button', name: 'About roles' } },
  { tag: 'so-danger-zone', busyButton: 'Sign out everywhere', confirm: 'Sign out everywhere' },
  { tag: 'so-sessions', busyButton: 'Sign out of all other sessions', confirm: /^Sign out/ },
  { tag: 'so-notification-settings', change: { role: 'switch', name: 'Weekly digest by email' } },
  { tag: 'so-passkeys', busyButton: 'Delete MacBook Pro', confirm: /^Delete/ },
  { tag: 'so-profile-form' },
  { tag: 'so-org-profile' },
  { tag: 'so-subscriptions', busyButton: /^Unsubscribe from Agent job plan/, confirm: /^Unsubscribe/ },
  { tag: 'so-account-settings' },
];

async function render(tag: string, options: MemoryClientOptions, attributes = ''): Promise<HTMLElement> {
  const name = unsafeStatic(tag);
  const extra = unsafeStatic(attributes);
  const wrapper = await fixture<HTMLElement>(staticHtml`<div><${name} ${extra} .client=${createMemoryAccountClient(options)}></${name}></div>`);
  return wrapper.querySelector(tag) as HTMLElement;
}

const busy = (host: Element) => host.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'true';
const ready = (host: Element) => host.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false';

describe('reduced motion', () => {
  before(async function () {
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip();
  });
  after(() => emulate({ reducedMotion: 'no-preference' }));

  for (const { tag, attributes, busyButton, confirm, change } of CASES) {
    it(`<${tag}>: no motion while loading, when ready${busyButton ? ', while an action runs' : ''}${change ? ', after a change' : ''}`, async () => {
      const el = await render(tag, { latencyMs: 400 }, attributes);
      await waitUntil(() => busy(el) || ready(el), 'no state');
      const problems = motion(el).map((problem) => `loading: ${problem}`);
      await waitUntil(() => ready(el), `${tag} did not load`, { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      problems.push(...motion(el).map((problem) => `ready: ${problem}`));
      if (change) {
        byRole(el, change.role, change.name)!.click();
        await new Promise((resolve) => setTimeout(resolve, 20));
        problems.push(...motion(el).map((problem) => `after a change: ${problem}`));
      }
      if (busyButton) {
        byRole(el, 'button', busyButton)!.click();
        if (confirm) {
          await waitUntil(() => flatElements(el).some((element) => element.localName === 'dialog' && (element as HTMLDialogElement).open), 'no dialog');
          const dialog = flatElements(el).find((element) => element.localName === 'dialog' && (element as HTMLDialogElement).open)!;
          const button = [...flatElements(dialog)].filter((element) => element.localName === 'button').map((element) => element as HTMLButtonElement);
          const target = button.find((candidate) => (typeof confirm === 'string' ? candidate.textContent!.trim() === confirm : confirm.test(candidate.textContent!.trim())));
          expect(target, `no ${String(confirm)} in the dialog`).to.not.equal(undefined);
          target!.click();
        }
        await waitUntil(() => flatElements(el).some((element) => element.classList.contains('spinner')), 'no spinner showed while the action ran');
        problems.push(...motion(el).map((problem) => `while busy: ${problem}`));
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

describe('reduced motion: the check itself', () => {
  it('finds the skeleton pulse when motion is not reduced', async function () {
    if (!(await emulate({ reducedMotion: 'no-preference' }))) this.skip();
    const el = await render('so-sessions', { latencyMs: 400 });
    await waitUntil(() => busy(el), 'not loading');
    expect(motion(el).join('\n')).to.contain('so-pulse');
  });
});
