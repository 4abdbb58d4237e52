import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupMockServer } from '../helpers/msw.js';
import { button, clientWith, openDialog, renderPanel, shadow } from './so-api-key-panel-helpers.js';

// A page of its own: the browser may keep a failed module fetch for the page's life.
describe('<so-api-key-panel> when its dialogs cannot be loaded', () => {
  const server = setupMockServer(() => []);

  it('says the server cannot be reached, opens nothing and calls nothing; Dismiss clears it', async () => {
    server.worker.use(http.get(/so-api-key-panel\/key-actions\.(js|ts)$/, () => HttpResponse.error()));
    const client = clientWith();
    const el = await renderPanel(client);
    const before = client.calls.length;
    button(el, 'Create key')!.click();
    await waitUntil(() => shadow(el).querySelector('[part="failure"]'), 'the failure is shown', { timeout: 4000 });
    const failure = shadow(el).querySelector<HTMLElement>('[part="failure"]')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('Can’t reach the server. Check your connection and try again.');
    expect(openDialog(el)).to.equal(null);
    expect(client.calls.slice(before), 'no client call').to.deep.equal([]);
    await expect(el).to.be.accessible();
    failure.querySelector('button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="failure"]')).to.equal(null);
  });
});
