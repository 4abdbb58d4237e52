/**
 * Faults during mutations: every element with a form or an edit, over the HTTP client against the
 * MSW handlers, has the mutation's request answered by each fault. Each cell must show a clear
 * message (a `role="alert"`, or for a 422 the field error beside the field), keep what the user
 * typed, fire `so-error` naming the operation, raise no unhandled rejection, and — once the fault
 * is lifted — succeed on retry with the same Idempotency-Key.
 */
import { expect, fixture } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { html, type TemplateResult } from 'lit';
import { AccountStore } from '../../src/client/account-store.js';
import type { AccountSeed } from '../../src/client/seed.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import type { AccountClient, AccountOperation } from '../../src/client/types.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import '../../src/index.js';
import { API, setupMockServer } from '../helpers/msw.js';
import { FAULTS, messageFor, type Fault, type FaultId } from './cells.js';
import { deepQueryAll, deepText, pause, until } from './dom.js';
import { watch } from './harness.js';
import { MUTATIONS } from './mutations.js';

/** The faults a mutation's request meets (the load faults — 401/403/404, removal, races — are in the load matrix). */
const MUTATION_FAULTS = ['409', '422', '429', '500', '503', 'network', 'timeout'] as const satisfies readonly FaultId[];
const TIMEOUT_MS = 400;

interface FaultDriver {
  name: string;
  operation: AccountOperation;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  seed?: () => Partial<AccountSeed>;
  render(client: AccountClient): TemplateResult;
  loaded: string;
  /** Opens and fills (unless already) and returns the control that commits. */
  commit(el: HTMLElement): Promise<HTMLElement>;
  /** Asserts the user's input is still there after the failure. */
  kept(el: HTMLElement): void;
  /** The `fieldErrors` key the element shows beside a field, and that field; absent when a 422 goes to the alert. */
  field422?: { key: string; field: (el: HTMLElement) => HTMLInputElement | HTMLTextAreaElement | undefined };
  /** A documented message that replaces the generic one for a fault (e.g. the danger zone's 422). */
  messages?: Partial<Record<FaultId, string>>;
  /** The element shows every failure (not only a 422) beside this field instead of in an alert. */
  failureBeside?: (el: HTMLElement) => HTMLInputElement | HTMLTextAreaElement | undefined;
}

const one = (el: HTMLElement, selector: string): HTMLInputElement | undefined => deepQueryAll<HTMLInputElement>(el, selector)[0];
const mutation = (name: string) => MUTATIONS.find((driver) => driver.name === name)!;
const valueOf = (el: HTMLElement, selector: string) => (one(el, selector)?.value ?? '(no field)');
const weeklyEmail = '[part="switch"][data-category="weekly_digest"][data-channel="email"]';

function fromMutation(name: string, extra: Pick<FaultDriver, 'kept' | 'field422'> & Partial<FaultDriver>): FaultDriver {
  const { name: _name, operation, method, path, seed, render, loaded, commit } = mutation(name);
  return { name, operation, method, path, ...(seed ? { seed } : {}), render, loaded, commit, ...extra };
}

