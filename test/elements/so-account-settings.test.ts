import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import '../../src/so-account-settings.js';
import type { SoTabChangedDetail } from '../../src/so-account-settings.js';
import { withoutOperations } from '../../stories/support/without-operations.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  deepFocus,
  openTab,
  panels,
  record,
  render,
  selectedTab,
  settled,
  shadow,
  shownElements,
  shownPanel,
  tab,
  tabNames,
  tabs,
} from './so-account-settings-helpers.js';

const ALL = ['General', 'API keys', 'Usage', 'Billing', 'Notifications', 'Organization'];


describe('<so-account-settings> tabs', () => {
  it('shows every tab to an organization owner, General open with the profile, passkeys and sessions', async () => {
    const el = await render(createMemoryAccountClient());
    expect(tabNames(el)).to.deep.equal(ALL);
    expect(selectedTab(el)).to.equal('General');
    expect(el.getAttribute('active-tab')).to.equal('general');
    expect(shownElements(el)).to.deep.equal(['so-profile-form', 'so-passkeys', 'so-sessions']);
    const panel = shownPanel(el)!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tab(el, 'General').id);
    expect(tab(el, 'General').getAttribute('aria-controls')).to.equal(panel.id);
    expect(shadow(el).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Settings');
    await expect(el).to.be.accessible();
  });

  it('leaves out the Organization tab for a member without organization permissions', async () => {
    const seed = { viewer: { id: 'usr_sofia', name: 'Sofia Diaz', email: 'sofia@example.com', permissions: ['api_keys:write', 'billing:manage'] } };
    const el = await render(createMemoryAccountClient({ seed }));
    expect(tabNames(el)).to.deep.equal(ALL.slice(0, 5));
    await expect(el).to.be.accessible();
  });

  it('leaves out the Organization tab for a personal account without an organization', async () => {
    const el = await render(createMemoryAccountClient({ seed: { organization: null } }));
    expect(tabNames(el)).to.deep.equal(ALL.slice(0, 5));
  });

  it('leaves out the tabs whose read the client lacks', async () => {
    const el = await render(withoutOperations(createMemoryAccountClient(), 'getBilling', 'listInvoices', 'createBillingPortalSession', 'getUsage'));
    expect(tabNames(el)).to.deep.equal(['General', 'API keys', 'Notifications', 'Organization']);
  });

  it('shows the chosen tabs in the chosen order, warning about an unknown one', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await render(createMemoryAccountClient(), { tabs: 'billing, general usage nope', 'active-tab': 'billing' });
      expect(tabNames(el)).to.deep.equal(['Billing', 'General', 'Usage']);
      expect(selectedTab(el)).to.equal('Billing');
      expect(shownElements(el)).to.deep.equal(['so-billing-card']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((args) => String(args.join(' ')).includes('"nope"'))).to.be.true;
  });

  it('takes tabs as a property too, an array or a string, as React and Vue set it', async () => {
    const el = await render(createMemoryAccountClient());
    el.tabs = 'usage general';
    await el.updateComplete;
    expect(tabNames(el)).to.deep.equal(['Usage', 'General']);
    el.tabs = ['billing'];
    await el.updateComplete;
    expect(tabNames(el)).to.deep.equal(['Billing']);
    expect(selectedTab(el)).to.equal('Billing');
  });

  it('says why the Organization tab is missing when the organization cannot be read, and Retry brings it', async () => {
    const el = await render(createMemoryAccountClient({ failures: { getOrganization: { code: 'unavailable', once: true } } }));
    expect(tabNames(el)).to.deep.equal(ALL.slice(0, 5));
    const alert = shadow(el).querySelector<HTMLElement>('[part~="membership-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain('Couldn’t check your organization, so its tab is hidden. The service is temporarily unavailable.');
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await waitUntil(() => tabNames(el).includes('Organization'), 'Retry did not bring the Organization tab');
    expect(shadow(el).querySelector('[part~="membership-error"]')).to.be.null;
  });

  it('says so when no tab is available', async () => {
    const el = await render(createMemoryAccountClient({ seed: { organization: null } }), { tabs: 'organization' });
    expect(tabs(el)).to.have.length(0);
    expect(shadow(el).querySelector('[part="empty"]')!.textContent!.trim()).to.equal('There are no settings to show for this account.');
    await expect(el).to.be.accessible();
  });

  it('opens an unavailable active-tab as the first available one, and reflects it', async () => {
    const el = await render(createMemoryAccountClient({ seed: { organization: null } }), { 'active-tab': 'organization' });
    expect(selectedTab(el)).to.equal('General');
    expect(el.getAttribute('active-tab')).to.equal('general');
  });

  it('waits for the membership before deciding on active-tab="organization", then opens it', async () => {
    const el = await render(createMemoryAccountClient({ latencyMs: 40 }), { 'active-tab': 'organization' });
    expect(selectedTab(el)).to.equal('Organization');
    expect(shownElements(el)).to.deep.equal(['so-org-profile', 'so-org-members', 'so-subscriptions', 'so-danger-zone']);
    expect(panels(el), 'General was never created').to.have.length(1);
  });

  it('opens a tab on click, reflects it in active-tab and fires so-tab-changed', async () => {
    const el = await render(createMemoryAccountClient());
    const changes = record<SoTabChangedDetail>(el, 'so-tab-changed');
    await openTab(el, 'Usage');
    expect(selectedTab(el)).to.equal('Usage');
    expect(el.getAttribute('active-tab')).to.equal('usage');
    expect(shownElements(el)).to.deep.equal(['so-usage-meter']);
    expect(changes).to.deep.equal([{ tab: 'usage', previous: 'general' }]);
    tab(el, 'Usage').click();
    expect(changes, 'no event for the tab already open').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('opens the tab set through the active-tab property', async () => {
    const el = await render(createMemoryAccountClient());
    el.activeTab = 'notifications';
    await el.updateComplete;
    await settled(el);
    expect(selectedTab(el)).to.equal('Notifications');
    expect(shownElements(el)).to.deep.equal(['so-notification-settings']);
  });
});

describe('<so-account-settings> lazy tabs and shared reads', () => {
  it('creates a tab only when first opened, and keeps it afterwards', async () => {
    const { client, callsTo } = recordingClient();
    const el = await render(client);
    expect(panels(el)).to.have.length(1);
    expect(callsTo('listApiKeys'), 'the API keys tab has not been opened').to.have.length(0);
    expect(callsTo('getBilling')).to.have.length(0);
    await openTab(el, 'API keys');
    expect(callsTo('listApiKeys')).to.have.length(1);
    const keyPanel = shownPanel(el)!.firstElementChild;
    await openTab(el, 'General');
    await openTab(el, 'API keys');
    expect(shownPanel(el)!.firstElementChild === keyPanel, 'the same element, not a new one').to.be.true;
    expect(callsTo('listApiKeys'), 'not fetched again').to.have.length(1);
    expect(panels(el)).to.have.length(2);
  });

  it('fetches each resource once across the whole surface', async () => {
    const { client, calls } = recordingClient();
    const el = await render(client);
    for (const name of ALL.slice(1)) await openTab(el, name);
    const counts: Record<string, number> = {};
    for (const call of calls) counts[call.operation] = (counts[call.operation] ?? 0) + 1;
    // listMembers takes inputs: the member list's first page and the danger zone's owner check are two different queries.
    const { listMembers, ...plainReads } = counts;
    expect(Object.values(plainReads).every((count) => count === 1), JSON.stringify(counts)).to.be.true;
    expect(Object.keys(plainReads)).to.include.members(['getViewer', 'getOrganization', 'getProfile', 'listPasskeys', 'listSessions', 'listApiKeys', 'getUsage', 'getBilling', 'getNotificationPreferences', 'listRoles', 'listInvitations']);
    expect(listMembers).to.be.at.most(2);
  });

  it('reload() fetches every created tab again', async () => {
    const { client, callsTo } = recordingClient();
    const el = await render(client);
    await el.reload();
    await settled(el);
    expect(callsTo('getViewer')).to.have.length(2);
    expect(callsTo('listSessions')).to.have.length(2);
    expect(callsTo('listApiKeys'), 'not created, not fetched').to.have.length(0);
  });

  it('drops the Organization tab when the organization is deleted', async () => {
    const client = createMemoryAccountClient({ seed: { subscriptions: [] } });
    const el = await render(client, { 'active-tab': 'organization' });
    client.store.reset({ ...client.store.snapshot(), organization: null });
    shownPanel(el)!.querySelector('so-danger-zone')!.dispatchEvent(new CustomEvent('so-organization-deleted', { detail: { organizationId: 'org_acme' }, bubbles: true, composed: true }));
    await waitUntil(() => !tabNames(el).includes('Organization'), 'the Organization tab stayed');
    expect(selectedTab(el)).to.equal('General');
    expect(panels(el).map((panel) => panel.id), "the organization's elements are gone").to.deep.equal(['panel-general']);
  });
});

describe('<so-account-settings> Organization tab', () => {
  it('reloads the danger zone when a subscription is cancelled, so its blockers stay true', async () => {
    const el = await render(createMemoryAccountClient(), { 'active-tab': 'organization' });
    const panel = shownPanel(el)!;
    const subscriptions = panel.querySelector('so-subscriptions')!;
    const zone = panel.querySelector('so-danger-zone')!;
    const blockedText = () => zone.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(blockedText()).to.contain('2 active subscriptions must be canceled first.');
    subscriptions.shadowRoot!.querySelector<HTMLButtonElement>('[data-subscription-id="sub_jobs"] [part="unsubscribe-button"]')!.click();
    const dialog = subscriptions.shadowRoot!.querySelector('so-confirm-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open, 'the cancel dialog did not open');
    dialog.querySelector<HTMLInputElement>('input[value="now"]')!.click();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitUntil(() => blockedText().includes('An active subscription must be canceled first.'), 'the danger zone did not read its blockers again');
  });
});

describe('<so-account-settings> keyboard', () => {
  it('moves focus with the arrow keys, Home and End, and opens a tab with Enter or Space', async () => {
    const el = await render(createMemoryAccountClient());
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    tab(el, 'General').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepFocus() === tab(el, 'API keys'), 'focus on API keys').to.be.true;
    expect(selectedTab(el), 'manual activation: focus alone opens nothing').to.equal('General');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepFocus() === tab(el, 'Organization'), 'wraps to the last tab').to.be.true;
    await sendKeys({ press: 'Home' });
    expect(deepFocus() === tab(el, 'General'), 'Home: first').to.be.true;
    await sendKeys({ press: 'End' });
    expect(deepFocus() === tab(el, 'Organization'), 'End: last').to.be.true;
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Notifications');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Billing');
    expect(tab(el, 'Billing').tabIndex).to.equal(0);
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.have.length(1);
  });

  it('mirrors the arrow keys right to left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><so-account-settings .client=${createMemoryAccountClient()}></so-account-settings></div>`);
    const el = wrapper.querySelector('so-account-settings')!;
    await settled(el);
    tab(el, 'General').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepFocus() === tab(el, 'API keys'), 'ArrowLeft goes forward in RTL').to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    expect(deepFocus() === tab(el, 'General'), 'ArrowRight goes back in RTL').to.be.true;
  });

  it('reaches the open tab, then its panel, by Tab', async () => {
    const el = await render(createMemoryAccountClient());
    await openTab(el, 'Usage');
    tab(el, 'Usage').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepFocus() === shownPanel(el), 'the panel follows the tab list').to.be.true;
  });
});

