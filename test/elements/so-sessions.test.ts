import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { SoErrorDetail, SoReauthRequiredDetail } from '../../src/internal/events.js';
import type { SoOtherSessionsDetail, SoSessionDetail, SoSessions } from '../../src/so-sessions.js';
import { recordingClient } from '../helpers/recording-client.js';
import {
  base,
  deepFocus,
  dialogPart,
  openOthersDialog,
  othersButton,
  record,
  render,
  revokeButton,
  row,
  rows,
  shadow,
  textOf,
} from './so-sessions-helpers.js';

describe('<so-sessions> states', () => {
  it('shows a skeleton with aria-busy while loading', async () => {
    const client = { ...createMemoryAccountClient(), listSessions: () => new Promise<never>(() => undefined) };
    const el = await fixture<SoSessions>(html`<so-sessions .client=${client}></so-sessions>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists this device first, then the others by last activity, with device, location and last active', async () => {
    const el = await render(createMemoryAccountClient());
    expect(textOf(shadow(el).querySelector('[role="heading"]'))).to.equal('Active sessions');
    expect(rows(el).map((r) => r.dataset['sessionId'])).to.deep.equal(['ses_current', 'ses_phone', 'ses_berlin']);
    const current = row(el, 'ses_current')!;
    expect(textOf(current)).to.contain('Chrome on macOS').and.contain('This device').and.contain('San Francisco, US').and.contain('Active now');
    expect(revokeButton(el, 'ses_current'), 'this device has no Sign out').to.be.null;
    const phone = row(el, 'ses_phone')!;
    expect(textOf(phone)).to.contain('Safari on iPhone').and.not.contain('This device');
    const relative = phone.querySelector('so-relative-time')!;
    await (relative as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(textOf(relative.shadowRoot)).to.equal('3 hours ago');
    expect(revokeButton(el, 'ses_phone')!.getAttribute('aria-label')).to.equal('Sign out of Safari on iPhone');
    expect(textOf(othersButton(el))).to.equal('Sign out of all other sessions');
    await expect(el).to.be.accessible();
  });

  it('leaves out the location when the backend gives none, and the bulk button when only this device remains', async () => {
    const client = createMemoryAccountClient({
      seed: { sessions: [{ id: 'only', device: 'Edge on Linux', lastActiveAt: new Date().toISOString(), current: true }] },
    });
    const el = await render(client);
    expect(textOf(row(el, 'only'))).to.not.contain('Location');
    expect(othersButton(el)).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when there are no sessions', async () => {
    const el = await render(createMemoryAccountClient({ seed: { sessions: [] } }));
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('You have no active sessions.');
    await expect(el).to.be.accessible();
  });

  it('shows an alert chosen by the error code, fires so-error, and recovers on Retry', async () => {
    const client = createMemoryAccountClient({ failures: { listSessions: { code: 'network', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await fixture<SoSessions>(html`<so-sessions .client=${client} @so-error=${(e: CustomEvent<SoErrorDetail>) => errors.push(e.detail)}></so-sessions>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error state');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('Can’t reach the server');
    expect(errors.map((e) => [e.operation, e.error.code])).to.deep.equal([['listSessions', 'network']]);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => rows(el).length === 3, 'Retry did not load the sessions');
  });
});