const DRIVERS: readonly FaultDriver[] = [
  fromMutation('<so-profile-form> updateProfile', {
    kept: (el) => expect(valueOf(el, '#display-name'), 'the typed name').to.equal('Maya C.'),
    field422: { key: 'displayName', field: (el) => one(el, '#display-name') },
  }),
  fromMutation('<so-org-profile> updateOrganization', {
    kept: (el) => expect(valueOf(el, 'input#name'), 'the typed name').to.equal('Acme Labs'),
    field422: { key: 'name', field: (el) => one(el, 'input#name') },
  }),
  fromMutation('<so-notification-settings mode="form"> updateNotificationPreferences', {
    kept: (el) => {
      expect(one(el, weeklyEmail)!.checked, 'the draft still shows the switch on').to.equal(true);
      expect(deepText(el), 'still unsaved').to.include('You have unsaved changes.');
    },
  }),
  {
    name: '<so-notification-settings> instant switch',
    operation: 'updateNotificationPreferences',
    method: 'PATCH',
    path: '/notification-preferences',
    render: (c) => html`<so-notification-settings .client=${c}></so-notification-settings>`,
    loaded: 'Weekly digest',
    commit: async (el) => {
      const weekly = one(el, weeklyEmail)!;
      // The switch starts off; a failed flip rolls it back, so the retry is the same flip.
      await until(() => !weekly.checked, 'the switch is off');
      return weekly;
    },
    kept: (el) => expect(one(el, weeklyEmail)!.checked, 'flipped back to what the server holds').to.equal(false),
  },
  fromMutation('<so-passkeys> renamePasskey', {
    kept: (el) => expect(valueOf(el, '[data-passkey-id="pk_yubikey"] .rename-form input'), 'the typed name').to.equal('Backup key'),
    field422: { key: 'name', field: (el) => one(el, '[data-passkey-id="pk_yubikey"] .rename-form input') },
    failureBeside: (el) => one(el, '[data-passkey-id="pk_yubikey"] .rename-form input'),
  }),
  fromMutation('<so-api-key-panel> createApiKey', {
    kept: (el) => expect(valueOf(el, '#key-name'), 'the typed key name').to.equal('Matrix key'),
    field422: { key: 'name', field: (el) => one(el, '#key-name') },
  }),
  fromMutation('<so-org-members> inviteMembers', {
    kept: (el) => expect(deepQueryAll<HTMLTextAreaElement>(el, 'textarea')[0]?.value, 'the typed addresses').to.include('new.hire@newhire.example'),
  }),
  fromMutation('<so-danger-zone> deleteOrganization', {
    // Documented: a 422 on delete means the typed name no longer matches the organization's.
    messages: { '422': 'The organization’s name no longer matches. Type its current name to confirm.' },
    kept: (el) => {
      const dialog = deepQueryAll<HTMLElement & { open: boolean }>(el, 'so-confirm-dialog').find((candidate) => candidate.open);
      expect(dialog, 'the confirm dialog stays open').to.exist;
      expect(dialog!.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!.value, 'the typed phrase').to.equal('Acme Robotics');
    },
  }),
];

function errorReply(fault: Fault, fieldErrors: Record<string, string[]> | undefined): Response {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
  const body = { error: { code: fault.bodyCode, message: `Matrix fault ${fault.label}.`, ...(fieldErrors ? { fieldErrors } : {}) } };
  return HttpResponse.json(body, { status: fault.status!, headers });
}

/** Every `role="alert"` with text, anywhere in the element. */
const alerts = (el: HTMLElement) => deepQueryAll(el, '[role="alert"]').map((alert) => deepText(alert)).filter(Boolean);
const announcements = (el: HTMLElement) => deepQueryAll(el, 'so-status-announcer').map((announcer) => deepText(announcer)).join(' ');

/** The message beside `field`: the text of what its `aria-describedby` names, when it is marked invalid. */
function fieldErrorOf(field: HTMLInputElement | HTMLTextAreaElement): string {
  if (field.getAttribute('aria-invalid') !== 'true') return '';
  const root = field.getRootNode() as Document | ShadowRoot;
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.querySelector(`#${CSS.escape(id)}`)?.textContent?.trim() ?? '').join(' ').trim();
}

