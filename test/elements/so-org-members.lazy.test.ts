import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSeed, generateMembers } from '../../src/memory.js';
import { holdModules, setupMockServer } from '../helpers/msw.js';
import { $, deepActive, hasState, memoryClient, nameOf, NOW, renderMembers, rows, text, waitUntil } from './so-org-members.helpers.js';
import { ignoreResizeObserverLoopNotices } from '../helpers/resize-observer.js';

// This page imports only so-org-members.js: the virtualizer and the invite dialog arrive by
// dynamic import, and the service worker can hold them back or fail them.
describe('<so-org-members> on-demand parts', function () {
  this.timeout(20_000);
  ignoreResizeObserverLoopNotices();
  const server = setupMockServer(() => []);

  it('renders the loaded rows whole until the virtualizer arrives, and a focused row keeps focus across the switch', async () => {
    const virtualizer = holdModules(server, /@lit-labs\/virtualizer\/virtualize\.js$/);
    const client = memoryClient({ seed: { members: [...createSeed(NOW).members, ...generateMembers(1000, NOW)] } });
    // The members arrive after the viewer, roles and invitations: the update that shows them is the last.
    const membersLast = Object.assign(Object.create(client) as typeof client, {
      listMembers: async (...args: Parameters<typeof client.listMembers>) => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return client.listMembers(...args);
      },
    });
    const el = await renderMembers(membersLast);
    await waitUntil(() => virtualizer.held.length > 0, 'the virtualizer is requested for a long list');
    expect(hasState(el, 'virtualized')).to.be.false;
    expect(rows(el)).to.have.length(50); // the first page, whole
    const row = rows(el)[2]!;
    const name = nameOf(row);
    row.focus();
    virtualizer.release();
    await waitUntil(() => hasState(el, 'virtualized'), 'the list is virtualized once the virtualizer arrives', 10_000);
    // Focus is seen (:focus-within) only in a page that has it: WTR runs several pages at once.
    if (document.hasFocus()) {
      await waitUntil(() => !!deepActive()?.matches('[part~="row"]') && nameOf(deepActive()!) === name, `focus stays on ${name}`, 10_000);
    }
    expect(rows(el).length).to.be.lessThan(50);
  });
});

describe('<so-org-members> when the invite dialog cannot be loaded', () => {
  const server = setupMockServer(() => []);

  it('says the server cannot be reached instead of opening', async () => {
    // Last in this page: the browser may keep a failed module fetch for the page's life.
    server.worker.use(http.get(/so-org-members\/so-invite-dialog\.(js|ts)$/, () => HttpResponse.error()));
    const el = await renderMembers(memoryClient());
    await el.showInviteDialog();
    expect(el.shadowRoot!.querySelector('so-invite-dialog')).to.be.null;
    expect(text($(el, '.banner'))).to.contain('Can’t reach the server. Check your connection and try again.');
    await expect(el).to.be.accessible();
  });
});
