import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import { createSeed } from '../../src/client/seed.js';
import type { AccountClient, Member } from '../../src/client/types.js';
import type { SoOrgMembers } from '../../src/so-org-members.js';
import { captureConsole } from '../helpers/console.js';
import {
  $,
  $$,
  hasState,
  memoryClient,
  NOW,
  recordingClient,
  renderMembers,
  rowNames,
  rowOf,
  rows,
  seedWith,
  text,
  waitUntil,
} from './so-org-members.helpers.js';

const seed = createSeed(NOW);
const [maya, daniel, priya, , sofia] = seed.members as [Member, Member, Member, Member, Member];

/** A client whose every call stays pending. */
const neverSettling = (): AccountClient =>
  new Proxy({} as AccountClient, {
    get: (_target, property) => (typeof property === 'string' && /^[a-z]/.test(property) && property !== 'then' ? () => new Promise(() => {}) : undefined),
  });

describe('<so-org-members> states', () => {
  it('shows a loading skeleton with aria-busy until members and roles arrive', async () => {
    const el = await fixture<SoOrgMembers>(html`<so-org-members .client=${neverSettling()}></so-org-members>`);
    expect(hasState(el, 'loading')).to.be.true;
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
    expect(text($(el, '.skeleton'))).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('shows an error with role=alert and a Retry that loads again', async () => {
    const client = memoryClient({ failures: { listMembers: { code: 'unavailable', once: true } } });
    const errors: string[] = [];
    const el = await renderMembers(client, (c) => html`<so-org-members .client=${c} @so-error=${(e: CustomEvent) => errors.push(e.detail.operation)}></so-org-members>`, 'error');
    const alert = $(el, '[role="alert"]');
    expect(text(alert)).to.contain('temporarily unavailable');
    expect(errors).to.include('listMembers');
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await waitUntil(() => hasState(el, 'ready'), 'ready after retry');
    expect(rows(el)).to.have.length(8);
  });

  it('shows the empty state (just you) with a call to invite', async () => {
    const el = await renderMembers(memoryClient({ seed: { members: [maya], invitations: [] } }));
    expect(hasState(el, 'empty')).to.be.true;
    const callout = $(el, '[part="empty"]');
    expect(text(callout)).to.contain('It’s just you so far');
    expect(rowNames(el)).to.deep.equal(['Maya Chen']);
    await expect(el).to.be.accessible();
    callout.querySelector('button')!.click();
    await waitUntil(() => !!el.shadowRoot!.querySelector('so-invite-dialog')?.hasAttribute('open'), 'invite dialog opens from the empty state');
  });

  it('is not empty once anyone else is a member', async () => {
    const el = await renderMembers(memoryClient());
    expect(hasState(el, 'empty')).to.be.false;
    expect(el.shadowRoot!.querySelector('[part="empty"]')).to.be.null;
  });

  it('lists every member with name, email, role, joined date and last activity', async () => {
    const el = await renderMembers(memoryClient());
    expect(hasState(el, 'ready')).to.be.true;
    expect(rowNames(el)).to.deep.equal(seed.members.map((member) => member.name));
    expect(text($(el, '.count'))).to.equal('8 members');
    const row = rowOf(el, 'Priya Raman');
    expect(text(row.querySelector('.email'))).to.equal(priya.email);
    expect((row.querySelector('[part="role-select"]') as HTMLSelectElement).value).to.equal('admin');
    expect(row.querySelector('.joined')!.getAttribute('datetime')).to.equal(new Date(priya.joinedAt).toISOString());
    expect(text(row.querySelector('.joined'))).to.match(/^Joined /);
    expect(text(row.querySelector('.last-active'))).to.match(/^Active .+ ago$/);
    expect(row.getAttribute('role')).to.equal('listitem');
    expect(row.getAttribute('aria-posinset')).to.equal('3');
    expect(row.getAttribute('aria-setsize')).to.equal('8');
    expect(row.getAttribute('aria-label')).to.equal('Priya Raman, Admin');
    expect($(el, '[part="list"]').getAttribute('role')).to.equal('list');
    await expect(el).to.be.accessible();
  });

  it('marks the viewer’s own row and shows their role as text', async () => {
    const el = await renderMembers(memoryClient());
    const own = rowOf(el, 'Maya Chen');
    expect(text(own.querySelector('.badge'))).to.equal('You');
    expect(own.getAttribute('aria-label')).to.equal('Maya Chen (you), Owner');
    expect(own.querySelector('select')).to.be.null;
    expect(text(own.querySelector('.role-name'))).to.equal('Owner');
  });

  it('shows a picture for an https avatar and initials on a colour from the id otherwise', async () => {
    const members = [
      { ...maya, avatarUrl: 'https://images.example/maya.png' },
      { ...daniel, avatarUrl: 'javascript:alert(1)' },
      { ...sofia, avatarUrl: undefined },
    ];
    const el = await renderMembers(memoryClient({ seed: { members } }));
    const [first, second, third] = rows(el).map((row) => row.querySelector('[part="avatar"]') as HTMLElement);
    expect(first!.querySelector('img')!.getAttribute('src')).to.equal('https://images.example/maya.png');
    expect(first!.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(second!.querySelector('img'), 'a javascript: URL is never used').to.be.null;
    expect(text(second)).to.equal('DO');
    expect(text(third)).to.equal('SA');
    expect(first!.getAttribute('aria-hidden')).to.equal('true');
    const hue = (avatar: HTMLElement) => avatar.style.getPropertyValue('--_avatar-hue');
    expect(hue(second!)).not.to.equal(hue(third!));
    const again = await renderMembers(memoryClient({ seed: { members } }));
    expect(hue(rows(again)[1]!.querySelector('[part="avatar"]') as HTMLElement), 'the same id keeps its colour').to.equal(hue(second!));
  });

  it('shows the roles with their descriptions', async () => {
    const el = await renderMembers(memoryClient());
    const roles = $(el, 'details.roles');
    expect(text(roles.querySelector('summary'))).to.equal('About roles');
    const terms = [...roles.querySelectorAll('dt')].map((dt) => text(dt));
    expect(terms).to.deep.equal(['Owner', 'Admin', 'Member', 'Billing']);
    expect(text(roles.querySelector('dd'))).to.equal(seed.roles[0]!.description);
  });

  it('renders the no-client state when no client is configured', async () => {
    const errors = captureConsole('error');
    try {
      const el = await fixture<SoOrgMembers>(html`<so-org-members></so-org-members>`);
      expect(text($(el, '[role="alert"]'))).to.contain('No account client configured');
      expect(errors.messages.join('\n')).to.contain('<so-org-members> has no account client');
    } finally {
      errors.restore();
    }
  });
});

describe('<so-org-members> permissions and rules', () => {
  it('shows a read-only list and says why when the viewer cannot manage members', async () => {
    const viewer = { ...seed.viewer, id: sofia.id, name: sofia.name, email: sofia.email, permissions: [] };
    const el = await renderMembers(memoryClient({ seed: { viewer } }));
    expect(hasState(el, 'read-only')).to.be.true;
    expect(text($(el, '[part="notice"]'))).to.contain('you don’t have permission to manage members');
    expect($$(el, '[part="role-select"]')).to.have.length(0);
    expect($$(el, '[part="remove-button"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="invite-button"]')).to.be.null;
    expect($$(el, '.invitation button')).to.have.length(0);
    expect(text(rowOf(el, 'Priya Raman').querySelector('.role-name'))).to.equal('Admin');
    expect($$(el, '[part="invitation"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('gives managers role selects, Remove buttons and Invite', async () => {
    const el = await renderMembers(memoryClient());
    expect(hasState(el, 'read-only')).to.be.false;
    expect($$(el, '[part="role-select"]')).to.have.length(7);
    expect($$(el, '[part="remove-button"]')).to.have.length(7);
    expect(el.shadowRoot!.querySelector('[part="invite-button"]')).to.exist;
  });

  it('hides each control whose client method is missing', async () => {
    const el = await renderMembers(
      memoryClient({ capabilities: { omit: ['inviteMembers', 'updateMemberRole', 'removeMember', 'resendInvitation', 'revokeInvitation'] } }),
    );
    expect(el.shadowRoot!.querySelector('[part="invite-button"]')).to.be.null;
    expect($$(el, '[part="role-select"]')).to.have.length(0);
    expect($$(el, '[part="remove-button"]')).to.have.length(0);
    expect($$(el, '.invitation button')).to.have.length(0);
    expect(text(rowOf(el, 'Priya Raman').querySelector('.role-name'))).to.equal('Admin');
  });

  it('never offers to remove the viewer, and says to leave from the danger zone', async () => {
    const el = await renderMembers(memoryClient());
    const own = rowOf(el, 'Maya Chen');
    expect(own.querySelector('[part="remove-button"]')).to.be.null;
    expect(text(own.querySelector('.note'))).to.contain('danger zone');
    expect(own.getAttribute('aria-describedby')).to.equal(own.querySelector('.note')!.id);
  });

  it('guards the last owner: role and Remove disabled, with the reason attached', async () => {
    const members = seed.members.map((member) => (member.id === daniel.id ? { ...member, roleId: 'admin' } : member));
    const viewer = { ...seed.viewer, id: priya.id, name: priya.name, email: priya.email };
    const { client, callsTo } = recordingClient(memoryClient({ seed: { members, viewer } }));
    const el = await renderMembers(client);
    const owner = rowOf(el, 'Maya Chen');
    const select = owner.querySelector<HTMLSelectElement>('[part="role-select"]')!;
    const remove = owner.querySelector<HTMLButtonElement>('[part="remove-button"]')!;
    const note = owner.querySelector('.note')!;
    expect(text(note)).to.equal('The last owner can’t be demoted or removed. Make another member an owner first.');
    expect(select.disabled).to.be.true;
    expect(remove.disabled).to.be.true;
    expect(select.getAttribute('aria-describedby')).to.equal(note.id);
    expect(remove.getAttribute('aria-describedby')).to.equal(note.id);
    expect(owner.getAttribute('aria-describedby')).to.equal(note.id);
    remove.click();
    await el.updateComplete;
    expect($(el, '#remove-dialog').hasAttribute('open')).to.be.false;
    expect(callsTo('removeMember')).to.have.length(0);
    // Another owner lifts the guard.
    expect(rowOf(el, 'Daniel Okafor').querySelector<HTMLSelectElement>('[part="role-select"]')!.disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('does not guard an owner while another owner exists', async () => {
    const viewer = { ...seed.viewer, id: priya.id, name: priya.name, email: priya.email };
    const el = await renderMembers(memoryClient({ seed: { viewer } }));
    const owner = rowOf(el, 'Maya Chen');
    expect(owner.querySelector<HTMLSelectElement>('[part="role-select"]')!.disabled).to.be.false;
    expect(owner.querySelector('.note')).to.be.null;
  });

  it('guards the last owner after a change makes them the last one', async () => {
    const viewer = { ...seed.viewer, id: priya.id, name: priya.name, email: priya.email };
    const el = await renderMembers(memoryClient({ seed: { viewer } }));
    const daniels = rowOf(el, 'Daniel Okafor').querySelector<HTMLSelectElement>('[part="role-select"]')!;
    daniels.value = 'member';
    daniels.dispatchEvent(new Event('change'));
    await oneEvent(el, 'so-member-role-changed');
    await el.updateComplete;
    expect(rowOf(el, 'Maya Chen').querySelector<HTMLSelectElement>('[part="role-select"]')!.disabled).to.be.true;
  });
});

describe('<so-org-members> plan without organizations', () => {
  const planClient = () =>
    memoryClient({
      seed: { organization: { ...seed.organization!, planName: 'Starter', features: [] } },
      failures: { listMembers: 'forbidden', listRoles: 'forbidden', listInvitations: 'forbidden' },
    });

  it('shows an upgrade message and fires so-upgrade-request', async () => {
    const client = planClient();
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('so-org-members');
    el.client = client;
    const shown = oneEvent(root, 'so-upgrade-request');
    root.append(el);
    const event = await shown;
    expect(event.detail).to.deep.equal({ feature: 'organizations', planName: 'Starter', trigger: 'shown' });
    await waitUntil(() => hasState(el, 'upgrade'), 'upgrade state');
    expect(text($(el, '[part="upgrade"]'))).to.contain('Your Starter plan doesn’t include organizations');
    await expect(el).to.be.accessible();
    const clicked = oneEvent(el, 'so-upgrade-request');
    $(el, '[part="upgrade"] button').click();
    expect((await clicked).detail.trigger).to.equal('button');
  });

  it('treats forbidden as a permission error when the plan includes organizations', async () => {
    const el = await renderMembers(memoryClient({ failures: { listMembers: 'forbidden' } }), undefined, 'error');
    expect(text($(el, '[role="alert"]'))).to.contain('You don’t have permission');
    expect(hasState(el, 'upgrade')).to.be.false;
  });
});

describe('<so-org-members> dev warnings', () => {
  const cases: [string, string][] = [
    ['page-size', '0'],
    ['page-size', '500'],
    ['virtualize-threshold', '-1'],
    ['search-delay', 'soon'],
    ['max-invites', '2.5'],
  ];
  for (const [attribute, value] of cases) {
    it(`warns about ${attribute}="${value}" and falls back to the default`, async () => {
      const warnings = captureConsole('warn');
      try {
        const root = await fixture<HTMLElement>(html`<div></div>`);
        root.innerHTML = `<so-org-members ${attribute}="${value}"></so-org-members>`;
        const el = root.firstElementChild as SoOrgMembers;
        el.client = memoryClient();
        await waitUntil(() => hasState(el, 'ready'), 'ready');
        expect(warnings.messages.join('\n')).to.contain(`<so-org-members> ${attribute}`);
      } finally {
        warnings.restore();
      }
    });
  }

  it('uses the default page size when page-size is invalid', async () => {
    const warnings = captureConsole('warn');
    try {
      const { client, callsTo } = recordingClient(memoryClient());
      await renderMembers(client, (c) => html`<so-org-members .client=${c} page-size="-3"></so-org-members>`);
      expect(callsTo('listMembers')[0]!.args[0]).to.deep.equal({ limit: 50 });
    } finally {
      warnings.restore();
    }
  });

  it('warns about a default-role that is not a role', async () => {
    const warnings = captureConsole('warn');
    try {
      await renderMembers(memoryClient(), (c) => html`<so-org-members .client=${c} default-role="superuser"></so-org-members>`);
      expect(warnings.messages.join('\n')).to.contain('default-role "superuser" is not one of the roles');
    } finally {
      warnings.restore();
    }
  });

  it('does not warn about valid attributes', async () => {
    const warnings = captureConsole('warn');
    try {
      await renderMembers(
        memoryClient(),
        (c) => html`<so-org-members .client=${c} page-size="20" virtualize-threshold="500" search-delay="0" max-invites="10" default-role="admin"></so-org-members>`,
      );
      expect(warnings.messages.filter((message) => message.includes('so-org-members'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

describe('<so-org-members> without a memory client', () => {
  it('works with any client that implements the contract', async () => {
    const base = createMemoryAccountClient({ seed: seedWith() });
    const el = await renderMembers(recordingClient(base).client);
    expect(rows(el)).to.have.length(8);
  });
});