describe('mutation faults', () => {
  let store: AccountStore;
  const server = setupMockServer(() => {
    store = new AccountStore();
    return createAccountHandlers(store, { baseUrl: API });
  });

  async function run(driver: FaultDriver, faultId: (typeof MUTATION_FAULTS)[number]): Promise<void> {
    const fault = FAULTS[faultId];
    if (driver.seed) store.reset(driver.seed());
    const client = createHttpAccountClient({ baseUrl: API, timeoutMs: fault.kind === 'timeout' ? TIMEOUT_MS : 10_000 });
    const fieldErrors = faultId === '422' ? { [driver.field422?.key ?? 'name']: ['Too long.'] } : undefined;
    let active = true;
    const on = http[driver.method.toLowerCase() as 'post' | 'patch' | 'delete'];
    server.worker.use(
      on(`${API}${driver.path}`, async () => {
        if (!active) return undefined;
        if (fault.kind === 'network') return HttpResponse.error();
        if (fault.kind === 'timeout') {
          await delay('infinite');
          return undefined;
        }
        return errorReply(fault, fieldErrors);
      }),
    );
    const el = await fixture<HTMLElement>(driver.render(client));
    await until(() => deepText(el).includes(driver.loaded), `${driver.name}: loaded`);
    const watched = watch(document);
    try {
      (await driver.commit(el)).click();
      const code = fault.code!;
      await until(() => watched.errors.length > 0, `${driver.name}: so-error for ${fault.label}`, fault.kind === 'timeout' ? 3000 : 2000);
      await pause(30);
      expect(
        watched.errors.map(({ operation, error }) => `${operation}:${error.code}`),
        'so-error names the operation and the code',
      ).to.deep.equal([`${driver.operation}:${code}`]);

      // A clear message: beside the field for a 422 the element maps, else an alert.
      if (faultId === '422' && driver.field422) {
        const field = driver.field422.field(el);
        expect(field, 'the field').to.exist;
        expect(fieldErrorOf(field!), 'the field error beside the field').not.to.equal('');
      } else if (driver.failureBeside) {
        expect(fieldErrorOf(driver.failureBeside(el)!), 'the message beside the field').to.include(messageFor(code, fault.retryAfter));
      } else {
        const message = driver.messages?.[faultId] ?? messageFor(code, fault.retryAfter);
        expect(alerts(el).join(' | '), 'role="alert" with the message').to.include(message);
        // Spoken once: the alert is announced as it appears, so a status region must not repeat it.
        await pause(100);
        expect(announcements(el), 'the status regions do not repeat the alert').not.to.include(message);
      }
      driver.kept(el);
      expect(store.effects[driver.operation] ?? 0, 'nothing took effect').to.equal(0);

      // The fault lifts; the user retries the same intent.
      active = false;
      (await driver.commit(el)).click();
      await until(() => (store.effects[driver.operation] ?? 0) >= 1, `${driver.name}: the retry takes effect`);
      await pause(50);
      expect(store.effects[driver.operation], 'one effect').to.equal(1);
      const keys = server.requestsTo(driver.method, driver.path).map((request) => request.headers.get('Idempotency-Key'));
      expect(keys.length, 'the failed request and the retry').to.equal(2);
      expect(new Set(keys).size, `the retry reuses the Idempotency-Key (${keys.join(', ')})`).to.equal(1);
      expect(watched.rejections, 'no unhandled rejection').to.deep.equal([]);
    } finally {
      active = false;
      watched.stop();
    }
  }

  for (const driver of DRIVERS) {
    describe(driver.name, () => {
      for (const faultId of MUTATION_FAULTS) it(FAULTS[faultId].label, () => run(driver, faultId));
    });
  }

  // Found by this case: the failure used to show only as the rename field's description, unheard
  // with focus on Save; it is announced now too.
  it('<so-passkeys> renamePasskey: a failed save (500) is announced', async () => {
    const passkeys = DRIVERS.find((driver) => driver.name === '<so-passkeys> renamePasskey')!;
    server.worker.use(http.patch(`${API}${passkeys.path}`, () => errorReply(FAULTS['500'], undefined)));
    const el = await fixture<HTMLElement>(passkeys.render(createHttpAccountClient({ baseUrl: API })));
    await until(() => deepText(el).includes(passkeys.loaded), 'loaded');
    const save = await passkeys.commit(el);
    save.focus(); // as a real click on Save does
    save.click();
    const message = messageFor('unavailable');
    await until(() => fieldErrorOf(passkeys.failureBeside!(el)!).includes(message), 'the failure beside the field');
    await pause(300);
    let focused: Element | null = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    const focusOnField = focused === passkeys.failureBeside!(el);
    expect(`${alerts(el).join(' ')} ${announcements(el)}${focusOnField ? message : ''}`, 'announced (or focus on the described field)').to.include(message);
  });

  describe('the checks bite', () => {
    it('fails a cell whose element loses the typed input', async () => {
      const profile = DRIVERS.find((driver) => driver.name === '<so-profile-form> updateProfile')!;
      const losing: FaultDriver = { ...profile, kept: (el) => expect(valueOf(el, '#display-name')).to.equal('Something else') };
      let failure = '';
      await run(losing, '500').catch((error: unknown) => (failure = String(error)));
      expect(failure).to.include('Something else');
    });

    it('fails a 422 cell when the field shows no error', async () => {
      const profile = DRIVERS.find((driver) => driver.name === '<so-profile-form> updateProfile')!;
      const wrongField: FaultDriver = { ...profile, field422: { key: 'displayName', field: (el) => one(el, '#email') } };
      let failure = '';
      await run(wrongField, '422').catch((error: unknown) => (failure = String(error)));
      expect(failure).to.include('the field error beside the field');
    });
  });
});
