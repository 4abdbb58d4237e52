import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMemoryAccountClient } from '../../src/memory.js';
import '../../src/so-account-settings.js';
import { setupMockServer } from '../helpers/msw.js';
import { render, shadow, shownElements, tab } from './so-account-settings-helpers.js';

// This file imports only so-account-settings.js, so each tab's elements arrive by dynamic
// import when the tab first opens — and the test page's service worker can make one fail.
describe('<so-account-settings> importing a tab’s elements', () => {
  const server = setupMockServer(() => []);
  const usageModule = /\/so-usage-meter\/so-usage-meter\.(js|ts)$/;

  it('imports a tab’s elements only when it first opens', async () => {
    const el = await render(createMemoryAccountClient({ latencyMs: 0 }));
    await waitUntil(() => customElements.get('so-profile-form'), 'the General tab’s elements');
    expect(customElements.get('so-billing-card'), 'the Billing tab was never opened').to.equal(undefined);
    tab(el, 'Billing').click();
    await waitUntil(() => customElements.get('so-billing-card'), 'the Billing tab’s element arrives');
    await waitUntil(() => shownElements(el).join() === 'so-billing-card', 'the Billing tab shows its element');
  });

  it('says so, with Retry, when a tab’s elements cannot be loaded', async () => {
    server.worker.use(http.get(usageModule, () => HttpResponse.error()));
    const el = await render(createMemoryAccountClient({ latencyMs: 0 }));
    tab(el, 'Usage').click();
    const panel = () => shadow(el).querySelector('#panel-usage');
    await waitUntil(() => panel()?.querySelector('[part="error"]'), 'the failure is shown', { timeout: 4000 });
    const error = panel()!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Can’t reach the server. Check your connection and try again.');
    expect(error.querySelector('button')!.textContent!.trim()).to.equal('Try again');
    expect(customElements.get('so-usage-meter')).to.equal(undefined);
    await expect(el).to.be.accessible();
    // Whether Retry can then succeed is the browser's: Chromium 150 still keeps a failed module
    // fetch for the page's life (whatwg/html#10327 changed that; Firefox and WebKit follow it).
  });
});
