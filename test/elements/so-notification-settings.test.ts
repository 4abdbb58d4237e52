import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient } from '../../src/client/memory-client.js';
import type { NotificationValues, RequestOptions } from '../../src/client/types.js';
import type { SoErrorDetail } from '../../src/internal/events.js';
import type { SoNotificationPreferencesUpdatedDetail, SoNotificationSettings } from '../../src/so-notification-settings.js';
import { recordingClient } from '../helpers/recording-client.js';
import { announced, base, failure, flip, grid, record, render, saveButton, shadow, switches, textOf, toggle } from './so-notification-settings-helpers.js';

const SEED_GRID = [
  'usage_thresholds/email: on',
  'usage_thresholds/push: on',
  'plan_renewal/email: on',
  'plan_renewal/push: off',
  'agent_errors/email: on',
  'agent_errors/push: on',
  'weekly_digest/email: off',
  'weekly_digest/push: off',
];

describe('<so-notification-settings> states', () => {
  it('shows a skeleton with aria-busy while loading', async () => {
    const client = { ...createMemoryAccountClient(), getNotificationPreferences: () => new Promise<never>(() => undefined) };
    const el = await fixture<SoNotificationSettings>(html`<so-notification-settings .client=${client}></so-notification-settings>`);
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows categories by channels as labelled switches with the saved values', async () => {
    const el = await render(createMemoryAccountClient());
    const headers = [...shadow(el).querySelectorAll('thead th')].map((cell) => textOf(cell));
    expect(headers).to.deep.equal(['Notification', 'Email', 'Push']);
    const rows = [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((cell) => textOf(cell));
    expect(rows[0]).to.equal('Usage thresholds When usage passes 80% and 100% of a limit.');
    expect(rows).to.have.length(4);
    expect(grid(el)).to.deep.equal(SEED_GRID);
    expect(switches(el).every((input) => input.getAttribute('role') === 'switch')).to.be.true;
    expect(toggle(el, 'plan_renewal', 'push').getAttribute('aria-label')).to.equal('Plan renewal by push');
    expect(saveButton(el), 'no Save in instant mode').to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows categories and channels the backend adds, by their label or else their id', async () => {
    const client = createMemoryAccountClient({
      seed: {
        notifications: {
          channels: [{ id: 'email' }, { id: 'slack', label: 'Slack' }],
          categories: [{ id: 'weekly_digest' }, { id: 'security_alerts' }],
          values: { security_alerts: { slack: true } },
        },
      },
    });
    const el = await render(client);
    expect([...shadow(el).querySelectorAll('thead th')].map((cell) => textOf(cell))).to.deep.equal(['Notification', 'Email', 'Slack']);
    expect(toggle(el, 'weekly_digest', 'email').getAttribute('aria-label')).to.equal('Weekly digest by email');
    expect(toggle(el, 'security_alerts', 'slack').getAttribute('aria-label')).to.equal('security_alerts by slack');
    expect(toggle(el, 'security_alerts', 'slack').checked).to.be.true;
  });

  it('shows the empty state when there is nothing to set up', async () => {
    const el = await render(createMemoryAccountClient({ seed: { notifications: { channels: [], categories: [], values: {} } } }));
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('There are no notifications to set up.');
    await expect(el).to.be.accessible();
  });

  it('shows an alert by error code with Retry, fires so-error, and recovers', async () => {
    const client = createMemoryAccountClient({ failures: { getNotificationPreferences: { code: 'unavailable', once: true } } });
    const errors: SoErrorDetail[] = [];
    const el = await fixture<SoNotificationSettings>(
      html`<so-notification-settings .client=${client} @so-error=${(e: CustomEvent<SoErrorDetail>) => errors.push(e.detail)}></so-notification-settings>`,
    );
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error state');
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.contain('temporarily unavailable');
    expect(errors.map((e) => e.operation)).to.deep.equal(['getNotificationPreferences']);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => switches(el).length === 8, 'Retry did not load');
  });
});