describe('<so-sessions> signing out one session', () => {
  it('signs out with one call, removes the row, announces it, fires so-session-revoked and moves focus on', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const requests = record<SoSessionDetail>(el, 'so-session-revoke-request');
    const revoked = record<SoSessionDetail>(el, 'so-session-revoked');
    revokeButton(el, 'ses_phone')!.focus();
    revokeButton(el, 'ses_phone')!.click();
    revokeButton(el, 'ses_phone')!.click();
    await waitUntil(() => !row(el, 'ses_phone'), 'the row did not go');
    expect(recording.callsTo('revokeSession').map((call) => call.args)).to.deep.equal([['ses_phone']]);
    expect(recording.callsTo('revokeSession')[0]!.idempotencyKey).to.be.a('string').and.not.empty;
    expect(requests).to.deep.equal([{ sessionId: 'ses_phone' }]);
    expect(revoked).to.deep.equal([{ sessionId: 'ses_phone' }]);
    expect((await recording.client.listSessions()).map((s) => s.id)).to.deep.equal(['ses_current', 'ses_berlin']);
    expect(deepFocus() === revokeButton(el, 'ses_berlin'), 'focus').to.be.true;
    await waitUntil(() => textOf(shadow(el).querySelector('so-status-announcer')!.shadowRoot).includes('Signed out of Safari on iPhone.'), 'not announced');
    await expect(el).to.be.accessible();
  });

  it('moves focus to the heading when the last other session goes', async () => {
    const el = await render(createMemoryAccountClient());
    revokeButton(el, 'ses_phone')!.click();
    await waitUntil(() => !row(el, 'ses_phone'), 'the phone row did not go');
    revokeButton(el, 'ses_berlin')!.click();
    await waitUntil(() => !row(el, 'ses_berlin'), 'the Berlin row did not go');
    expect(deepFocus() === shadow(el).querySelector('[role="heading"]'), 'focus').to.be.true;
    expect(othersButton(el)).to.be.null;
  });

  it('makes no call when the host vetoes the request', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    el.addEventListener('so-session-revoke-request', (event) => event.preventDefault());
    revokeButton(el, 'ses_phone')!.click();
    await aTimeout(20);
    expect(recording.callsTo('revokeSession')).to.have.length(0);
    expect(row(el, 'ses_phone')).to.exist;
  });

  it('keeps the row and says why when the sign-out fails', async () => {
    const el = await render(createMemoryAccountClient({ failures: { revokeSession: 'unavailable' } }));
    const errors = record<SoErrorDetail>(el, 'so-error');
    revokeButton(el, 'ses_phone')!.click();
    await waitUntil(() => shadow(el).querySelector('[part="failure"]'), 'no failure shown');
    expect(textOf(shadow(el).querySelector('[part="failure"]'))).to.contain('Couldn’t sign out of Safari on iPhone. The service is temporarily unavailable.');
    expect(shadow(el).querySelector('[part="failure"]')!.getAttribute('role')).to.equal('alert');
    expect(row(el, 'ses_phone')).to.exist;
    expect(errors.map((e) => e.operation)).to.deep.equal(['revokeSession']);
    await expect(el).to.be.accessible();
  });

  it('treats a session already gone on the server as signed out', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await recording.client.revokeSession('ses_phone');
    revokeButton(el, 'ses_phone')!.click();
    await waitUntil(() => !row(el, 'ses_phone'), 'the row did not go');
    expect(shadow(el).querySelector('[part="failure"]')).to.be.null;
  });

  it('asks for a step-up and signs out once when the host retries', async () => {
    const recording = recordingClient({ failures: { revokeSession: { code: 'reauth_required', once: true } } });
    const el = await render(recording.client);
    const stepUps = record<SoReauthRequiredDetail>(el, 'so-reauth-required');
    revokeButton(el, 'ses_phone')!.click();
    await waitUntil(() => stepUps.length === 1, 'no so-reauth-required');
    expect(row(el, 'ses_phone'), 'nothing changes until the host retries').to.exist;
    await stepUps[0]!.retry();
    await waitUntil(() => !row(el, 'ses_phone'), 'the retry did not sign out');
    const keys = recording.callsTo('revokeSession').map((call) => call.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('is operated from the keyboard', async () => {
    const el = await render(createMemoryAccountClient());
    revokeButton(el, 'ses_phone')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !row(el, 'ses_phone'), 'Enter did not sign out');
    expect(deepFocus() === revokeButton(el, 'ses_berlin'), 'focus').to.be.true;
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !row(el, 'ses_berlin'), 'Space did not sign out');
  });
});

