/**
 * Visible focus (WCAG 2.4.7), no keyboard trap (2.1.2) and target size (2.5.8) for every element
 * in its ready state and with a dialog open: Tab walks from a button before the element to one
 * after it, and every stop must show an outline or a box-shadow; every button, input, select,
 * link, summary, tab and switch must be at least 24×24 CSS px or spaced as 2.5.8 allows.
 */
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { createMemoryAccountClient } from '../../src/memory.js';
import '../../src/index.js';
import {
  deepFocus,
  describeElement,
  dialogOpens,
  expectVisibleFocusAtEveryStop,
  loaded,
  missingFocusIndicator,
  mount,
  press,
  smallTargets,
  startBefore,
  tabStopsIn,
  tabTo,
  panelLoaded,
} from './a11y-helpers.js';

const ELEMENTS: { tag: string; attributes?: string; dialog?: string }[] = [
  { tag: 'so-api-key-panel', dialog: 'Create key' },
  { tag: 'so-usage-meter', attributes: 'analytics-href="/analytics"' },
  { tag: 'so-billing-card' },
  { tag: 'so-org-members', dialog: 'Invite members' },
  { tag: 'so-danger-zone', dialog: 'Delete organization' },
  { tag: 'so-sessions', dialog: 'Sign out of all other sessions' },
  { tag: 'so-notification-settings' },
  { tag: 'so-notification-settings', attributes: 'mode="form"' },
  { tag: 'so-passkeys', dialog: 'Delete MacBook Pro' },
  { tag: 'so-profile-form' },
  { tag: 'so-org-profile' },
  { tag: 'so-subscriptions', dialog: 'Unsubscribe from Agent job plan — 10,000 runs' },
  { tag: 'so-account-settings' },
];

async function render(tag: string, attributes = ''): Promise<HTMLElement> {
  const name = unsafeStatic(tag);
  const extra = unsafeStatic(attributes);
  const el = await mount<HTMLElement>(staticHtml`<${name} ${extra} .client=${createMemoryAccountClient()}></${name}>`, tag);
  await loaded(el);
  if (tag === 'so-account-settings') {
    await panelLoaded(el.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden])')!);
  }
  return el;
}

for (const { tag, attributes, dialog } of ELEMENTS) {
  const label = attributes ? `<${tag} ${attributes}>` : `<${tag}>`;
  describe(`focus and targets: ${label}`, () => {
    it('shows a focus indicator at every Tab stop, and Tab leaves the element (ready)', async () => {
      await render(tag, attributes);
      const stops = await expectVisibleFocusAtEveryStop();
      expect(stops.length, 'the element has Tab stops').to.be.greaterThan(0);
    });

    it('has targets of at least 24×24 CSS px (ready)', async () => {
      const el = await render(tag, attributes);
      const small = smallTargets(el);
      expect(small, small.join('\n')).to.deep.equal([]);
    });

    if (dialog) {
      it(`with the "${dialog}" dialog open: focus indicators inside, targets at least 24×24`, async () => {
        const el = await render(tag, attributes);
        startBefore();
        await tabTo(dialog);
        await press('Enter');
        const opened = await dialogOpens(el);
        // A modal <dialog> lets Tab out to the browser's own UI (in Firefox for good): walk its
        // stops from the first focused to the last with Tab, then back to the first with Shift+Tab.
        const stops = tabStopsIn(opened);
        const first = stops.indexOf(deepFocus() as HTMLElement);
        expect(first, `focus starts on a stop of the dialog (${stops.map(describeElement).join(', ')})`).to.be.at.least(0);
        const problems: string[] = [];
        const visited = new Set<Element>();
        const keys = [...Array<string>(stops.length - 1 - first).fill('Tab'), ...Array<string>(stops.length - 1).fill('Shift+Tab')];
        for (const key of ['', ...keys]) {
          if (key) await press(key);
          const focused = deepFocus()!;
          visited.add(focused);
          const problem = missingFocusIndicator(focused);
          if (problem) problems.push(problem);
        }
        expect([...visited].map(describeElement), 'Tab and Shift+Tab reach every stop of the dialog, and only those').to.have.members(stops.map(describeElement));
        expect(problems, problems.join('\n')).to.deep.equal([]);
        const small = smallTargets(el);
        expect(small, small.join('\n')).to.deep.equal([]);
        await press('Escape');
      });
    }
  });
}

describe('focus and targets: the checks themselves', () => {
  it('report a crowded 16×16 button and a focused control without an outline', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<button style="all: unset; display: inline-block; inline-size: 16px; block-size: 16px">a</button><button style="all: unset; display: inline-block; inline-size: 16px; block-size: 16px">b</button>';
    document.body.append(host);
    try {
      expect(smallTargets(host)).to.have.length(2);
      const button = host.querySelector('button')!;
      button.focus();
      expect(missingFocusIndicator(button)).to.be.a('string');
    } finally {
      host.remove();
    }
  });
});
