/**
 * Identify input purpose (WCAG 1.3.5) and language of parts (3.1.2): the fields that collect the
 * user's own data say what they are, and each language offered is marked up in its own language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryAccountClient } from '../../src/memory.js';
import '../../src/so-org-profile.js';
import '../../src/so-profile-form.js';
import { byRole, flatElements, loaded } from './a11y-helpers.js';

describe('input purpose and language of parts', () => {
  it('<so-profile-form>: the name and email fields carry autocomplete="name" and "email"', async () => {
    const el = await fixture<HTMLElement>(html`<so-profile-form .client=${createMemoryAccountClient()}></so-profile-form>`);
    await loaded(el);
    expect(byRole(el, 'textbox', 'Display name')!.getAttribute('autocomplete')).to.equal('name');
    expect(byRole(el, 'textbox', 'Email')!.getAttribute('autocomplete')).to.equal('email');
  });

  it('<so-org-profile>: the organization name carries autocomplete="organization"', async () => {
    const el = await fixture<HTMLElement>(html`<so-org-profile .client=${createMemoryAccountClient()}></so-org-profile>`);
    await loaded(el);
    expect(byRole(el, 'textbox', 'Organization name')!.getAttribute('autocomplete')).to.equal('organization');
  });

  it('<so-profile-form>: every language offered carries its own lang', async () => {
    const el = await fixture<HTMLElement>(html`<so-profile-form .client=${createMemoryAccountClient()}></so-profile-form>`);
    await loaded(el);
    const languages = flatElements(el).filter((element) => element instanceof HTMLOptionElement && element.closest('select'));
    expect(languages.length).to.be.greaterThan(1);
    for (const option of languages) expect(option.getAttribute('lang'), option.textContent!).to.equal((option as HTMLOptionElement).value);
  });
});