describe('<so-notification-settings> instant mode', () => {
  it('saves one switch at once with a patch of that cell, announces it and fires the event', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    const updates = record<SoNotificationPreferencesUpdatedDetail>(el, 'so-notification-preferences-updated');
    await flip(el, 'plan_renewal', 'push');
    expect(toggle(el, 'plan_renewal', 'push').checked, 'flipped before the server answers').to.be.true;
    await waitUntil(() => updates.length === 1, 'no so-notification-preferences-updated');
    const calls = recording.callsTo('updateNotificationPreferences');
    expect(calls.map((call) => call.args)).to.deep.equal([[{ plan_renewal: { push: true } }]]);
    expect(calls[0]!.idempotencyKey).to.be.a('string').and.not.empty;
    expect(updates[0]!.changed).to.deep.equal([{ category: 'plan_renewal', channel: 'push', enabled: true }]);
    expect(updates[0]!.values['plan_renewal']).to.deep.equal({ email: true, push: true });
    expect((await recording.client.getNotificationPreferences()).values['plan_renewal']!['push']).to.be.true;
    await waitUntil(() => announced(el) === 'Plan renewal by push: on.', 'not announced');
  });

  it('flips back and shows the error as an alert, spoken once, when the save fails', async () => {
    const el = await render(createMemoryAccountClient({ failures: { updateNotificationPreferences: 'network' } }));
    const errors = record<SoErrorDetail>(el, 'so-error');
    await flip(el, 'usage_thresholds', 'email');
    expect(toggle(el, 'usage_thresholds', 'email').checked).to.be.false;
    await waitUntil(() => failure(el), 'no failure shown');
    expect(toggle(el, 'usage_thresholds', 'email').checked, 'rolled back').to.be.true;
    expect(textOf(failure(el))).to.equal(
      'Couldn’t change Usage thresholds by email; it is back as it was. Can’t reach the server. Check your connection and try again. Dismiss',
    );
    expect(failure(el)!.getAttribute('role')).to.equal('alert');
    // The alert is spoken as it appears; the polite status region saying it too would repeat it.
    await aTimeout(100);
    expect(announced(el), 'the status region stays silent').to.equal('');
    expect(errors.map((e) => e.operation)).to.deep.equal(['updateNotificationPreferences']);
    expect(grid(el)).to.deep.equal(SEED_GRID);
    await expect(el).to.be.accessible();
  });

  it('keeps a newer flip of the same switch when an older save fails', async () => {
    const client = createMemoryAccountClient();
    const original = client.updateNotificationPreferences.bind(client);
    let calls = 0;
    client.updateNotificationPreferences = (values: NotificationValues, options?: RequestOptions) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new AccountApiError('unavailable')) : original(values, options);
    };
    const el = await render(client);
    await flip(el, 'weekly_digest', 'email');
    await flip(el, 'weekly_digest', 'email');
    const updates = record(el, 'so-notification-preferences-updated');
    await waitUntil(() => calls === 2 && updates.length === 1, 'both saves did not settle');
    expect(toggle(el, 'weekly_digest', 'email').checked, 'the second flip (off) stands').to.be.false;
    expect(failure(el), 'what the user last asked for is what the server holds').to.be.null;
  });

  it('is operated from the keyboard with Space', async () => {
    const recording = recordingClient();
    const el = await render(recording.client);
    toggle(el, 'weekly_digest', 'push').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => recording.callsTo('updateNotificationPreferences').length === 1, 'Space did not save');
    expect(toggle(el, 'weekly_digest', 'push').checked).to.be.true;
  });
});

describe('<so-notification-settings> form mode', () => {
  it('collects flips into a draft that Save sends in one call; Discard restores it', async () => {
    const recording = recordingClient();
    const el = await render(recording.client, 'form');
    const updates = record<SoNotificationPreferencesUpdatedDetail>(el, 'so-notification-preferences-updated');
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'nothing to save yet').to.be.true;
    await flip(el, 'weekly_digest', 'email');
    await flip(el, 'agent_errors', 'push');
    expect(recording.callsTo('updateNotificationPreferences')).to.have.length(0);
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.false;
    expect(textOf(shadow(el).querySelector('.unsaved'))).to.equal('You have unsaved changes.');
    await expect(el).to.be.accessible();
    saveButton(el)!.click();
    saveButton(el)!.click();
    await waitUntil(() => updates.length === 1, 'no so-notification-preferences-updated');
    expect(recording.callsTo('updateNotificationPreferences').map((call) => call.args)).to.deep.equal([
      [{ weekly_digest: { email: true }, agent_errors: { push: false } }],
    ]);
    expect(updates[0]!.changed).to.have.length(2);
    await el.updateComplete;
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.true;
    await waitUntil(() => announced(el) === 'Notification preferences saved.', 'not announced');

    await flip(el, 'plan_renewal', 'email');
    shadow(el).querySelector<HTMLButtonElement>('.actions button[type="button"]')!.click();
    await el.updateComplete;
    expect(toggle(el, 'plan_renewal', 'email').checked, 'discarded').to.be.true;
    expect((saveButton(el)!.getAttribute('aria-disabled') === 'true')).to.be.true;
  });

  it('keeps the draft when Save fails, and a second Save retries with the same idempotency key', async () => {
    const recording = recordingClient({ failures: { updateNotificationPreferences: { code: 'unavailable', once: true } } });
    const el = await render(recording.client, 'form');
    await flip(el, 'weekly_digest', 'push');
    saveButton(el)!.click();
    await waitUntil(() => failure(el), 'no failure shown');
    expect(textOf(failure(el))).to.contain('Couldn’t save your notification preferences; your changes are kept.');
    expect(failure(el)!.getAttribute('role')).to.equal('alert');
    await aTimeout(100);
    expect(announced(el), 'spoken once, by the alert: the status region stays silent').to.equal('');
    expect(toggle(el, 'weekly_digest', 'push').checked, 'the draft is kept').to.be.true;
    await expect(el).to.be.accessible();
    saveButton(el)!.click();
    await waitUntil(() => recording.callsTo('updateNotificationPreferences').length === 2 && (saveButton(el)!.getAttribute('aria-disabled') === 'true'), 'the retry did not save');
    const [first, second] = recording.callsTo('updateNotificationPreferences').map((call) => call.idempotencyKey);
    expect(second).to.equal(first);
    expect((await recording.client.getNotificationPreferences()).values['weekly_digest']!['push']).to.be.true;
  });

  it('is operated from the keyboard: Space flips a switch, Enter on Save saves', async () => {
    const recording = recordingClient();
    const el = await render(recording.client, 'form');
    toggle(el, 'weekly_digest', 'email').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    saveButton(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => recording.callsTo('updateNotificationPreferences').length === 1, 'Enter on Save did not save');
    expect(recording.callsTo('updateNotificationPreferences')[0]!.args).to.deep.equal([{ weekly_digest: { email: true } }]);
  });
});
