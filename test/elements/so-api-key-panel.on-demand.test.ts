import { expect, waitUntil } from '@open-wc/testing';
import { holdModules, setupMockServer } from '../helpers/msw.js';
import { button, clientWith, dialogBody, dialogHeading, dialogOpened, keyCards, openDialog, shadow, renderPanel } from './so-api-key-panel-helpers.js';

// This page imports only so-api-key-panel.js: its dialogs (key-actions and the confirm dialog)
// and the shown-once secret panel arrive by dynamic import, which the service worker can hold.
describe('<so-api-key-panel> dialogs on demand', () => {
  const server = setupMockServer(() => []);

  it('lists the keys before the dialogs’ code arrives, and opens the dialog last asked for once it has', async () => {
    const actions = holdModules(server, /so-api-key-panel\/key-actions\.(js|ts)$/);
    const client = clientWith();
    const el = await renderPanel(client);
    expect(keyCards(el).length, 'keys listed').to.be.greaterThan(0);
    await waitUntil(() => actions.held.length > 0, 'the dialogs are requested when the panel connects');
    expect(customElements.get('so-confirm-dialog'), 'no dialog code yet').to.equal(undefined);
    // Two clicks while the code loads: the last one is what the user wants.
    button(el, 'Create key')!.click();
    button(el, 'Rotate Platform key')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDialog(el), 'nothing opens before the code arrives').to.equal(null);
    actions.release();
    const dialog = await dialogOpened(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelectorAll('so-confirm-dialog[open]'), 'one dialog open').to.have.length(1);
    expect(dialogHeading(dialog)).to.contain('Platform key');
    expect(dialogBody(dialog)).to.contain('When should the current key stop working?');
    expect(shadow(el).querySelector('[part="failure"]')).to.equal(null);
    expect(client.callsTo('rotateApiKey')).to.deep.equal([]);
  });
});
