import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { setDefaultAccountClient } from '../../src/context/default-client.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';
import * as stories from '../../stories/elements/so-org-members.stories.js';
import { captureConsole } from '../helpers/console.js';
import { hasState, rows, waitUntil } from './so-org-members.helpers.js';
import { ignoreResizeObserverLoopNotices, isLoopNotice } from '../helpers/resize-observer.js';

type Story = {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
};
const { default: meta, ...named } = stories as unknown as { default: Story } & Record<string, Story>;

/** The text of `host` and of every shadow root inside it, nested ones included. */
function deepText(host: Element): string {
  const parts: string[] = [host.textContent ?? ''];
  const visit = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        parts.push(element.shadowRoot.textContent ?? '');
        visit(element.shadowRoot);
      }
    }
  };
  visit(host);
  return parts.join('\n');
}

/** What each story must show once it has settled: a text, and the custom state of the element. */
const EXPECTED: Record<string, { text: string; state: string }> = {
  Default: { text: '8 members', state: 'ready' },
  TeamOfThree: { text: '3 members', state: 'ready' },
  FiftyWithInvitations: { text: 'Showing 20 of 50 members', state: 'ready' },
  TenThousand: { text: '10,008 members', state: 'virtualized' },
  SearchNoMatch: { text: 'No members match “zebra”.', state: 'ready' },
  JustYou: { text: 'It’s just you so far', state: 'empty' },
  ReadOnly: { text: 'you don’t have permission to manage members', state: 'read-only' },
  LastOwner: { text: 'The last owner can’t be demoted or removed', state: 'ready' },
  InviteMixedPaste: { text: '2 addresses ready to send; 4 with problems will be skipped.', state: 'ready' },
  InviteResults: { text: '2 people invited; 5 addresses not invited.', state: 'ready' },
  PlanWithoutOrganizations: { text: 'Your Starter plan doesn’t include organizations', state: 'upgrade' },
  DarkTheme: { text: '8 members', state: 'ready' },
  Loading: { text: 'Loading…', state: 'loading' },
  ErrorState: { text: 'temporarily unavailable', state: 'error' },
  RoleChangeFails: { text: '8 members', state: 'ready' },
  Arabic: { text: 'الدعوات المعلّقة', state: 'ready' },
  Pseudo: { text: '[!! 8 ɱëɱƀëŕš !!]', state: 'ready' },
};

describe('<so-org-members> stories', function () {
  this.timeout(30_000);
  // The virtualizer measures rows in a ResizeObserver; Chromium reports the benign loop notice as an error.
  ignoreResizeObserverLoopNotices();
  // The test runner logs every uncaught error event as its `error`, which that notice has none of: `null`.
  let loopNotices = 0;
  const countLoopNotice = (event: ErrorEvent) => {
    if (isLoopNotice(event.message)) loopNotices += 1;
  };
  before(() => window.addEventListener('error', countLoopNotice));
  after(() => window.removeEventListener('error', countLoopNotice));
  /** The console errors, without the runner's `null` for each loop notice. */
  const realErrors = (messages: string[]) => {
    let ignored = 0;
    return messages.filter((message) => !(message === 'null' && ignored < loopNotices && ++ignored));
  };
  before(() => setDefaultAccountClient(createMemoryAccountClient({ latencyMs: 20 })));
  after(() => setDefaultAccountClient(undefined));

  it('has a check for every story', () => {
    expect(Object.keys(named).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [exportName, story] of Object.entries(named)) {
    it(`renders “${story.name ?? exportName}”`, async () => {
      const expected = EXPECTED[exportName]!;
      loopNotices = 0;
      const errors = captureConsole('error');
      // A message missing from a locale's catalogue warns.
      const warnings = captureConsole('warn');
      try {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const frame = await fixture<HTMLElement>(render(args, {}));
        const canvasElement = frame.parentElement!;
        const el = canvasElement.querySelector<SoOrgMembers>('so-org-members')!;
        await story.play?.({ canvasElement, args });
        await waitUntil(() => hasState(el, expected.state), `reaches :state(${expected.state})`, 8000);
        await waitUntil(() => deepText(canvasElement).includes(expected.text), `shows “${expected.text}”`, 8000);
        if (expected.state === 'virtualized') {
          await waitUntil(() => rows(el).length > 0, 'the virtualizer renders rows');
          expect(rows(el).length, 'rows in the DOM').to.be.lessThan(60);
        }
        await expect(canvasElement).to.be.accessible();
      } finally {
        warnings.restore();
        errors.restore();
      }
      expect(realErrors(errors.messages)).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
