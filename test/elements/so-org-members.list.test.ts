import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountApiError } from '../../src/client/errors.js';
import { createSeed, generateMembers } from '../../src/client/seed.js';
import type { AccountClient, ListMembersInput, RequestOptions } from '../../src/client/types.js';
import { ignoreResizeObserverLoopNotices } from '../helpers/resize-observer.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';
import {
  $,
  deepActive,
  hasState,
  memoryClient,
  nameOf,
  NOW,
  recordingClient,
  renderMembers,
  setValue,
  rowNames,
  rows,
  text,
  waitUntil,
} from './so-org-members.helpers.js';

const seed = createSeed(NOW);
const searchField = (el: SoOrgMembers) => $(el, '[part="search"]') as HTMLInputElement;
const searches = (calls: { args: unknown[] }[]) => calls.map((call) => (call.args[0] as ListMembersInput | undefined)?.search ?? '');
const focusedRow = () => deepActive()?.closest?.('[part~="row"]') ?? null;
const focusedPosition = () => Number(focusedRow()?.getAttribute('aria-posinset') ?? 0);

async function typeSearch(el: SoOrgMembers, value: string): Promise<void> {
  searchField(el).focus();
  await sendKeys({ type: value });
}

describe('<so-org-members> search', () => {
  it('waits for a pause in typing, then searches once on the server', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    // A pause longer than a busy machine takes between keys, so the typing itself never pauses.
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} search-delay="800"></so-org-members>`);
    expect(searches(callsTo('listMembers'))).to.deep.equal(['']);
    await typeSearch(el, 'pri');
    expect(callsTo('listMembers'), 'no request while typing').to.have.length(1);
    await waitUntil(() => rows(el).length === 1, 'the search result shows');
    expect(searches(callsTo('listMembers'))).to.deep.equal(['', 'pri']);
    expect(rowNames(el)).to.deep.equal(['Priya Raman']);
    expect(text($(el, '.search-status'))).to.equal('1 member matches “pri”.');
    expect($(el, '.search-status').getAttribute('role')).to.equal('status');
    expect(el.search).to.equal('pri');
  });

  it('aborts the request of a query that changed while it was loading, and never shows its results', async () => {
    const { client, callsTo } = recordingClient(memoryClient({ latencyMs: 150 }));
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} search-delay="20"></so-org-members>`);
    await typeSearch(el, 'a');
    await waitUntil(() => callsTo('listMembers').length === 2, 'the first search starts');
    const stale = callsTo('listMembers')[1]!;
    expect(stale.signal!.aborted).to.be.false;
    setValue(searchField(el), 'amara'); // pasted, so the query changes in one step
    await waitUntil(() => callsTo('listMembers').length === 3, 'the second search starts');
    expect(stale.signal!.aborted, 'the stale request was aborted').to.be.true;
    expect(searches(callsTo('listMembers'))).to.deep.equal(['', 'a', 'amara']);
    await waitUntil(() => text($(el, '.search-status')).includes('“amara”'), 'the latest search shows');
    expect(rowNames(el)).to.deep.equal(['Amara Nwosu']);
  });

  it('marks the list busy while a search loads and keeps the field focused', async () => {
    const el = await renderMembers(memoryClient({ latencyMs: 200 }), (c) => html`<so-org-members .client=${c} search-delay="0"></so-org-members>`);
    await typeSearch(el, 'tom');
    await waitUntil(() => $(el, '[part="list"]').getAttribute('aria-busy') === 'true', 'busy while searching');
    expect(text($(el, '.search-status'))).to.equal('Searching…');
    expect(deepActive() === searchField(el), 'the search field keeps focus').to.be.true;
    await waitUntil(() => rows(el).length === 1, 'result');
    expect($(el, '[part="list"]').getAttribute('aria-busy')).to.equal('false');
    expect(deepActive() === searchField(el), 'the search field keeps focus').to.be.true;
  });

  it('searches at once on Enter', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} search-delay="60000"></so-org-members>`);
    await typeSearch(el, 'kenji');
    expect(callsTo('listMembers')).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 1, 'result after Enter');
    expect(searches(callsTo('listMembers'))).to.deep.equal(['', 'kenji']);
  });

  it('says when nothing matches, and Clear search brings everyone back', async () => {
    const el = await renderMembers(memoryClient(), (c) => html`<so-org-members .client=${c} search-delay="0"></so-org-members>`);
    await typeSearch(el, 'zzz');
    await waitUntil(() => !!el.shadowRoot!.querySelector('.no-match'), 'no match message');
    expect(text($(el, '.no-match p'))).to.equal('No members match “zzz”.');
    expect(el.shadowRoot!.querySelector('[part="list"]')).to.be.null;
    await expect(el).to.be.accessible();
    $(el, '.no-match button').click();
    await waitUntil(() => rows(el).length === 8, 'everyone is back');
    expect(searchField(el).value).to.equal('');
    expect(deepActive() === searchField(el), 'the search field keeps focus').to.be.true;
  });

  it('starts from the search attribute', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} search="becker"></so-org-members>`);
    expect(searches(callsTo('listMembers'))).to.deep.equal(['becker']);
    expect(searchField(el).value).to.equal('becker');
    expect(rowNames(el)).to.deep.equal(['Lukas Becker']);
  });
});

