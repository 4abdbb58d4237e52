import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { ProfilePatch, RequestOptions } from '../../src/client/types.js';
import type { SoErrorDetail } from '../../src/internal/events.js';
import type { SoProfileForm, SoProfileUpdatedDetail } from '../../src/so-profile-form.js';
import { captureConsole } from '../helpers/console.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  announced,
  base,
  deepFocus,
  descriptionOf,
  discardButton,
  failure,
  inert,
  input,
  record,
  render,
  saveButton,
  shadow,
  textOf,
  typeInto,
  patches,
} from './so-profile-form-helpers.js';

describe('<so-profile-form> states', () => {
  it('shows a skeleton with aria-busy while loading', async () => {
    const client = { ...createMemoryAccountClient(), getProfile: () => new Promise<never>(() => undefined) };
    const el = await fixture<SoProfileForm>(html`<so-profile-form .client=${client}></so-profile-form>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the loaded profile in labelled fields, with Save and Discard inert', async () => {
    const el = await render(createMemoryAccountClient());
    expect(textOf(shadow(el).querySelector('[role="heading"]'))).to.equal('Profile');
    expect(input(el, 'display-name').value).to.equal('Maya Chen');
    expect(input(el, 'email').value).to.equal('maya.chen@acme-robotics.example');
    expect(input(el, 'avatar-url').value).to.equal('');
    expect(input(el, 'timezone').value).to.equal('America/Los_Angeles');
    const labels = [...shadow(el).querySelectorAll('label')].map((label) => textOf(label));
    expect(labels).to.deep.equal(['Display name', 'Email', 'Picture URL', 'Time zone', 'Language']);
    expect(shadow(el).querySelector('#avatar-file'), 'no file picker without an upload hook').to.be.null;
    expect(inert(saveButton(el)) && inert(discardButton(el))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows an alert by error code with Retry, fires so-error, and recovers', async () => {
    const client = createMemoryAccountClient({ failures: { getProfile: { code: 'unavailable', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await fixture<SoProfileForm>(html`<so-profile-form .client=${client} @so-error=${(e: CustomEvent<SoErrorDetail>) => errors.push(e.detail)}></so-profile-form>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error state');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('temporarily unavailable');
    expect(errors.map((e) => e.operation)).to.deep.equal(['getProfile']);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => shadow(el).querySelector('#display-name'), 'Retry did not load');
  });

  it('takes its heading level from heading-level, and warns about one out of range', async () => {
    const el = await fixture<SoProfileForm>(html`<so-profile-form heading-level="3" .client=${createMemoryAccountClient()}></so-profile-form>`);
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    const warnings = captureConsole('warn');
    try {
      el.headingLevel = 9;
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(warnings.messages.join('\n')).to.contain('heading-level="9" is not 2–6');
  });
});

describe('<so-profile-form> Save and Discard', () => {
  it('makes Save active after a change, and inert again when the change is undone', async () => {
    const el = await render(createMemoryAccountClient());
    const name = input(el, 'display-name');
    await typeInto(el, name, 'Maya Chen-Ortiz');
    expect(inert(saveButton(el)), 'a change to save').to.be.false;
    expect(textOf(shadow(el).querySelector('.unsaved'))).to.equal('You have unsaved changes.');
    await typeInto(el, name, 'Maya Chen');
    expect(inert(saveButton(el)), 'back as loaded').to.be.true;
    await typeInto(el, name, '  Maya Chen ');
    expect(inert(saveButton(el)), 'spaces around the name are no change').to.be.true;
    expect(shadow(el).querySelector('.unsaved')).to.be.null;
  });

  it('sends only the changed fields, trimmed, and fires so-profile-updated with the profile and the fields', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const updates = record<SoProfileUpdatedDetail>(el, 'so-profile-updated');
    await typeInto(el, input(el, 'display-name'), '  Maya Ortiz ');
    await typeInto(el, input(el, 'timezone'), 'Asia/Tokyo');
    saveButton(el).click();
    await waitUntil(() => updates.length === 1, 'no so-profile-updated');
    expect(patches(recording)).to.deep.equal([{ displayName: 'Maya Ortiz', timezone: 'Asia/Tokyo' }]);
    expect(updates[0]!.changed).to.deep.equal(['displayName', 'timezone']);
    expect(updates[0]!.profile).to.include({ displayName: 'Maya Ortiz', timezone: 'Asia/Tokyo', email: 'maya.chen@acme-robotics.example' });
    await el.updateComplete;
    expect(input(el, 'display-name').value).to.equal('Maya Ortiz');
    expect(inert(saveButton(el)), 'saved: nothing left to save').to.be.true;
    await waitUntil(() => announced(el) === 'Profile saved.', 'not announced');
    expect((await recording.client.getProfile()).displayName).to.equal('Maya Ortiz');
    await expect(el).to.be.accessible();
  });

  it('saves with Enter in a field', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    input(el, 'display-name').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Jr' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'Enter did not save');
    expect(patches(recording)).to.deep.equal([{ displayName: 'Maya Chen Jr' }]);
  });

  it('Discard changes restores the loaded values and errors', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await typeInto(el, input(el, 'display-name'), '');
    await typeInto(el, input(el, 'email'), 'not-an-email', true);
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    discardButton(el).click();
    await el.updateComplete;
    expect(input(el, 'display-name').value).to.equal('Maya Chen');
    expect(input(el, 'email').value).to.equal('maya.chen@acme-robotics.example');
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(inert(saveButton(el))).to.be.true;
    expect(recording.calls.filter((call) => call.operation !== 'getProfile')).to.have.length(0);
  });

  it('saves once however often Save is pressed: one call, one idempotency key, one store effect', async () => {
    const recording = recordingClient({ latencyMs: 30 });
    const el = await render(recording.client);
    const updates = record(el, 'so-profile-updated');
    await typeInto(el, input(el, 'display-name'), 'Maya Ortiz');
    saveButton(el).click();
    saveButton(el).click();
    await el.updateComplete;
    expect(inert(saveButton(el)), 'inert while saving').to.be.true;
    expect(textOf(saveButton(el))).to.equal('Saving…');
    saveButton(el).click();
    await waitUntil(() => updates.length === 1, 'not saved');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(recording.callsTo('updateProfile')).to.have.length(1);
    expect(recording.callsTo('updateProfile')[0]!.idempotencyKey).to.be.a('string').and.not.empty;
    expect(recording.store.effects.updateProfile).to.equal(1);
    expect(updates).to.have.length(1);
  });
});

