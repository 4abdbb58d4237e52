import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Invitation, Role } from '../../client/types.js';
import { formatDate, formatRelativeTime, toDate } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { renderErrorState, renderSkeleton } from '../../internal/parts/states.js';
import type { InvitationBook } from './invitation-book.js';
import { roleName } from './member-row.js';

/** What the pending-invitations section needs. */
export interface InvitationsContext {
  localize: LocalizeController;
  roles: readonly Role[];
  /** The viewer may manage members and the client can resend. */
  canResend: boolean;
  /** The viewer may manage members and the client can revoke. */
  canRevoke: boolean;
  /** The invitations and their state. */
  book: InvitationBook;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
}

/** Whether an invitation can no longer be accepted. */
export const isExpired = (invitation: Invitation, now = Date.now()): boolean => {
  const expires = toDate(invitation.expiresAt);
  return !!expires && expires.getTime() <= now;
};

function renderInvitation(context: InvitationsContext, invitation: Invitation): TemplateResult {
  const { localize } = context;
  const invited = toDate(invitation.invitedAt);
  const expires = toDate(invitation.expiresAt);
  const expired = isExpired(invitation);
  const invitedDate = invited ? formatDate(localize.lang, invited, { dateStyle: 'medium' }) : '';
  const resending = context.book.resending(invitation);
  return html`<li class="invitation ${expired ? 'expired' : ''}" part="invitation" data-invitation-id=${invitation.id}>
    <span class="identity">
      <span class="email">${invitation.email}</span>
      <span class="meta">
        <span class="role-name">${roleName(localize, context.roles, invitation.roleId)}</span>
        ${invited
          ? html`<time datetime=${invited.toISOString()}>${invitation.invitedBy
              ? localize.term('orgMembers.invitedAtBy', invitedDate, invitation.invitedBy)
              : localize.term('orgMembers.invitedAt', invitedDate)}</time>`
          : nothing}
        ${expires
          ? html`<time class="expiry" datetime=${expires.toISOString()} title=${formatDate(localize.lang, expires, { dateStyle: 'long', timeStyle: 'short' })}>${localize.term(
              expired ? 'orgMembers.expired' : 'orgMembers.expires',
              formatRelativeTime(localize.lang, expires),
            )}</time>`
          : nothing}
      </span>
    </span>
    <span class="actions">
      ${context.canResend
        ? html`<button
            type="button"
            class="resend"
            aria-label=${localize.term('orgMembers.resendLabel', invitation.email)}
            aria-disabled=${resending ? 'true' : 'false'}
            @click=${() => context.onResend(invitation)}
          >${localize.term('orgMembers.resend')}</button>`
        : nothing}
      ${context.canRevoke
        ? html`<button
            type="button"
            class="revoke"
            aria-label=${localize.term('orgMembers.revokeLabel', invitation.email)}
            @click=${() => context.onRevoke(invitation)}
          >${localize.term('orgMembers.revoke')}</button>`
        : nothing}
    </span>
  </li>`;
}

/**
 * The pending invitations section: email, role, when and by whom invited, expiry, Resend and
 * Revoke; its own loading and error (with Retry) states, since members can show without it.
 */
export function renderInvitations(context: InvitationsContext): TemplateResult | typeof nothing {
  const { localize, book } = context;
  if (book.hidden) return nothing;
  const invitations = book.items;
  const body = book.error
    ? renderErrorState(localize, book.error, () => void book.reload())
    : invitations === null
      ? renderSkeleton(localize, 2)
      : invitations.length === 0
        ? html`<p class="invitations-empty">${localize.term('orgMembers.invitationsEmpty')}</p>`
        : html`<ul class="invitation-list" aria-labelledby="invitations-heading">
            ${repeat(invitations, (invitation) => invitation.id, (invitation) => renderInvitation(context, invitation))}
          </ul>`;
  return html`<section class="invitations" part="invitations" aria-labelledby="invitations-heading">
    <h3 id="invitations-heading" class="invitations-heading" tabindex="-1">${localize.term('orgMembers.invitationsHeading')}</h3>
    ${body}
  </section>`;
}
