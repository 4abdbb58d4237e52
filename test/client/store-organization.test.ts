import { expect } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { SLUG_PATTERN, UNAVAILABLE_SLUGS } from '../../src/client/store-organization.js';
import { slugProblem } from '../../src/elements/so-org-profile/org-draft.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { rejection } from '../helpers/rejection.js';

describe('AccountStore: organization slug and logo rules', () => {
  it('accepts slugs of 3 to 40 lowercase letters, digits and hyphens, and refuses 2 or 41', async () => {
    const store = new AccountStore();
    for (const slug of ['abc', 'a1-b2', 'a'.repeat(40)]) {
      expect((await store.updateOrganization({ slug })).slug).to.equal(slug);
    }
    for (const slug of ['ab', 'a'.repeat(41), 'Acme', 'acme labs', '-acme', 'acme-', 'acme_labs']) {
      const error = await rejection(store.updateOrganization({ slug }));
      expect(error.code, slug).to.equal('validation');
      expect(error.fieldErrors, slug).to.have.key('slug');
    }
  });

  it('refuses a slug another organization holds, with fieldErrors.slug, but keeps its own', async () => {
    const store = new AccountStore({ seed: { organization: { id: 'org_acme', name: 'Acme', slug: 'acme', planName: 'Pro' } } });
    const error = await rejection(store.updateOrganization({ slug: 'sentientone' }));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.deep.equal({ slug: ['This slug is already taken.'] });
    expect((await store.updateOrganization({ slug: 'acme', name: 'Acme Inc' })).name, 'its own slug is no clash').to.equal('Acme Inc');
  });

  it('accepts a logo at an https: URL or a path on the site, and nothing else', async () => {
    const store = new AccountStore();
    for (const logoUrl of ['https://cdn.example/logo.svg', '/uploads/logo.png']) {
      expect((await store.updateOrganization({ logoUrl })).logoUrl).to.equal(logoUrl);
    }
    for (const logoUrl of ['http://cdn.example/logo.svg', '//evil.example/logo.svg', '/\\evil.example/logo.svg', 'javascript:alert(1)', 'data:image/png;base64,AA']) {
      expect((await rejection(store.updateOrganization({ logoUrl }))).fieldErrors, logoUrl).to.have.key('logoUrl');
    }
  });

  it('agrees with <so-org-profile> on which slugs are well-formed', () => {
    const samples = ['abc', 'ab', 'a'.repeat(40), 'a'.repeat(41), 'Acme', 'acme labs', '-acme', 'acme-', 'a--b', '123', 'acme_labs', 'ümlaut', ''];
    for (const slug of samples) expect(slugProblem(slug) === null, slug).to.equal(SLUG_PATTERN.test(slug));
    for (const slug of UNAVAILABLE_SLUGS) expect(slugProblem(slug), `${slug} is taken, but well-formed`).to.equal(null);
  });
});

describe('PATCH /organization over the MSW handlers', () => {
  setupMockServer(() => createAccountHandlers(new AccountStore(), { baseUrl: API }));

  it('answers a taken slug with 422 validation and fieldErrors.slug', async () => {
    const error = await rejection(createHttpAccountClient({ baseUrl: API }).updateOrganization!({ slug: 'acme' }));
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(error.fieldErrors).to.deep.equal({ slug: ['This slug is already taken.'] });
  });
});
