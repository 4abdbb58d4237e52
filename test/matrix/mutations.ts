/**
 * Every mutation of every element, as the user triggers it: what to open and fill, and the
 * control whose activation commits it. `exactly-once.test.ts` presses each control twice, with
 * Enter repeatedly, and again after a committed request's response was lost.
 */
import { html, type TemplateResult } from 'lit';
import type { AccountSeed } from '../../src/client/seed.js';
import type { AccountClient, AccountOperation } from '../../src/client/types.js';
import '../../src/index.js';
import { deepQueryAll, until } from './dom.js';

export interface MutationDriver {
  /** `<tag> operation (what)`, the test's name. */
  name: string;
  operation: AccountOperation;
  /** The request that commits it, below the API base, e.g. `DELETE /sessions/ses_phone`. */
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** How many effects one intent has (signing out "all others" revokes each other session). */
  effects?: number;
  /** Store data the mutation needs (e.g. no subscriptions, so the organization can be deleted). */
  seed?: () => Partial<AccountSeed>;
  render(client: AccountClient): TemplateResult;
  /** Text the loaded element shows. */
  loaded: string;
  /** Opens and fills what the action needs (unless already open) and returns the control that commits it. */
  commit(el: HTMLElement): Promise<HTMLElement>;
  /** Not pressable twice (a select); only the lost-response retry applies. */
  selectOnly?: boolean;
  /**
   * A switch that saves as it flips: a second press is the opposite intent, not a repeat, so the
   * double-click and Enter cases do not apply (`exactly-once.test.ts` races the two flips instead).
   */
  toggle?: boolean;
  /** Replaces a browser API for the test (e.g. `navigator.credentials.create`); returns the restore. */
  stub?: () => () => void;
  /** A case that exposes an element bug: `exactly-once.test.ts` skips it, naming the bug. */
  bug?: { case: 'lost-response'; bug: string };
}

type Dialog = HTMLElement & { open: boolean; updateComplete: Promise<boolean> };

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose accessible name (aria-label, else text) is `name`, anywhere in the element. */
export function buttonNamed(el: HTMLElement, name: string): HTMLButtonElement | undefined {
  return deepQueryAll<HTMLButtonElement>(el, 'button').find((button) => (button.getAttribute('aria-label') ?? text(button)) === name);
}

async function needButton(el: HTMLElement, name: string): Promise<HTMLButtonElement> {
  await until(() => !!buttonNamed(el, name), `a button named “${name}”`);
  return buttonNamed(el, name)!;
}

const openDialog = (el: HTMLElement) => deepQueryAll<Dialog>(el, 'so-confirm-dialog').find((dialog) => dialog.open);

/** The open confirm dialog's confirm button; opens it with `open` first when none is open. */
async function confirmVia(el: HTMLElement, open: () => Promise<void> | void, fill?: (dialog: Dialog) => void): Promise<HTMLElement> {
  if (!openDialog(el)) {
    await open();
    await until(() => !!openDialog(el), 'the dialog opens');
  }
  const dialog = openDialog(el)!;
  await dialog.updateComplete;
  fill?.(dialog);
  await dialog.updateComplete;
  return dialog.shadowRoot!.querySelector<HTMLElement>('[part="confirm-button"]')!;
}