describe('<so-profile-form> validation', () => {
  it('checks fields before sending: no request, errors beside the fields, focus on the first', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await typeInto(el, input(el, 'display-name'), '   ');
    await typeInto(el, input(el, 'email'), 'maya@nowhere');
    await typeInto(el, input(el, 'avatar-url'), 'javascript:alert(1)');
    saveButton(el).click();
    await el.updateComplete;
    expect(recording.callsTo('updateProfile'), 'nothing sent').to.have.length(0);
    for (const id of ['display-name', 'email', 'avatar-url']) expect(input(el, id).getAttribute('aria-invalid'), id).to.equal('true');
    expect(descriptionOf(el, input(el, 'display-name'))).to.deep.equal(['Enter your name.']);
    expect(descriptionOf(el, input(el, 'email'))[0]).to.equal('Enter an email address such as name@example.com.');
    expect(descriptionOf(el, input(el, 'avatar-url'))[0]).to.equal('Use an https:// address or a path on this site.');
    expect(deepFocus() === input(el, 'display-name'), 'focus on the first invalid field').to.be.true;
    await expect(el).to.be.accessible();
    await typeInto(el, input(el, 'display-name'), 'Maya');
    expect(input(el, 'display-name').getAttribute('aria-invalid'), 'editing clears the error').to.equal('false');
  });

  it('accepts a name of 80 characters, as the contract does, and refuses 81', async () => {
    const recording = recordingClient({ failures: { updateProfile: 'unavailable' } });
    const el = await render(recording.client);
    await typeInto(el, input(el, 'display-name'), 'x'.repeat(81));
    saveButton(el).click();
    await el.updateComplete;
    expect(descriptionOf(el, input(el, 'display-name'))).to.deep.equal(['Use at most 80 characters.']);
    expect(recording.callsTo('updateProfile')).to.have.length(0);
    await typeInto(el, input(el, 'display-name'), 'x'.repeat(80));
    saveButton(el).click();
    await waitUntil(() => recording.callsTo('updateProfile').length === 1, 'an 80-character name was not sent');
  });

  it('checks a field when the user leaves it', async () => {
    const el = await render(createMemoryAccountClient());
    await typeInto(el, input(el, 'email'), 'maya', true);
    expect(input(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, input(el, 'display-name'), 'Maya', true);
    expect(input(el, 'display-name').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows the server’s field errors beside their fields, focuses the first, and keeps the input', async () => {
    const recording = recordingClient({
      failures: { updateProfile: { code: 'validation', status: 422, fieldErrors: { email: ['This address is already in use.'], timezone: ['Unknown zone.'] } } },
    });
    const el = await render(recording.client);
    await typeInto(el, input(el, 'email'), 'taken@acme-robotics.example');
    await typeInto(el, input(el, 'timezone'), 'Europe/Berlin');
    saveButton(el).click();
    await waitUntil(() => input(el, 'email').getAttribute('aria-invalid') === 'true', 'no field error');
    expect(descriptionOf(el, input(el, 'email'))[0]).to.equal('This address is already in use.');
    expect(input(el, 'timezone').getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(el, input(el, 'timezone'))[0]).to.equal('Unknown zone.');
    expect(deepFocus() === input(el, 'email'), 'focus on the first invalid field').to.be.true;
    expect(input(el, 'email').value, 'input kept').to.equal('taken@acme-robotics.example');
    expect(failure(el), 'the fields say it all').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('puts field errors the form has no field for in the alert', async () => {
    const el = await render(createMemoryAccountClient({ failures: { updateProfile: { code: 'validation', fieldErrors: { nickname: ['Nicknames are off.'] } } } }));
    await typeInto(el, input(el, 'display-name'), 'Maya O');
    saveButton(el).click();
    await waitUntil(() => failure(el), 'no failure');
    expect(textOf(failure(el))).to.equal('Couldn’t save your profile; your changes are kept. Nicknames are off. Dismiss');
  });
});

describe('<so-profile-form> failures', () => {
  it('keeps the input when Save fails, says why, and a second Save retries with the same key', async () => {
    const recording = recordingClient({ failures: { updateProfile: { code: 'unavailable', once: true } } });
    const el = await render(recording.client);
    const errors = record<SoErrorDetail>(el, 'so-error');
    await typeInto(el, input(el, 'display-name'), 'Maya Ortiz');
    saveButton(el).click();
    await waitUntil(() => failure(el), 'no failure shown');
    expect(textOf(failure(el))).to.contain('Couldn’t save your profile; your changes are kept. The service is temporarily unavailable.');
    expect(failure(el)!.getAttribute('role')).to.equal('alert');
    expect(input(el, 'display-name').value).to.equal('Maya Ortiz');
    expect(inert(saveButton(el))).to.be.false;
    expect(errors.map((e) => e.operation)).to.deep.equal(['updateProfile']);
    await expect(el).to.be.accessible();
    saveButton(el).click();
    await waitUntil(() => recording.callsTo('updateProfile').length === 2 && inert(saveButton(el)), 'the retry did not save');
    const [first, second] = recording.callsTo('updateProfile').map((call) => call.idempotencyKey);
    expect(second).to.equal(first);
    expect(failure(el)).to.be.null;
  });

  it('keeps edits made while a save was running', async () => {
    const client = createMemoryAccountClient();
    let release!: () => void;
    const original = client.updateProfile.bind(client);
    client.updateProfile = (patch: ProfilePatch, options?: RequestOptions) =>
      new Promise<void>((resolve) => (release = resolve)).then(() => original(patch, options));
    const el = await render(client);
    await typeInto(el, input(el, 'display-name'), 'Maya Ortiz');
    saveButton(el).click();
    await typeInto(el, input(el, 'email'), 'maya@ortiz.example');
    release();
    await waitUntil(() => input(el, 'display-name').value === 'Maya Ortiz' && !inert(saveButton(el)), 'save did not settle');
    expect(input(el, 'email').value, 'the later edit stays').to.equal('maya@ortiz.example');
  });

  it('ignores an aborted save without an alert', async () => {
    const client = { ...createMemoryAccountClient(), updateProfile: () => Promise.reject(new AccountApiError('aborted')) };
    const el = await render(client);
    await typeInto(el, input(el, 'display-name'), 'Maya Ortiz');
    saveButton(el).click();
    await waitUntil(() => !inert(saveButton(el)), 'still saving');
    expect(failure(el)).to.be.null;
  });
});

describe('<so-profile-form> email change', () => {
  it('says a new address must be confirmed, and after saving where to look', async () => {
    const el = await render(createMemoryAccountClient());
    const email = input(el, 'email');
    await typeInto(el, email, 'maya@ortiz.example');
    expect(descriptionOf(el, email)).to.deep.equal(['We’ll send a confirmation link to the new address. It takes effect once you confirm it.']);
    saveButton(el).click();
    await waitUntil(() => shadow(el).querySelector('[part="pending-email"]'), 'no pending-email note');
    expect(textOf(shadow(el).querySelector('[part="pending-email"]'))).to.equal('Check maya@ortiz.example to confirm the change.');
    expect(email.value, 'the verified address stays until confirmed').to.equal('maya.chen@acme-robotics.example');
    expect(descriptionOf(el, email)).to.deep.equal(['Check maya@ortiz.example to confirm the change.']);
    await waitUntil(() => announced(el) === 'Profile saved. Check maya@ortiz.example to confirm the new email address.', 'not announced');
    await expect(el).to.be.accessible();
  });

  it('shows a pending address the profile loads with', async () => {
    const el = await render(
      createMemoryAccountClient({
        seed: { profile: { displayName: 'Maya Chen', email: 'maya@old.example', pendingEmail: 'maya@new.example', timezone: 'UTC', locale: 'en' } },
      }),
    );
    expect(textOf(shadow(el).querySelector('[part="pending-email"]'))).to.equal('Check maya@new.example to confirm the change.');
  });
});
