import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountSeed } from '../../src/client/seed.js';
import type { OrganizationPatch, RequestOptions } from '../../src/client/types.js';
import { createSeed } from '../../src/client/seed.js';
import type { SoErrorDetail, SoReauthRequiredDetail } from '../../src/internal/events.js';
import type { SoOrganizationUpdatedDetail, SoOrgProfile, SoUpgradeRequestDetail } from '../../src/so-org-profile.js';
import { captureConsole } from '../helpers/console.js';
import { deferred } from '../helpers/deferred.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  announced,
  base,
  buttonNamed,
  deepFocus,
  failure,
  fieldError,
  input,
  part,
  record,
  render,
  save,
  saveButton,
  shadow,
  textOf,
  type,
} from './so-org-profile-helpers.js';

const seed = createSeed();
const organization = (changes: Partial<NonNullable<AccountSeed['organization']>>): Partial<AccountSeed> => ({
  organization: { ...seed.organization!, ...changes },
});
const viewerWith = (permissions: string[]): Partial<AccountSeed> => ({ viewer: { ...seed.viewer, permissions } });
const client = (options: MemoryClientOptions = {}) => createMemoryAccountClient(options);

describe('<so-org-profile> states', () => {
  it('shows a skeleton with aria-busy while loading', async () => {
    const slow = { ...client(), getOrganization: () => new Promise<never>(() => undefined) };
    const el = await fixture<SoOrgProfile>(html`<so-org-profile .client=${slow}></so-org-profile>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'skeleton')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the organization in a form, and the admin account read-only with the reason', async () => {
    const el = await render(client());
    expect(input(el, 'name')!.value).to.equal('Acme Robotics');
    expect(input(el, 'slug')!.value).to.equal('acme-robotics');
    expect(input(el, 'logoUrl')!.value).to.equal('');
    expect(input(el, 'brandColor')!.value).to.equal('#3f5efb');
    expect(textOf(part(el, 'admin'))).to.equal(
      'Admin account Maya Chen maya.chen@acme-robotics.example The admin account can’t be changed here; contact support to transfer it.',
    );
    expect(part(el, 'admin')!.querySelector('input'), 'the admin account is no input').to.be.null;
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'nothing to save yet').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('takes its heading level from heading-level, and warns about one outside 2–6', async () => {
    const el = await render(client(), { headingLevel: 3 });
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const warnings = captureConsole('warn');
    try {
      el.headingLevel = 9;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join(' ')).to.contain('heading-level="9" is not 2–6');
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('says so when the viewer belongs to no organization', async () => {
    const el = await render(client({ seed: { organization: null } }));
    expect(textOf(part(el, 'empty'))).to.equal('You don’t belong to an organization.');
    expect(shadow(el).querySelector('form')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows an alert by error code with Retry, fires so-error, and recovers', async () => {
    const failing = client({ failures: { getOrganization: { code: 'unavailable', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await fixture<SoOrgProfile>(
      html`<so-org-profile .client=${failing} @so-error=${(e: CustomEvent<SoErrorDetail>) => errors.push(e.detail)}></so-org-profile>`,
    );
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error state');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('temporarily unavailable');
    expect(errors.map((e) => e.operation)).to.deep.equal(['getOrganization']);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => input(el, 'name'), 'Retry did not load');
  });
});

describe('<so-org-profile> read-only', () => {
  it('shows the values without inputs, with the reason, for a viewer without organization:manage', async () => {
    const recording = recordingClient({ seed: { ...viewerWith(['api_keys:write']), ...organization({ logoUrl: '/stories/support/acme-logo.svg' }) } });
    const el = await render(recording.client);
    expect(shadow(el).querySelector('input'), 'no inputs').to.be.null;
    expect(saveButton(el)).to.be.null;
    expect(textOf(part(el, 'read-only-reason'))).to.equal('You can view these settings, but you don’t have permission to change them.');
    expect(textOf(part(el, 'values'))).to.equal('Organization name Acme Robotics Slug acme-robotics Logo Brand colour #3f5efb');
    const image = part(el, 'values')!.querySelector('img')!;
    expect(image.getAttribute('alt')).to.equal('Acme Robotics logo');
    await waitUntil(() => image.complete, 'the logo did not load');
    expect(image.naturalWidth, 'the logo loaded').to.be.greaterThan(0);
    expect(textOf(part(el, 'admin'))).to.contain('Maya Chen');
    expect(el.matches(':state(read-only)')).to.be.true;
    expect(recording.callsTo('updateOrganization')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is read-only with its own reason when the client cannot updateOrganization', async () => {
    const el = await render(client({ capabilities: { omit: ['updateOrganization'] } }));
    expect(shadow(el).querySelector('input')).to.be.null;
    expect(textOf(part(el, 'read-only-reason'))).to.equal('These settings can’t be changed from here.');
    await expect(el).to.be.accessible();
  });
});

describe('<so-org-profile> plan without organizations', () => {
  it('shows the upgrade message instead of the form, and Upgrade fires so-upgrade-request', async () => {
    const requests: SoUpgradeRequestDetail[] = [];
    const starter = client({ seed: organization({ features: ['api_keys'], planName: 'Starter' }) });
    const wrapper = await fixture<HTMLElement>(
      html`<div @so-upgrade-request=${(e: CustomEvent<SoUpgradeRequestDetail>) => requests.push(e.detail)}><so-org-profile .client=${starter}></so-org-profile></div>`,
    );
    const el = wrapper.querySelector('so-org-profile')!;
    await waitUntil(() => part(el, 'upgrade'), 'no upgrade message');
    expect(textOf(part(el, 'upgrade'))).to.equal(
      'Organization settings need a plan with organizations Your Starter plan doesn’t include organizations. Upgrade to set your organization’s name, web address and branding. Upgrade plan',
    );
    expect(shadow(el).querySelector('form')).to.be.null;
    expect(requests).to.deep.equal([{ feature: 'organizations', planName: 'Starter', trigger: 'shown' }]);
    expect(el.matches(':state(upgrade)')).to.be.true;
    await expect(el).to.be.accessible();
    part(el, 'upgrade-button')!.click();
    part(el, 'upgrade-button')!.click();
    expect(requests.map((r) => r.trigger)).to.deep.equal(['shown', 'button', 'button']);
    expect(requests[1]).to.deep.equal({ feature: 'organizations', planName: 'Starter', trigger: 'button' });
  });

  it('shows the form when the organization lists no features at all', async () => {
    const el = await render(client({ seed: organization({ features: undefined }) }));
    expect(part(el, 'upgrade')).to.be.null;
    expect(input(el, 'name')).to.exist;
  });
});

describe('<so-org-profile> saving', () => {
  it('keeps Save disabled until something changes, and again once it is changed back', async () => {
    const el = await render(client());
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.true;
    await type(el, 'name', 'Acme Labs');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.false;
    expect(textOf(shadow(el).querySelector('.unsaved'))).to.equal('You have unsaved changes.');
    expect(el.matches(':state(unsaved)')).to.be.true;
    await type(el, 'name', '  Acme Robotics ');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'spaces around the same name are no change').to.be.true;
    await type(el, 'brandColor', '#3F5EFB');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'the same colour in capitals is no change').to.be.true;
  });

  it('sends only the changed fields, once however often Save is clicked, then announces and fires so-organization-updated', async () => {
    const recording = recordingClient({ latencyMs: 30 });
    const el = await render(recording.client);
    const updates = record<SoOrganizationUpdatedDetail>(el, 'so-organization-updated');
    await type(el, 'name', '  Acme Labs ');
    await type(el, 'brandColor', '#ABC');
    saveButton(el)!.click();
    saveButton(el)!.click();
    await el.updateComplete;
    expect(saveButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(saveButton(el))).to.equal('Saving…');
    saveButton(el)!.click();
    await waitUntil(() => updates.length === 1, 'no so-organization-updated');
    const calls = recording.callsTo('updateOrganization');
    expect(calls.map((call) => call.args)).to.deep.equal([[{ name: 'Acme Labs', brandColor: '#aabbcc' }]]);
    expect(calls[0]!.idempotencyKey).to.be.a('string').and.not.empty;
    expect(updates[0]!.organization).to.include({ name: 'Acme Labs', slug: 'acme-robotics', brandColor: '#aabbcc' });
    await el.updateComplete;
    expect(input(el, 'name')!.value).to.equal('Acme Labs');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'saved: nothing left to save').to.be.true;
    await waitUntil(() => announced(el) === 'Organization settings saved.', 'not announced');
    expect((await recording.client.getOrganization())!.name).to.equal('Acme Labs');
    await expect(el).to.be.accessible();
  });

  it('keeps the changes and says why when the save fails, and Save tries again', async () => {
    const recording = recordingClient({ failures: { updateOrganization: { code: 'unavailable', once: true } } });
    const el = await render(recording.client);
    const errors = record<SoErrorDetail>(el, 'so-error');
    await type(el, 'name', 'Acme Labs');
    await type(el, 'slug', 'acme-labs');
    await save(el);
    await waitUntil(() => failure(el), 'no failure shown');
    expect(textOf(failure(el))).to.equal(
      'Couldn’t save the organization settings; your changes are kept. The service is temporarily unavailable. Try again in a moment. Dismiss',
    );
    expect(failure(el)!.getAttribute('role')).to.equal('alert');
    expect(errors.map((e) => e.operation)).to.deep.equal(['updateOrganization']);
    expect(input(el, 'name')!.value).to.equal('Acme Labs');
    expect(input(el, 'slug')!.value).to.equal('acme-labs');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.false;
    await expect(el).to.be.accessible();
    await save(el);
    await waitUntil(() => input(el, 'name') && (saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'the retry did not save');
    const calls = recording.callsTo('updateOrganization');
    expect(calls).to.have.length(2);
    expect(calls[1]!.idempotencyKey, 'the retry of the same change reuses its key').to.equal(calls[0]!.idempotencyKey);
    expect(failure(el)).to.be.null;
  });

  it('shows a slug the backend refuses (taken) on the slug field, keeps the input and focuses it', async () => {
    const el = await render(client());
    await type(el, 'name', 'Acme');
    await type(el, 'slug', 'acme');
    await save(el);
    await waitUntil(() => fieldError(el, 'slug'), 'no slug error');
    expect(fieldError(el, 'slug')).to.equal('This slug can’t be used. It may already be taken; try another.');
    expect(input(el, 'slug')!.getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'name')!.getAttribute('aria-invalid')).to.equal('false');
    expect(deepFocus() === input(el, 'slug'), 'focus on the slug').to.be.true;
    expect(input(el, 'slug')!.value).to.equal('acme');
    expect(failure(el), 'the field says it all').to.be.null;
    await waitUntil(() => announced(el) === 'Some fields need attention.', 'not announced');
    await expect(el).to.be.accessible();
    await type(el, 'slug', 'acme-2', { leave: false });
    expect(fieldError(el, 'slug'), 'editing the field clears its error').to.equal('');
  });

  it('shows a conflict on a changed slug as taken', async () => {
    const el = await render(client({ failures: { updateOrganization: 'conflict' } }));
    await type(el, 'slug', 'acme-labs');
    await save(el);
    await waitUntil(() => fieldError(el, 'slug'), 'no slug error');
    expect(fieldError(el, 'slug')).to.equal('This slug is already taken. Try another.');
  });

  it('shows a conflict on a patch without the slug as a failure, not on a field', async () => {
    const el = await render(client({ failures: { updateOrganization: 'conflict' } }));
    await type(el, 'name', 'Acme Labs');
    await save(el);
    await waitUntil(() => failure(el), 'no failure');
    expect(textOf(failure(el))).to.contain('This change conflicts with the current state.');
    expect(fieldError(el, 'slug')).to.equal('');
  });

  it('maps each field the backend names in fieldErrors to that field, in its own words', async () => {
    const fieldErrors = { name: ['Reserved.'], logoUrl: ['Nope.'], brandColor: ['Nope.'] };
    const el = await render(client({ failures: { updateOrganization: { code: 'validation', fieldErrors } } }));
    await type(el, 'name', 'Acme Labs');
    await type(el, 'logoUrl', 'https://cdn.example/acme.svg');
    await type(el, 'brandColor', '#000000');
    await save(el);
    await waitUntil(() => fieldError(el, 'name'), 'no field errors');
    expect([fieldError(el, 'name'), fieldError(el, 'logoUrl'), fieldError(el, 'brandColor')]).to.deep.equal([
      'This name can’t be used. Try another.',
      'This logo address can’t be used. Try another.',
      'This colour can’t be used. Try another.',
    ]);
    expect(deepFocus() === input(el, 'name'), 'focus on the first invalid field').to.be.true;
  });

  it('fires so-reauth-required when a save needs a step-up, and the retry saves once', async () => {
    const recording = recordingClient({ failures: { updateOrganization: { code: 'reauth_required', once: true } } });
    const el = await render(recording.client);
    const stepUps = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
    await type(el, 'name', 'Acme Labs');
    await save(el);
    await waitUntil(() => stepUps.length === 1, 'no so-reauth-required');
    await stepUps[0]!.retry();
    expect((await recording.client.getOrganization())!.name).to.equal('Acme Labs');
    const keys = recording.callsTo('updateOrganization').map((call) => call.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('makes the inputs read-only while saving, and Discard puts back what was loaded', async () => {
    const gate = deferred<void>();
    const memory = client();
    const slowClient = {
      ...memory,
      updateOrganization: async (patch: OrganizationPatch, options?: RequestOptions) => {
        await gate.promise;
        return memory.updateOrganization!(patch, options);
      },
    };
    const el = await render(slowClient);
    await type(el, 'name', 'Acme Labs');
    await save(el);
    expect(input(el, 'name')!.readOnly).to.be.true;
    await expect(el).to.be.accessible();
    gate.resolve();
    await waitUntil(() => !input(el, 'name')!.readOnly, 'still saving');
    await type(el, 'slug', 'acme-two');
    buttonNamed(el, 'Discard changes')!.click();
    await el.updateComplete;
    expect(input(el, 'slug')!.value).to.equal('acme-robotics');
    expect(input(el, 'name')!.value, 'the saved name stays').to.equal('Acme Labs');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.true;
  });
});
