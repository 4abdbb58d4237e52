import { expect, html, waitUntil } from '@open-wc/testing';
import { holdModules, setupMockServer } from '../helpers/msw.js';
import { actionButton, recordingClient, render, shadow } from './so-danger-zone-helpers.js';

// This page imports only so-danger-zone.js: its dialogs arrive by dynamic import, which the
// service worker holds back here.
describe('<so-danger-zone> while its dialogs load', () => {
  const server = setupMockServer(() => []);

  it('lists the actions at once, and opens only the dialog last asked for once the code arrives', async () => {
    const dialogs = holdModules(server, /so-confirm-dialog\/so-confirm-dialog\.(js|ts)$/);
    const { client, calls } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    await waitUntil(() => dialogs.held.length > 0, 'the dialogs are requested when the element connects');
    expect(customElements.get('so-confirm-dialog'), 'no dialog code yet').to.equal(undefined);
    const before = calls.length;
    actionButton(el, 'revoke-sessions').click();
    actionButton(el, 'leave-organization').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelector('so-confirm-dialog[open]'), 'nothing opens before the code arrives').to.equal(null);
    dialogs.release();
    await waitUntil(() => shadow(el).querySelector('so-confirm-dialog[open]'), 'a dialog opens', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const open = [...shadow(el).querySelectorAll<HTMLElement>('so-confirm-dialog[open]')];
    expect(open.map((dialog) => dialog.dataset['action'])).to.deep.equal(['leave-organization']);
    expect(calls.slice(before), 'no client call').to.deep.equal([]);
  });
});
