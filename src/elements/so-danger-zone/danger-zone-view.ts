/**
 * The words and dialog bodies of `<so-danger-zone>`: what each action is called, what it does,
 * what it breaks, and what its confirmation says. Templates only; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DeletionBlocker, Organization } from '../../client/types.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { safeHref } from '../../internal/safe-url.js';
import type { ActionAvailability, DangerAction, UnavailableReason } from './danger-actions.js';

/** What a row and its dialog say about one action. */
export interface ActionCopy {
  title: string;
  description: string;
  breaks: string;
  button: string;
  heading: string;
}

/** The texts of `action`; `organization` names the organization in them. */
export function actionCopy(localize: LocalizeController, action: DangerAction, organization: Organization | null): ActionCopy {
  const name = organization?.name ?? '';
  switch (action) {
    case 'revoke-sessions':
      return {
        title: localize.term('dangerZone.revokeSessions.title'),
        description: localize.term('dangerZone.revokeSessions.description'),
        breaks: localize.term('dangerZone.revokeSessions.breaks'),
        button: localize.term('dangerZone.revokeSessions.button'),
        heading: localize.term('dangerZone.revokeSessions.heading'),
      };
    case 'regenerate-secrets':
      return {
        title: localize.term('dangerZone.regenerateSecrets.title'),
        description: localize.term('dangerZone.regenerateSecrets.description'),
        breaks: localize.term('dangerZone.regenerateSecrets.breaks'),
        button: localize.term('dangerZone.regenerateSecrets.button'),
        heading: localize.term('dangerZone.regenerateSecrets.heading'),
      };
    case 'leave-organization':
      return {
        title: localize.term('dangerZone.leaveOrganization.title'),
        description: localize.term('dangerZone.leaveOrganization.description', name),
        breaks: localize.term('dangerZone.leaveOrganization.breaks'),
        button: localize.term('dangerZone.leaveOrganization.button'),
        heading: localize.term('dangerZone.leaveOrganization.heading', name),
      };
    case 'delete-organization':
      return {
        title: localize.term('dangerZone.deleteOrganization.title'),
        description: localize.term('dangerZone.deleteOrganization.description', name),
        breaks: localize.term('dangerZone.deleteOrganization.breaks'),
        button: localize.term('dangerZone.deleteOrganization.button'),
        heading: localize.term('dangerZone.deleteOrganization.heading', name),
      };
  }
}

/** Why a row's button is disabled, or `undefined` when it is not. */
export function unavailableText(localize: LocalizeController, reason: UnavailableReason | undefined, organization: Organization | null): string | undefined {
  switch (reason) {
    case 'permission':
      return localize.term('dangerZone.unavailablePermission');
    case 'no-organization':
      return localize.term('dangerZone.unavailableNoOrganization');
    case 'last-owner':
      return localize.term('dangerZone.leaveOrganization.lastOwner', organization?.name ?? '');
    default:
      return undefined;
  }
}

/** The body of an action's confirmation: what happens, and for deletion what is lost and what blocks it. */
export function dialogBody(localize: LocalizeController, action: DangerAction, organization: Organization | null): TemplateResult {
  switch (action) {
    case 'revoke-sessions':
      return html`<p>${localize.term('dangerZone.revokeSessions.body')}</p>`;
    case 'regenerate-secrets':
      return html`<p>${localize.term('dangerZone.regenerateSecrets.body')}</p>
        <p>${localize.term('dangerZone.regenerateSecrets.shownOnce')}</p>`;
    case 'leave-organization':
      return html`<p>${localize.term('dangerZone.leaveOrganization.body', organization?.name ?? '')}</p>`;
    case 'delete-organization':
      return deleteBody(localize, organization?.deletionBlockers ?? []);
  }
}

function deleteBody(localize: LocalizeController, blockers: readonly DeletionBlocker[]): TemplateResult {
  return html`<p>${localize.term('dangerZone.deleteOrganization.lossIntro')}</p>
    <ul class="losses">
      <li>${localize.term('dangerZone.deleteOrganization.lossMembers')}</li>
      <li>${localize.term('dangerZone.deleteOrganization.lossSubscriptions')}</li>
      <li>${localize.term('dangerZone.deleteOrganization.lossProjects')}</li>
      <li>${localize.term('dangerZone.deleteOrganization.lossCard')}</li>
      <li>${localize.term('dangerZone.deleteOrganization.lossUsage')}</li>
    </ul>
    <p class="irreversible">${localize.term('dangerZone.deleteOrganization.irreversible')}</p>
    ${blockers.length > 0 ? renderBlockers(localize, blockers) : nothing}`;
}

/** The blocker kinds that name a subscription: the store's `subscription`, or the subscription's own kind. */
const SUBSCRIPTION_BLOCKER_KINDS: readonly string[] = ['subscription', 'job_plan', 'workspace_capacity'];

/** A `<so-subscriptions>` as the danger zone sees it, without importing (and so registering) that element. */
interface SubscriptionList extends Element {
  hasSubscription(id: string): boolean;
  focusSubscription(id: string): boolean;
}

/**
 * The `<so-subscriptions>` showing the row of a subscription `blocker`, in the danger zone's own
 * root (a page, or a composite element's shadow root) or else the document; none for other kinds.
 */
