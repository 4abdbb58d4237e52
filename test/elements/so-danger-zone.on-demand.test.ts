import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupMockServer } from '../helpers/msw.js';
import { actionButton, recordingClient, render, shadow } from './so-danger-zone-helpers.js';

// This page imports only so-danger-zone.js, so its dialogs and secrets panel arrive by dynamic
// import when it connects — and the test page's service worker can fail them.
describe('<so-danger-zone> when its dialogs cannot be loaded', () => {
  const server = setupMockServer(() => []);

  it('says the server cannot be reached, opens nothing and changes nothing', async () => {
    server.worker.use(http.get(/so-confirm-dialog\/so-confirm-dialog\.(js|ts)$/, () => HttpResponse.error()));
    const { client, calls } = recordingClient();
    const el = await render(html`<so-danger-zone .client=${client}></so-danger-zone>`);
    const before = calls.length;
    actionButton(el, 'regenerate-secrets').click();
    await waitUntil(() => shadow(el).querySelector('[part="failure"]'), 'the failure is shown', { timeout: 4000 });
    const failure = shadow(el).querySelector('[part="failure"]')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('Can’t reach the server. Check your connection and try again.');
    expect(customElements.get('so-confirm-dialog')).to.equal(undefined);
    expect(calls.slice(before), 'no client call').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
