import { expect, fixture, html } from '@open-wc/testing';
import { AccountApiError } from '../src/client/errors.js';

describe('harness', () => {
  it('renders into the page and runs axe', async () => {
    const el = await fixture(html`<button>Save</button>`);
    await expect(el).to.be.accessible();
    expect(new AccountApiError('forbidden').code).to.equal('forbidden');
  });
});