function subscriptionListFor(host: Element, blocker: DeletionBlocker): SubscriptionList | undefined {
  if (!SUBSCRIPTION_BLOCKER_KINDS.includes(blocker.kind)) return undefined;
  const root = host.getRootNode();
  const scopes: (Document | ShadowRoot)[] = root instanceof ShadowRoot ? [root, document] : [document];
  for (const scope of scopes) {
    for (const candidate of scope.querySelectorAll<Element>('so-subscriptions')) {
      const list = candidate as Partial<SubscriptionList> & Element;
      if (typeof list.hasSubscription === 'function' && list.hasSubscription(blocker.id)) return list as SubscriptionList;
    }
  }
  return undefined;
}

/** Closes the delete dialog and takes the user to the subscription's row, to cancel it there. */
function handleSubscriptionLinkClick(event: MouseEvent, host: Element, blocker: DeletionBlocker): void {
  event.preventDefault(); // the row lives in a shadow root, out of reach of fragment navigation
  const list = subscriptionListFor(host, blocker);
  if (!list) return; // the row went since the dialog rendered
  // Closing first: nothing outside a modal dialog can take focus. Focus then stays on the row.
  void (event.currentTarget as Element).closest('so-confirm-dialog')?.hide();
  list.focusSubscription(blocker.id);
}

function renderBlockers(localize: LocalizeController, blockers: readonly DeletionBlocker[]): TemplateResult {
  const host = localize.host;
  return html`<div class="blockers" part="blockers">
    <p id="blockers-reason">${localize.term('dangerZone.deleteOrganization.blocked', blockers.length)}</p>
    <ul>
      ${blockers.map((blocker) => {
        // A row on this page, where the user can cancel it, comes before a link elsewhere.
        if (subscriptionListFor(host, blocker)) {
          return html`<li>
            <a href="#subscription-${blocker.id}" @click=${(event: MouseEvent) => handleSubscriptionLinkClick(event, host, blocker)}>${blocker.label}</a>
          </li>`;
        }
        const href = safeHref(blocker.href);
        return html`<li>${href ? html`<a href=${href}>${blocker.label}</a>` : blocker.label}</li>`;
      })}
    </ul>
  </div>`;
}

/** An action's row: what it does and breaks, why it is unavailable (or blocked), and its danger button. */
export function renderActionRow(
  localize: LocalizeController,
  row: ActionAvailability,
  organization: Organization | null,
  headingLevel: number,
  onClick: () => void,
): TemplateResult {
  const { action, reason } = row;
  const copy = actionCopy(localize, action, organization);
  const blockers = action === 'delete-organization' ? (organization?.deletionBlockers.length ?? 0) : 0;
  const note =
    unavailableText(localize, reason, organization) ??
    (blockers > 0 ? localize.term('dangerZone.deleteOrganization.blockedShort', blockers) : undefined);
  // aria-disabled, not disabled: the button stays focusable, so its reason is heard.
  return html`<li part="action" class="action" data-action=${action}>
    <div class="text">
      <div part="action-title" class="title" role="heading" aria-level=${headingLevel}>${copy.title}</div>
      <p class="description">${copy.description}</p>
      <p class="breaks">${copy.breaks}</p>
      ${note ? html`<p part="unavailable" class="note" id="${action}-note">${note}</p>` : nothing}
    </div>
    <button
      type="button"
      part="action-button"
      class="danger"
      aria-disabled=${reason ? 'true' : 'false'}
      aria-describedby=${note ? `${action}-note` : nothing}
      @click=${onClick}
    >
      ${copy.button}
    </button>
  </li>`;
}

/** What an action's confirmation shows and how it answers. */
export interface ActionDialogOptions {
  row: ActionAvailability;
  organization: Organization | null;
  /** The action is running: the dialog shows progress and ignores Confirm, Cancel and Escape. */
  busy: boolean;
  /** The last failure's message, announced in the dialog; empty when none. */
  failure: string;
  onConfirm: (event: Event) => void;
  onCancel: () => void;
}

/**
 * An action's confirmation. Deleting asks for the organization's exact name, unless blockers
 * remain: then Confirm stays disabled and the body lists them.
 */
export function renderActionDialog(localize: LocalizeController, options: ActionDialogOptions): TemplateResult {
  const { row, organization, busy, failure } = options;
  const { action, reason } = row;
  const copy = actionCopy(localize, action, organization);
  const blocked = action === 'delete-organization' && (organization?.deletionBlockers.length ?? 0) > 0;
  const phrase = action === 'delete-organization' && !blocked ? (organization?.name ?? '') : '';
  // `live`: the element sets `busy` on the dialog itself the moment Confirm is pressed.
  return html`<so-confirm-dialog
    data-action=${action}
    variant="danger"
    heading=${copy.heading}
    confirm-label=${copy.button}
    confirm-phrase=${phrase}
    ?confirm-disabled=${blocked || !!reason}
    .busy=${live(busy)}
    @so-confirm=${options.onConfirm}
    @so-cancel=${options.onCancel}
  >
    ${dialogBody(localize, action, organization)}
    ${reason && !failure ? html`<p class="dialog-note">${unavailableText(localize, reason, organization)}</p>` : nothing}
    ${failure ? html`<p class="dialog-error" role="alert">${failure}</p>` : nothing}
  </so-confirm-dialog>`;
}