describe('<so-org-members> paging', () => {
  it('loads further pages with the cursor and appends them', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} page-size="3"></so-org-members>`);
    expect(rowNames(el)).to.deep.equal(['Maya Chen', 'Daniel Okafor', 'Priya Raman']);
    expect(text($(el, '.showing'))).to.equal('Showing 3 of 8 members');
    $(el, '[part="load-more"]').click();
    await waitUntil(() => rows(el).length === 6, 'second page');
    const second = callsTo('listMembers')[1]!.args[0] as ListMembersInput;
    expect(second.limit).to.equal(3);
    expect(second.cursor).to.be.a('string');
    expect(nameOf(focusedRow()!), 'focus moves to the first member that arrived').to.equal('Lukas Becker');
    $(el, '[part="load-more"]').click();
    await waitUntil(() => rows(el).length === 8, 'last page');
    expect(rowNames(el)).to.deep.equal(seed.members.map((member) => member.name));
    expect(el.shadowRoot!.querySelector('[part="load-more"]'), 'nothing more to load').to.be.null;
    expect(rows(el).at(-1)!.getAttribute('aria-posinset')).to.equal('8');
    await expect(el).to.be.accessible();
  });

  it('pages through search results with the search kept', async () => {
    const { client, callsTo } = recordingClient(memoryClient());
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} page-size="1" search="an"></so-org-members>`);
    expect(rows(el)).to.have.length(1);
    $(el, '[part="load-more"]').click();
    await waitUntil(() => rows(el).length === 2, 'second page of the search');
    expect((callsTo('listMembers')[1]!.args[0] as ListMembersInput).search).to.equal('an');
  });

  it('shows a failed page with a Retry, keeping what was loaded', async () => {
    const base = memoryClient();
    let failNext = true;
    const client: AccountClient = Object.assign(Object.create(base) as AccountClient, {
      listMembers: (input?: ListMembersInput, options?: RequestOptions) => {
        if (input?.cursor && failNext) {
          failNext = false;
          return Promise.reject(new AccountApiError('network'));
        }
        return base.listMembers(input, options);
      },
    });
    const errors: string[] = [];
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} page-size="4" @so-error=${(e: CustomEvent) => errors.push(e.detail.operation)}></so-org-members>`);
    $(el, '[part="load-more"]').click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('.footer [role="alert"]'), 'the failure shows');
    expect(text($(el, '.footer [role="alert"]'))).to.contain('Couldn’t load more members.');
    expect(errors).to.deep.equal(['listMembers']);
    expect(rows(el)).to.have.length(4);
    await expect(el).to.be.accessible();
    $(el, '.footer [role="alert"] button').click();
    await waitUntil(() => rows(el).length === 8, 'the retry loads the page');
  });
});

describe('<so-org-members> keyboard', () => {
  it('moves between rows with the arrow keys, Home and End, with one Tab stop', async () => {
    const el = await renderMembers(memoryClient());
    const list = rows(el);
    expect(list.filter((row) => row.tabIndex === 0)).to.deep.equal([list[0]]);
    list[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(nameOf(focusedRow()!)).to.equal('Priya Raman');
    await sendKeys({ press: 'End' });
    expect(nameOf(focusedRow()!)).to.equal('Tom Lindqvist');
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(focusedRow()!), 'stays on the last row').to.equal('Tom Lindqvist');
    await sendKeys({ press: 'Home' });
    expect(nameOf(focusedRow()!)).to.equal('Maya Chen');
    await sendKeys({ press: 'ArrowUp' });
    expect(nameOf(focusedRow()!)).to.equal('Maya Chen');
    await sendKeys({ press: 'PageDown' });
    expect(nameOf(focusedRow()!)).to.equal('Tom Lindqvist');
    await el.updateComplete;
    expect(rows(el).filter((row) => row.tabIndex === 0).map(nameOf)).to.deep.equal(['Tom Lindqvist']);
  });

  it('reaches the focused row’s controls with Tab, then leaves the list', async () => {
    const el = await renderMembers(memoryClient());
    rows(el)[2]!.focus();
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Role for Priya Raman');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Remove Priya Raman');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.closest('[part~="row"]'), 'Tab leaves the list').to.be.null;
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Resend the invitation to jordan.lee@acme-robotics.example');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(nameOf(focusedRow()!), 'Shift+Tab comes back to the same row').to.equal('Priya Raman');
  });

  it('goes from the search field to the list with ArrowDown', async () => {
    const el = await renderMembers(memoryClient());
    searchField(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(nameOf(focusedRow()!)).to.equal('Maya Chen');
  });
});

describe('<so-org-members> with 10,000 members', function () {
  this.timeout(60_000);
  // The virtualizer measures rows in a ResizeObserver; Chromium reports the benign loop notice as an error.
  ignoreResizeObserverLoopNotices();
  const bigClient = () => memoryClient({ seed: { members: [...seed.members, ...generateMembers(10_000, NOW)] } });
  /** How many members are loaded: "Showing N of M" while more pages remain, else all of them. */
  const loadedCount = (el: SoOrgMembers) => {
    const showing = el.shadowRoot!.querySelector('.showing');
    return showing ? Number(text(showing).match(/Showing ([\d,]+)/)![1]!.replace(/,/g, '')) : Number(rows(el)[0]!.getAttribute('aria-setsize'));
  };
  const loading = (el: SoOrgMembers) => el.shadowRoot!.querySelector('[part="load-more"]')?.getAttribute('aria-disabled') === 'true';

  async function renderBig(pageSize = 50): Promise<SoOrgMembers> {
    const el = await renderMembers(bigClient(), (c) => html`<so-org-members .client=${c} page-size=${pageSize}></so-org-members>`);
    // The virtualizer is loaded when a list is long; until then the loaded rows render whole.
    await waitUntil(() => hasState(el, 'virtualized') && rows(el).length > 0, 'the virtualizer renders rows');
    return el;
  }

  it('virtualizes the list: the DOM holds only the rows in view', async () => {
    const el = await renderBig();
    expect(hasState(el, 'virtualized')).to.be.true;
    expect(text($(el, '.count'))).to.equal('10,008 members');
    expect(rows(el).length).to.be.greaterThan(0).and.lessThan(60);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal('10008');
    await expect(el).to.be.accessible();
  });

  it('keeps the DOM small with every page loaded, and the keyboard still reaches the last member', async () => {
    const el = await renderBig(200);
    rows(el)[0]!.focus();
    await el.updateComplete;
    let position = 1;
    for (let presses = 0; position < 10_008 && presses < 80; presses++) {
      await sendKeys({ press: 'End' });
      await waitUntil(() => focusedPosition() > position, `End moves past row ${position}`, 5000);
      position = focusedPosition();
      // End reached the last member loaded; scrolling there loads the next page.
      await waitUntil(() => !loading(el) && (loadedCount(el) > position || loadedCount(el) === 10_008), 'the next page arrives', 5000);
    }
    expect(position).to.equal(10_008);
    expect(focusedRow()!.getAttribute('aria-setsize')).to.equal('10008');
    expect(nameOf(focusedRow()!)).to.equal(generateMembers(10_000, NOW).at(-1)!.name);
    expect(rows(el).length, 'rows in the DOM with 10,008 loaded').to.be.lessThan(60);
    expect(el.shadowRoot!.querySelectorAll('*').length, 'nodes in the shadow root').to.be.lessThan(2000);

    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedPosition() === 1, 'Home reaches the first member');
    expect(nameOf(focusedRow()!)).to.equal('Maya Chen');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedPosition() === 11, 'PageDown moves ten rows');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedPosition() === 12, 'ArrowDown moves one row');
    expect(rows(el).length).to.be.lessThan(60);
  });

  it('keeps the Tab stop in the DOM after the focused row scrolls away', async () => {
    const el = await renderBig(200);
    const list = $(el, '[part="list"]');
    // Scroll as a user would, again until the virtualizer has settled its first layout and follows.
    await waitUntil(() => {
      list.scrollTop = list.scrollHeight / 2;
      return !rows(el).some((row) => row.getAttribute('aria-posinset') === '1');
    }, 'the first row leaves the DOM');
    await el.updateComplete;
    const stops = rows(el).filter((row) => row.tabIndex === 0);
    expect(stops).to.have.length(1);
    expect(Number(stops[0]!.getAttribute('aria-posinset'))).to.be.greaterThan(1);
  });
});