describe('<so-sessions> signing out every other session', () => {
  it('confirms in a modal dialog, then signs out the others and keeps this device', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const done = record<SoOtherSessionsDetail>(el, 'so-other-sessions-revoked');
    const d = await openOthersDialog(el);
    expect((dialogPart(d, 'base') as HTMLDialogElement).matches(':modal')).to.be.true;
    expect(textOf(d)).to.contain('You will be signed out on 2 other devices. This device stays signed in.');
    expect(deepFocus() === dialogPart(d, 'cancel-button'), 'focus').to.be.true;
    await expect(el).to.be.accessible();
    dialogPart(d, 'confirm-button').click();
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => done.length === 1, 'so-other-sessions-revoked did not fire');
    expect(done[0]!.sessionIds).to.deep.equal(['ses_phone', 'ses_berlin']);
    expect(recording.callsTo('revokeSession').map((call) => call.args[0])).to.deep.equal(['ses_phone', 'ses_berlin']);
    await waitUntil(() => !d.isConnected || !(dialogPart(d, 'base') as HTMLDialogElement).open, 'the dialog did not close');
    expect(rows(el).map((r) => r.dataset['sessionId'])).to.deep.equal(['ses_current']);
    expect((await recording.client.listSessions()).map((s) => s.id)).to.deep.equal(['ses_current']);
  });

  it('returns focus to its button on Escape and makes no call', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    await openOthersDialog(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepFocus() === othersButton(el), 'focus did not return to the button');
    expect(recording.callsTo('revokeSession')).to.have.length(0);
  });

  it('closes without a call when the host vetoes', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const requests = record<SoOtherSessionsDetail>(el, 'so-other-sessions-revoke-request');
    el.addEventListener('so-other-sessions-revoke-request', (event) => event.preventDefault());
    const d = await openOthersDialog(el);
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => !(dialogPart(d, 'base') as HTMLDialogElement).open, 'the dialog did not close');
    expect(requests).to.deep.equal([{ sessionIds: ['ses_phone', 'ses_berlin'] }]);
    expect(recording.callsTo('revokeSession')).to.have.length(0);
    expect(rows(el)).to.have.length(3);
  });

  it('keeps the dialog open with the error when a call fails, and a retry signs out only what is left', async () => {
    const client = createMemoryAccountClient();
    const original = client.revokeSession.bind(client);
    const calls: { id: string; idempotencyKey?: string }[] = [];
    let failed = false;
    // The phone signs out, then Berlin fails once.
    client.revokeSession = (id, options) => {
      calls.push({ id, idempotencyKey: options?.idempotencyKey });
      if (id === 'ses_berlin' && !failed) {
        failed = true;
        return Promise.reject(new AccountApiError('unavailable', 'down'));
      }
      return original(id, options);
    };
    const el = await render(client);
    const d = await openOthersDialog(el);
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => d.querySelector('[role="alert"]'), 'no error in the dialog');
    expect(textOf(d.querySelector('[role="alert"]'))).to.contain('Couldn’t sign out of every other session.');
    expect((dialogPart(d, 'base') as HTMLDialogElement).open).to.be.true;
    expect(rows(el).map((r) => r.dataset['sessionId'])).to.deep.equal(['ses_current', 'ses_berlin']);
    expect(textOf(d)).to.contain('You will be signed out on 1 other device.');
    await expect(el).to.be.accessible();
    dialogPart(d, 'confirm-button').click();
    await waitUntil(() => rows(el).length === 1, 'the retry did not finish');
    expect(calls.map((call) => call.id)).to.deep.equal(['ses_phone', 'ses_berlin', 'ses_berlin']);
    expect(calls[2]!.idempotencyKey, 'a retry of one session keeps its key').to.equal(calls[1]!.idempotencyKey);
    expect(calls[0]!.idempotencyKey).to.not.equal(calls[1]!.idempotencyKey);
  });
});
