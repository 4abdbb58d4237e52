import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render as litRender } from 'lit';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-danger-zone.js';
import type { SoDangerZone } from '../../src/so-danger-zone.js';
import { closed as dangerDialogClosed, dialog as dangerDialog, loaded as dangerZoneLoaded, openFromButton, row as actionRow } from './so-danger-zone-helpers.js';
import { closed, deepFocus, dialogPart, loaded, openDialog, rowPart, textOf } from './so-subscriptions-helpers.js';

const blockerItems = (zone: SoDangerZone) => [...dangerDialog(zone, 'delete-organization').querySelectorAll<HTMLLIElement>('[part="blockers"] li')];
const blockerLinks = (zone: SoDangerZone) => blockerItems(zone).map((item) => item.querySelector('a')?.getAttribute('href') ?? null);

/** A settings page: the subscriptions and the danger zone on one client. */
async function page(client: AccountClient) {
  const frame = await fixture<HTMLElement>(html`<div>
    <so-subscriptions .client=${client}></so-subscriptions>
    <div style="block-size: 150vh"></div>
    <so-danger-zone actions="delete-organization" .client=${client}></so-danger-zone>
  </div>`);
  const list = frame.querySelector('so-subscriptions')!;
  const zone = frame.querySelector('so-danger-zone')!;
  await Promise.all([loaded(list), dangerZoneLoaded(zone)]);
  return { list, zone };
}

/** Opens the delete dialog and waits for the blockers it re-reads on opening. */
async function openDelete(zone: SoDangerZone) {
  const d = await openFromButton(zone, 'delete-organization');
  await waitUntil(() => blockerLinks(zone).every((href) => href !== null), 'the blockers were not linked');
  return d;
}

describe('<so-danger-zone> blockers link to <so-subscriptions> rows', () => {
  it('links each subscription blocker to its row; following one closes the dialog, scrolls to the row and focuses it', async () => {
    const { list, zone } = await page(createMemoryAccountClient());
    const d = await openDelete(zone);
    expect(blockerItems(zone).map(textOf)).to.deep.equal(['Agent job plan — 10,000 runs', 'Workspace capacity — 25 seats']);
    expect(blockerLinks(zone)).to.deep.equal(['#subscription-sub_jobs', '#subscription-sub_capacity']);
    await expect(zone).to.be.accessible();
    const hash = location.hash;
    blockerItems(zone)[1]!.querySelector('a')!.click();
    await dangerDialogClosed(d);
    const heading = rowPart(list, 'sub_capacity', 'name')!;
    expect(deepFocus() === heading, 'focus on the row’s heading').to.be.true;
    expect(heading.id).to.equal('subscription-sub_capacity');
    const box = heading.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, 'the row is scrolled into view').to.be.true;
    expect(location.hash, 'the page’s URL is left alone').to.equal(hash);
  });

  it('leaves blockers as plain text when no <so-subscriptions> shows their row', async () => {
    const client = createMemoryAccountClient();
    const zone = await fixture<SoDangerZone>(html`<so-danger-zone actions="delete-organization" .client=${client}></so-danger-zone>`);
    await dangerZoneLoaded(zone);
    await openFromButton(zone, 'delete-organization');
    await waitUntil(() => blockerItems(zone).length === 2, 'no blockers');
    expect(blockerLinks(zone)).to.deep.equal([null, null]);
  });

  it('prefers the row on the page to a blocker’s own href, and links only subscription kinds', async () => {
    const memory = createMemoryAccountClient();
    const client: AccountClient = {
      ...memory,
      async getOrganization(options) {
        const organization = (await memory.getOrganization(options))!;
        return {
          ...organization,
          deletionBlockers: [
            { kind: 'job_plan', id: 'sub_jobs', label: 'Jobs', href: 'https://billing.example/sub_jobs' },
            { kind: 'project', id: 'sub_capacity', label: 'A project with a clashing id' },
            { kind: 'subscription', id: 'sub_elsewhere', label: 'Not on this page', href: '/billing#sub_elsewhere' },
          ],
        };
      },
    };
    const { zone } = await page(client);
    await openFromButton(zone, 'delete-organization');
    await waitUntil(() => blockerLinks(zone)[0] === '#subscription-sub_jobs', 'the row was not linked');
    expect(blockerLinks(zone)).to.deep.equal(['#subscription-sub_jobs', null, '/billing#sub_elsewhere']);
  });

  it('finds the row in the same shadow root, as a composite settings element renders them', async () => {
    const client = createMemoryAccountClient();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    litRender(html`<so-subscriptions .client=${client}></so-subscriptions><so-danger-zone actions="delete-organization" .client=${client}></so-danger-zone>`, root);
    const list = root.querySelector('so-subscriptions')!;
    const zone = root.querySelector('so-danger-zone')!;
    await Promise.all([loaded(list), dangerZoneLoaded(zone)]);
    const d = await openDelete(zone);
    blockerItems(zone)[0]!.querySelector('a')!.click();
    await dangerDialogClosed(d);
    expect(deepFocus() === rowPart(list, 'sub_jobs', 'name'), 'focus on the row’s heading').to.be.true;
  });

  it('a host that reloads the danger zone on so-subscription-cancelled shows the blockers that remain', async () => {
    const { list, zone } = await page(createMemoryAccountClient());
    // The wiring the README documents.
    list.addEventListener('so-subscription-cancelled', () => void zone.reload());
    expect(textOf(actionRow(zone, 'delete-organization'))).to.contain('2 active subscriptions must be canceled first.');
    const d = await openDialog(list, 'sub_jobs');
    d.querySelector<HTMLInputElement>('input[value="now"]')!.click();
    dialogPart(d, 'confirm-button').click();
    await closed(d);
    await waitUntil(() => textOf(actionRow(zone, 'delete-organization')).includes('An active subscription must be canceled first.'), 'the danger zone did not reload');
  });
});