describe('<so-account-settings> routing="hash"', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the tab named by the hash on load', async () => {
    history.replaceState(null, '', '#billing');
    const el = await render(createMemoryAccountClient(), { routing: 'hash' });
    expect(selectedTab(el)).to.equal('Billing');
  });

  it('puts each opened tab in the hash, and Back returns to the previous tab', async () => {
    const el = await render(createMemoryAccountClient(), { routing: 'hash' });
    const changes = record<SoTabChangedDetail>(el, 'so-tab-changed');
    await openTab(el, 'Usage');
    expect(location.hash).to.equal('#usage');
    await openTab(el, 'Notifications');
    expect(location.hash).to.equal('#notifications');
    history.back();
    await waitUntil(() => selectedTab(el) === 'Usage', 'Back did not reopen Usage');
    expect(location.hash).to.equal('#usage');
    expect(changes.map((change) => change.tab)).to.deep.equal(['usage', 'notifications', 'usage']);
  });

  it('follows a link to a tab, and ignores a hash that names no tab', async () => {
    const el = await render(createMemoryAccountClient(), { routing: 'hash' });
    location.hash = '#api-keys';
    await waitUntil(() => selectedTab(el) === 'API keys', 'the link did not open API keys');
    location.hash = '#subscription-sub_jobs';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(selectedTab(el)).to.equal('API keys');
  });

  it('leaves the URL alone without routing="hash"', async () => {
    const el = await render(createMemoryAccountClient());
    await openTab(el, 'Usage');
    expect(location.hash).to.equal('');
  });
});

describe('<so-account-settings> narrow screens', () => {
  it('fits 320 px: the tabs wrap and nothing overflows', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><so-account-settings .client=${createMemoryAccountClient()}></so-account-settings></div>`);
    const el = wrapper.querySelector('so-account-settings')!;
    await settled(el);
    for (const name of ALL) {
      await openTab(el, name);
      expect(el.scrollWidth, `${name} overflows`).to.be.at.most(320);
      expect(shownPanel(el)!.scrollWidth, `${name} panel overflows`).to.be.at.most(320);
    }
    const rows = new Set(tabs(el).map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(rows.size, 'the tabs take more than one line').to.be.greaterThan(1);
    for (const t of tabs(el)) expect(t.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });
});
