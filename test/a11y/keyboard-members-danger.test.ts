/**
 * Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3): <so-org-members> and <so-danger-zone>.
 * Every test starts on a plain button before the element and reaches each control by Tab.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/memory.js';
import '../../src/so-danger-zone.js';
import '../../src/so-org-members.js';
import type { SoDangerZone } from '../../src/so-danger-zone.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';
import {
  deepFocus,
  describeElement,
  dialogCloses,
  dialogOpens,
  flatElements,
  focusLands,
  loaded,
  mount,
  nameOf,
  press,
  startBefore,
  tabTo,
  type,
} from './a11y-helpers.js';

/** The members listed, by name (each row's label is "Name, Role"). */
const rowNames = (el: SoOrgMembers) => [...el.shadowRoot!.querySelectorAll('[part="row"]')].map((row) => nameOf(row).split(',')[0]!.replace(/ \(you\)$/, ''));
const isRowOf = (name: string) => (element: Element) => element.getAttribute('part') === 'row' && nameOf(element).startsWith(name);
/** The element focus is in, or the row around it. */
const focusedRow = () => deepFocus()?.closest('[part="row"]') ?? null;

describe('keyboard: <so-org-members>', () => {
  let el: SoOrgMembers;
  beforeEach(async () => {
    el = await mount<SoOrgMembers>(html`<so-org-members search-delay="0" .client=${createMemoryAccountClient()}></so-org-members>`, 'so-org-members');
    await loaded(el);
    await waitUntil(() => rowNames(el).length > 2, 'no members listed');
    startBefore();
  });

  it('searches: Tab to the search field, type, and the list narrows', async () => {
    await tabTo('Search members');
    await type('priya');
    await waitUntil(() => rowNames(el).join() === 'Priya Raman', `the search did not narrow the list (${rowNames(el).join(', ')})`);
  });

  it('invites: Enter on Invite members, type an address, Tab to Send, Enter; focus on the results; Done returns to Invite', async () => {
    const invite = await tabTo('Invite members');
    await press('Enter');
    await dialogOpens(el);
    await focusLands((element) => element.localName === 'textarea', 'the invite dialog did not focus the address field');
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === invite, 'Escape did not return focus to Invite members');

    await press('Enter');
    await dialogOpens(el);
    await focusLands((element) => element.localName === 'textarea', 'the address field');
    await type('ada@newhire.example');
    await tabTo(/^Send/, { max: 10 });
    await press('Enter');
    await focusLands((element) => element.id === 'results-summary', 'focus did not move to the results summary');
    await tabTo('Done', { max: 10 });
    await press('Enter');
    await dialogCloses(el);
    await focusLands((element) => element === invite, 'Done did not return focus to Invite members');
  });

  it('changes a role: Tab into the list, ArrowDown to the third row, Tab to its role, ArrowDown', async () => {
    const third = rowNames(el)[2]!;
    await tabTo(isRowOf(rowNames(el)[0]!));
    await press('ArrowDown');
    await press('ArrowDown');
    await focusLands(isRowOf(third), 'ArrowDown did not move down the rows');
    const select = await tabTo(`Role for ${third}`, { max: 3 });
    expect(select.localName, describeElement(select)).to.equal('select');
    const before = (select as HTMLSelectElement).value;
    const changed = new Promise<void>((resolve) => el.addEventListener('so-member-role-changed', () => resolve(), { once: true }));
    await press('ArrowDown');
    await changed;
    expect((select as HTMLSelectElement).value).to.not.equal(before);
    expect(deepFocus() === select, `focus stays on the role (${describeElement(deepFocus())})`).to.equal(true);
  });

  it('removes: Tab to Remove, Enter, Escape cancels back to Remove; again, Tab to Confirm, Enter; focus on the next member', async () => {
    const [first, , third, fourth] = rowNames(el);
    await tabTo(isRowOf(first!));
    await press('ArrowDown');
    await press('ArrowDown');
    const remove = await tabTo(`Remove ${third}`, { max: 4 });
    await press('Enter');
    await dialogOpens(el);
    await press('Escape');
    await dialogCloses(el);
    await focusLands((element) => element === remove, 'Escape did not return focus to Remove');
    await press('Enter');
    await dialogOpens(el);
    await tabTo('Remove member', { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    await waitUntil(() => !rowNames(el).includes(third!), `${third} was not removed`);
    await focusLands(() => !!focusedRow() && nameOf(focusedRow()!).startsWith(fourth!), `focus did not move to the next member, ${fourth}`);
  });
});

const ORG_NAME = 'Acme Robotics';

describe('keyboard: <so-danger-zone>', () => {
  let el: SoDangerZone;
  async function render(seed?: { subscriptions: [] }) {
    el = await mount<SoDangerZone>(html`<so-danger-zone .client=${createMemoryAccountClient(seed ? { seed } : {})}></so-danger-zone>`, 'so-danger-zone');
    await loaded(el);
    startBefore();
  }
  const notice = () => el.shadowRoot!.querySelector('[part="notice"]');

  for (const name of ['Sign out everywhere', 'Regenerate secrets', 'Leave organization', 'Delete organization']) {
    it(`"${name}": Enter opens its dialog, Escape cancels and returns focus`, async () => {
      await render();
      const trigger = await tabTo(name);
      await press('Enter');
      await dialogOpens(el);
      await press('Escape');
      await dialogCloses(el);
      await focusLands((element) => element === trigger, `Escape did not return focus to ${name}`);
    });
  }

  it('signs out everywhere: Tab to Confirm, Enter; focus back on the button', async () => {
    await render();
    const trigger = await tabTo('Sign out everywhere');
    await press('Enter');
    await dialogOpens(el);
    await tabTo('Sign out everywhere', { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    await focusLands((element) => element === trigger, 'focus did not return to Sign out everywhere');
  });

  it('regenerates secrets: confirm by keyboard; focus in the new secrets; dismissing lands on a sensible place', async () => {
    await render();
    const trigger = await tabTo('Regenerate secrets');
    await press('Enter');
    await dialogOpens(el);
    await tabTo(/^Regenerate/, { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    const panel = el.shadowRoot!.querySelector('so-secret-once')!;
    await focusLands((element) => flatElements(panel).includes(element), 'focus did not move into the new secrets');
    await tabTo('I have saved them', { max: 10 });
    await press('Enter');
    await focusLands(
      (element) => element === trigger || element === notice() || element.getAttribute('role') === 'heading' || /^h\d$/.test(element.localName),
      'after dismissing the new secrets focus is lost',
    );
  });

  it('leaves: confirm by keyboard; focus on the notice', async () => {
    await render();
    await tabTo('Leave organization');
    await press('Enter');
    await dialogOpens(el);
    await tabTo(/^Leave/, { max: 4 });
    await press('Enter');
    await dialogCloses(el);
    await focusLands((element) => element === notice(), 'focus did not move to the notice');
  });

  it('deletes: type the exact name, Enter; an empty field does not delete; focus on the notice', async () => {
    await render({ subscriptions: [] });
    await tabTo('Delete organization');
    await press('Enter');
    const dialog = await dialogOpens(el);
    await focusLands((element) => element.localName === 'input', 'the delete dialog did not focus the name field');
    await press('Enter');
    expect(dialog.open, 'Enter on an empty field deletes nothing').to.equal(true);
    await type(ORG_NAME);
    await press('Enter');
    await dialogCloses(el);
    await focusLands((element) => element === notice(), 'focus did not move to the notice');
    expect(notice()!.textContent).to.contain('was deleted');
  });
});
