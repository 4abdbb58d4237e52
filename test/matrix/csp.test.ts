/**
 * Strict CSP and Trusted Types: this file's page is served (by test/matrix/csp-middleware.mjs)
 * with `script-src 'self' 'nonce-…'` (no `unsafe-inline`, no `unsafe-eval`), `style-src 'self'`,
 * `require-trusted-types-for 'script'` and `trusted-types lit-html`. Every element renders and
 * works, and no `securitypolicyviolation` fires. The last test proves the policy is in force.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { deepQueryAll, deepText, pause, until } from './dom.js';
import { DRIVERS, showsData } from './elements.js';
import { buttonNamed } from './mutations.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
});

type Dialog = HTMLElement & { open: boolean };
const openDialog = (el: HTMLElement) => deepQueryAll<Dialog>(el, 'so-confirm-dialog').find((dialog) => dialog.open);
const confirm = async (el: HTMLElement) => {
  await until(() => !!openDialog(el), 'a dialog opens');
  openDialog(el)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
};

/** What each element does beyond rendering, so its interactive templates render under the policy too. */
const INTERACTIONS: Record<string, (el: HTMLElement) => Promise<void>> = {
  'so-api-key-panel': async (el) => {
    deepQueryAll<HTMLButtonElement>(el, '[part="reveal-button"]')[0]!.click();
    await until(() => /sk-so-\w{8}/.test(deepText(el)), 'a revealed secret');
    buttonNamed(el, 'Rotate CI deploys')!.click();
    await confirm(el);
    await until(() => deepQueryAll(el, '[part="dismiss-button"]').length > 0, 'the once-only panel');
    deepQueryAll<HTMLButtonElement>(el, '[part="dismiss-button"]')[0]!.click();
  },
  'so-org-members': async (el) => {
    await (el as HTMLElement & { showInviteDialog(emails: string): Promise<void> }).showInviteDialog('new.hire@newhire.example');
    const send = () => deepQueryAll<HTMLButtonElement>(el, 'so-invite-dialog button.send')[0] ?? deepQueryAll(el, 'so-invite-dialog')[0]!.shadowRoot!.querySelector<HTMLButtonElement>('button.send');
    await until(() => !!send(), 'the invite dialog');
    send()!.click();
    await until(() => deepText(el).includes('invited'), 'the invite results');
  },
  'so-danger-zone': async (el) => {
    deepQueryAll(el, '[part="action"][data-action="regenerate-secrets"] [part="action-button"]')[0]!.click();
    await confirm(el);
    await until(() => deepQueryAll(el, '[part="dismiss-button"]').length > 0, 'the new secrets');
  },
  'so-sessions': async (el) => {
    buttonNamed(el, 'Sign out of Safari on iPhone')!.click();
    await until(() => deepQueryAll(el, '[data-session-id="ses_phone"]').length === 0, 'signed out');
  },
  'so-org-profile': async (el) => {
    const color = deepQueryAll<HTMLInputElement>(el, 'input#brandColor')[0]!;
    color.value = '#ff0000';
    color.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await pause(50);
  },
  'so-profile-form': async (el) => {
    const zone = deepQueryAll<HTMLInputElement>(el, 'input#timezone')[0]!;
    zone.focus();
    zone.value = 'Berlin';
    zone.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await until(() => deepQueryAll(el, '[role="option"]').length > 0, 'time zone options');
  },
  'so-account-settings': async (el) => {
    for (const tab of deepQueryAll<HTMLButtonElement>(el, '[role="tab"]')) {
      tab.click();
      await until(() => tab.getAttribute('aria-selected') === 'true', `tab ${tab.dataset['tab']}`);
      await until(() => deepQueryAll(el, '[aria-busy="true"]').length === 0, `tab ${tab.dataset['tab']} loads`);
    }
  },
};

const isStyle = (violation: string) => violation.startsWith('style-src');

describe('strict CSP and Trusted Types', () => {
  beforeEach(() => (violations.length = 0));

  for (const [tag, driver] of Object.entries(DRIVERS)) {
    describe(`<${tag}>`, () => {
      let run: Promise<void> | undefined;
      /** Renders and exercises the element once; both checks read the violations it caused. */
      const exercise = () =>
        (run ??= (async () => {
          const el = await fixture<HTMLElement>(driver.render(createMemoryAccountClient()));
          await until(() => showsData(el, driver), `<${tag}> shows its data`);
          await INTERACTIONS[tag]?.(el);
          await pause(50);
          recorded.push(...violations);
        })());
      const recorded: string[] = [];

      it('renders and works with no script or Trusted Types violation', async () => {
        await exercise();
        expect(recorded.filter((violation) => !isStyle(violation))).to.deep.equal([]);
      });

      // Computed styles (a meter's fill, an avatar's hue, a brand colour) go through the CSSOM, never a style attribute.
      it('no style-src violation', async () => {
        await exercise();
        expect(recorded.filter(isStyle)).to.deep.equal([]);
      });
    });
  }

  it('applies computed styles through the CSSOM: the usage meter fill has its width', async () => {
    const el = await fixture<HTMLElement>(html`<so-usage-meter label="Seats" value="8" max="10"></so-usage-meter>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const fill = el.shadowRoot!.querySelector<HTMLElement>('[part="fill"]')!;
    expect(fill.style.inlineSize).to.equal('80%');
    expect(violations.filter(isStyle)).to.deep.equal([]);
  });

  it('the policy is in force: eval, string HTML, a script’s text, another Trusted Types policy and an inline handler are refused', async () => {
    // Firefox ESR 140 has no Trusted Types: there the Content-Security-Policy part is checked.
    const trustedTypes = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    expect(() => (0, eval)('1 + 1'), 'eval').to.throw(EvalError);
    // Where Trusted Types are enforced they refuse eval too, before script-src does.
    const directives = trustedTypes ? ['require-trusted-types-for', 'trusted-types'] : ['script-src'];
    if (trustedTypes) {
      expect(() => (document.createElement('div').innerHTML = '<b>x</b>'), 'innerHTML with a string').to.throw(TypeError);
      expect(() => (document.createElement('script').textContent = 'window.__matrixInline = true'), 'a script’s text').to.throw(TypeError);
      expect(() => trustedTypes.createPolicy('matrix-other', { createHTML: (value: string) => value }), 'another policy').to.throw();
      expect(() => document.createElement('button').setAttribute('onclick', 'window.__matrixInline = true'), 'an inline handler').to.throw(TypeError);
    } else {
      const button = document.body.appendChild(document.createElement('button'));
      button.setAttribute('onclick', 'window.__matrixInline = true');
      button.click();
      button.remove();
    }
    await pause(50);
    expect((window as { __matrixInline?: boolean }).__matrixInline, 'no inline handler ran').to.equal(undefined);
    const seen = new Set(violations.map((violation) => violation.split(' ')[0]));
    for (const directive of directives) {
      expect([...seen], `a ${directive} violation was reported (${violations.join('; ')})`).to.satisfy((names: string[]) => names.some((name) => name.startsWith(directive)));
    }
  });
});