/** Sets a field as typing (or a paste) does. */
export function setField(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

const field = (el: HTMLElement, selector: string) => deepQueryAll<HTMLInputElement>(el, selector)[0]!;

/** Checks the radio `find` picks (in the dialog's light DOM or its shadow root), as a click does. */
function choose(dialog: Dialog, selector: string, find: (radio: HTMLInputElement) => boolean): void {
  const radios = [...dialog.querySelectorAll<HTMLInputElement>(selector), ...(dialog.shadowRoot?.querySelectorAll<HTMLInputElement>(selector) ?? [])];
  const radio = radios.find(find);
  if (!radio) throw new Error(`no radio ${selector} to choose`);
  if (!radio.checked) radio.click();
}

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

/**
 * `navigator.credentials.create` answered as the browser does (the shape of
 * `test/elements/so-passkeys-helpers.ts`'s stub), with a new credential id per ceremony as a real
 * authenticator gives.
 */
export function stubPasskeyCeremony(): () => void {
  const original = navigator.credentials.create;
  let ceremonies = 0;
  navigator.credentials.create = async () => {
    ceremonies += 1;
    return {
      id: `cred_matrix_${ceremonies}`,
      rawId: bytes(1, 2, ceremonies),
      type: 'public-key',
      authenticatorAttachment: 'platform',
      getClientExtensionResults: () => ({}),
      response: { clientDataJSON: bytes(4, 5), attestationObject: bytes(6, 7), getTransports: () => ['internal'] },
    } as unknown as Credential;
  };
  return () => (navigator.credentials.create = original);
}

/** The switch instant mode saves at once: weekly digest by email (off in the example seed). */
export const WEEKLY_EMAIL_SWITCH = '[part="switch"][data-category="weekly_digest"][data-channel="email"]';

export const MUTATIONS: readonly MutationDriver[] = [
  {
    name: '<so-api-key-panel> createApiKey',
    operation: 'createApiKey',
    method: 'POST',
    path: '/api-keys',
    render: (c) => html`<so-api-key-panel .client=${c}></so-api-key-panel>`,
    loaded: 'Platform key',
    commit: (el) =>
      confirmVia(
        el,
        async () => (await needButton(el, 'Create key')).click(),
        (dialog) => {
          const name = dialog.querySelector<HTMLInputElement>('#key-name')!;
          if (name.value !== 'Matrix key') setField(name, 'Matrix key');
        },
      ),
  },
  {
    name: '<so-api-key-panel> rotateApiKey',
    operation: 'rotateApiKey',
    method: 'POST',
    path: '/api-keys/key_ci/rotate',
    render: (c) => html`<so-api-key-panel .client=${c}></so-api-key-panel>`,
    loaded: 'CI deploys',
    commit: (el) => confirmVia(el, async () => (await needButton(el, 'Rotate CI deploys')).click()),
  },
  {
    name: '<so-api-key-panel> rotateApiKey (grace period 1 hour)',
    operation: 'rotateApiKey',
    method: 'POST',
    path: '/api-keys/key_ci/rotate',
    render: (c) => html`<so-api-key-panel .client=${c}></so-api-key-panel>`,
    loaded: 'CI deploys',
    commit: (el) =>
      confirmVia(
        el,
        async () => (await needButton(el, 'Rotate CI deploys')).click(),
        (dialog) => choose(dialog, 'input[name="grace-period"]', (radio) => radio.value === '3600'),
      ),
  },
  {
    name: '<so-api-key-panel> revokeApiKey',
    operation: 'revokeApiKey',
    method: 'POST',
    path: '/api-keys/key_ci/revoke',
    render: (c) => html`<so-api-key-panel .client=${c}></so-api-key-panel>`,
    loaded: 'CI deploys',
    commit: (el) => confirmVia(el, async () => (await needButton(el, 'Revoke CI deploys')).click()),
  },
  {
    name: '<so-billing-card> createBillingPortalSession',
    operation: 'createBillingPortalSession',
    method: 'POST',
    path: '/billing/portal-sessions',
    // The host keeps the page: the test must not navigate away.
    render: (c) => html`<so-billing-card .client=${c} @so-billing-portal-open=${(event: Event) => event.preventDefault()}></so-billing-card>`,
    loaded: 'Visa ending in 4242',
    commit: (el) => needButton(el, 'Manage billing'),
  },
  {
    name: '<so-org-members> inviteMembers',
    operation: 'inviteMembers',
    method: 'POST',
    path: '/invitations',
    render: (c) => html`<so-org-members .client=${c}></so-org-members>`,
    loaded: 'Kenji Watanabe',
    commit: async (el) => {
      // The dialog is loaded and rendered when first opened.
      const dialog = () => deepQueryAll(el, 'so-invite-dialog')[0];
      const send = () => dialog()?.shadowRoot?.querySelector<HTMLButtonElement>('button.send');
      if (!send() || !dialog()!.hasAttribute('open')) {
        await (el as HTMLElement & { showInviteDialog(emails: string): Promise<void> }).showInviteDialog('new.hire@newhire.example');
        await until(() => !!send(), 'the invite dialog');
      }
      return send()!;
    },
  },
  {
    name: '<so-org-members> updateMemberRole',
    operation: 'updateMemberRole',
    method: 'PATCH',
    path: '/members/usr_kenji',
    render: (c) => html`<so-org-members .client=${c}></so-org-members>`,
    loaded: 'Kenji Watanabe',
    selectOnly: true,
    commit: async (el) => {
      const row = deepQueryAll(el, '[part~="row"]').find((candidate) => candidate.textContent!.includes('Kenji Watanabe'))!;
      return row.querySelector<HTMLSelectElement>('[part="role-select"]')!;
    },
  },
  {
    name: '<so-org-members> removeMember',
    operation: 'removeMember',
    method: 'DELETE',
    path: '/members/usr_kenji',
    render: (c) => html`<so-org-members .client=${c}></so-org-members>`,
    loaded: 'Kenji Watanabe',
    commit: (el) =>
      confirmVia(el, () => {
        const row = deepQueryAll(el, '[part~="row"]').find((candidate) => candidate.textContent!.includes('Kenji Watanabe'))!;
        row.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
      }),
  },
  {
    name: '<so-org-members> resendInvitation',
    operation: 'resendInvitation',
    method: 'POST',
    path: '/invitations/inv_contractor/resend',
    render: (c) => html`<so-org-members .client=${c}></so-org-members>`,
    loaded: 'ops@contractor.example',
    commit: async (el) => deepQueryAll(el, '[data-invitation-id="inv_contractor"] .resend')[0]!,
  },
  {
    name: '<so-org-members> revokeInvitation',
    operation: 'revokeInvitation',
    method: 'DELETE',
    path: '/invitations/inv_jordan',
    render: (c) => html`<so-org-members .client=${c}></so-org-members>`,
    loaded: 'jordan.lee@acme-robotics.example',
    commit: (el) => confirmVia(el, () => deepQueryAll(el, '[data-invitation-id="inv_jordan"] .revoke')[0]!.click()),
  },
  ...(
    [
      ['revokeAllSessions', 'revoke-sessions', '/sessions/revoke-all'],
      ['regenerateSecrets', 'regenerate-secrets', '/secrets/regenerate'],
      ['leaveOrganization', 'leave-organization', '/organization/leave'],
      ['deleteOrganization', 'delete-organization', '/organization/delete'],
    ] as const
  ).map(
    ([operation, action, path]): MutationDriver => ({
      name: `<so-danger-zone> ${operation}`,
      operation,
      method: 'POST',
      path,
      ...(operation === 'deleteOrganization' ? { seed: () => ({ subscriptions: [] }) } : {}),
      render: (c) => html`<so-danger-zone .client=${c}></so-danger-zone>`,
      loaded: 'Sign out everywhere',
      commit: (el) =>
        confirmVia(
          el,
          () => deepQueryAll(el, `[part="action"][data-action="${action}"] [part="action-button"]`)[0]!.click(),
          (dialog) => {
            const phrase = dialog.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]');
            if (phrase && phrase.value !== 'Acme Robotics') setField(phrase, 'Acme Robotics');
          },
        ),
    }),
  ),
  {
    name: '<so-sessions> revokeSession',
    operation: 'revokeSession',
    method: 'DELETE',
    path: '/sessions/ses_phone',
    render: (c) => html`<so-sessions .client=${c}></so-sessions>`,
    loaded: 'Safari on iPhone',
    commit: (el) => needButton(el, 'Sign out of Safari on iPhone'),
  },
  {
    name: '<so-sessions> revokeSession (all others)',
    operation: 'revokeSession',
    method: 'DELETE',
    path: '/sessions/ses_phone',
    effects: 2,
    render: (c) => html`<so-sessions .client=${c}></so-sessions>`,
    loaded: 'Safari on iPhone',
    commit: (el) => confirmVia(el, () => deepQueryAll(el, '[part="revoke-others-button"]')[0]!.click()),
  },
  {
    name: '<so-notification-settings mode="form"> updateNotificationPreferences',
    operation: 'updateNotificationPreferences',
    method: 'PATCH',
    path: '/notification-preferences',
    render: (c) => html`<so-notification-settings .client=${c} mode="form"></so-notification-settings>`,
    loaded: 'Weekly digest',
    commit: async (el) => {
      const weekly = field(el, '[part="switch"][data-category="weekly_digest"][data-channel="email"]');
      if (!weekly.checked) weekly.click();
      await until(() => !deepQueryAll<HTMLButtonElement>(el, '[part="save-button"]')[0]!.disabled, 'Save enabled');
      return deepQueryAll(el, '[part="save-button"]')[0]!;
    },
  },
  {
    name: '<so-notification-settings> updateNotificationPreferences (instant switch)',
    operation: 'updateNotificationPreferences',
    method: 'PATCH',
    path: '/notification-preferences',
    toggle: true,
    render: (c) => html`<so-notification-settings .client=${c}></so-notification-settings>`,
    loaded: 'Weekly digest',
    commit: async (el) => {
      const weekly = field(el, WEEKLY_EMAIL_SWITCH);
      // Off to on; a failed flip rolls back, so the retry is the same flip.
      await until(() => !weekly.checked, 'the switch is off');
      return weekly;
    },
  },
  {
    name: '<so-passkeys> finishPasskeyRegistration (Add)',
    operation: 'finishPasskeyRegistration',
    method: 'POST',
    path: '/passkeys',
    stub: stubPasskeyCeremony,
    // Found by the lost-response case: a retry used to run a new ceremony and register a second passkey.
    render: (c) => html`<so-passkeys .client=${c}></so-passkeys>`,
    loaded: 'YubiKey 5C',
    commit: async (el) => {
      const name = field(el, '#new-name');
      if (name.value !== 'Work laptop') setField(name, 'Work laptop');
      return deepQueryAll(el, '[part="add-form"] button[type="submit"]')[0]!;
    },
  },
  {
    name: '<so-passkeys> renamePasskey',
    operation: 'renamePasskey',
    method: 'PATCH',
    path: '/passkeys/pk_yubikey',
    render: (c) => html`<so-passkeys .client=${c}></so-passkeys>`,
    loaded: 'YubiKey 5C',
    commit: async (el) => {
      const form = () => deepQueryAll(el, '[data-passkey-id="pk_yubikey"] .rename-form')[0];
      if (!form()) {
        (await needButton(el, 'Rename YubiKey 5C')).click();
        await until(() => !!form(), 'the rename form');
      }
      const input = form()!.querySelector('input')!;
      if (input.value !== 'Backup key') setField(input, 'Backup key');
      await until(() => !!form()!.querySelector('button[type="submit"]'), 'Save');
      return form()!.querySelector<HTMLElement>('button[type="submit"]')!;
    },
  },
  {
    name: '<so-passkeys> deletePasskey',
    operation: 'deletePasskey',
    method: 'DELETE',
    path: '/passkeys/pk_yubikey',
    render: (c) => html`<so-passkeys .client=${c}></so-passkeys>`,
    loaded: 'YubiKey 5C',
    commit: (el) => confirmVia(el, async () => (await needButton(el, 'Delete YubiKey 5C')).click()),
  },
  {
    name: '<so-profile-form> updateProfile',
    operation: 'updateProfile',
    method: 'PATCH',
    path: '/profile',
    render: (c) => html`<so-profile-form .client=${c}></so-profile-form>`,
    loaded: 'maya.chen@acme-robotics.example',
    commit: async (el) => {
      const name = field(el, '#display-name');
      if (name.value !== 'Maya C.') setField(name, 'Maya C.');
      return deepQueryAll(el, '[part="save-button"]')[0]!;
    },
  },
  {
    name: '<so-org-profile> updateOrganization',
    operation: 'updateOrganization',
    method: 'PATCH',
    path: '/organization',
    render: (c) => html`<so-org-profile .client=${c}></so-org-profile>`,
    loaded: 'acme-robotics',
    commit: async (el) => {
      const name = field(el, 'input#name');
      if (name.value !== 'Acme Labs') setField(name, 'Acme Labs');
      return deepQueryAll(el, '[part="save-button"]')[0]!;
    },
  },
  {
    name: '<so-subscriptions> cancelSubscription',
    operation: 'cancelSubscription',
    method: 'POST',
    path: '/subscriptions/sub_jobs/cancel',
    render: (c) => html`<so-subscriptions .client=${c}></so-subscriptions>`,
    loaded: 'Agent job plan',
    commit: (el) => confirmVia(el, () => deepQueryAll(el, '[data-subscription-id="sub_jobs"] [part="unsubscribe-button"]')[0]!.click()),
  },
  {
    name: '<so-subscriptions> cancelSubscription (now)',
    operation: 'cancelSubscription',
    method: 'POST',
    path: '/subscriptions/sub_jobs/cancel',
    render: (c) => html`<so-subscriptions .client=${c}></so-subscriptions>`,
    loaded: 'Agent job plan',
    commit: (el) =>
      confirmVia(
        el,
        () => deepQueryAll(el, '[data-subscription-id="sub_jobs"] [part="unsubscribe-button"]')[0]!.click(),
        (dialog) => choose(dialog, 'input[name="timing"]', (radio) => radio.value === 'now'),
      ),
  },
];
