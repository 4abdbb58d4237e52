import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Member, Role } from '../../client/types.js';
import { formatDate, formatRelativeTime, toDate } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { renderAvatar } from '../../internal/parts/avatar.js';

/** What every row needs to know, computed once per render of the list. */
export interface MemberRowContext {
  localize: LocalizeController;
  roles: readonly Role[];
  /** The signed-in viewer's member id. */
  viewerId: string;
  /** The viewer may manage members and the client can change roles. */
  canChangeRole: boolean;
  /** The viewer may manage members and the client can remove members. */
  canRemove: boolean;
  /** The organization's only owner, when that is certain. */
  lastOwnerId: string | null;
  /** How many members match, for `aria-setsize` (`-1` when unknown). */
  setSize: number;
  /** Whether row `index` is the list's Tab stop. */
  isTabStop: (index: number) => boolean;
  onRoleChange: (member: Member, select: HTMLSelectElement) => void;
  onRemoveClick: (member: Member) => void;
}

/** The display name of a role id (the id itself for a role the client did not list). */
export function roleName(localize: LocalizeController, roles: readonly Role[], roleId: string): string {
  return roles.find((role) => role.id === roleId)?.name ?? (roleId || localize.term('orgMembers.unknownRole'));
}

// The row templates have no whitespace between tags (line breaks go inside the tags instead): a
// whitespace text node is a DOM node, and a long list renders these templates for every row.

function renderRole(context: MemberRowContext, member: Member, index: number, tabIndex: number, guarded: boolean, isSelf: boolean) {
  const { localize, roles } = context;
  if (!context.canChangeRole || isSelf) {
    return html`<span class="role-name">${roleName(localize, roles, member.roleId)}</span>`;
  }
  const listed = roles.some((role) => role.id === member.roleId);
  return html`<select
    class="role-select"
    part="role-select"
    aria-label=${localize.term('orgMembers.roleFor', member.name)}
    aria-describedby=${guarded ? `row-${index}-note` : nothing}
    tabindex=${tabIndex}
    ?disabled=${guarded}
    .value=${live(member.roleId)}
    @change=${(event: Event) => context.onRoleChange(member, event.target as HTMLSelectElement)}
  >${listed ? nothing : html`<option value=${member.roleId} selected>${roleName(localize, roles, member.roleId)}</option>`}${roles.map(
    (role) => html`<option value=${role.id} ?selected=${role.id === member.roleId}>${role.name}</option>`,
  )}</select>`;
}

function renderDates(localize: LocalizeController, member: Member) {
  const joined = toDate(member.joinedAt);
  const active = toDate(member.lastActiveAt);
  return html`<span class="dates"
    >${joined
      ? html`<time class="joined" datetime=${joined.toISOString()}>${localize.term('orgMembers.joined', formatDate(localize.lang, joined, { dateStyle: 'medium' }))}</time>`
      : nothing}${active
      ? html`<time
          class="last-active"
          datetime=${active.toISOString()}
          title=${formatDate(localize.lang, active, { dateStyle: 'long', timeStyle: 'short' })}
        >${localize.term('orgMembers.lastActive', formatRelativeTime(localize.lang, active))}</time>`
      : html`<span class="last-active">${localize.term('orgMembers.neverActive')}</span>`}</span
  >`;
}

/**
 * One member: avatar, name and email, role (a select when it can be changed), joined and last
 * active dates, Remove, and the reason when a rule forbids a change. The row is a focusable list
 * item in a roving Tab order; its controls are tabbable only while it is the Tab stop.
 */
export function renderMemberRow(context: MemberRowContext, member: Member, index: number): TemplateResult {
  const { localize, roles } = context;
  const isSelf = member.id === context.viewerId;
  const isLastOwner = member.id === context.lastOwnerId;
  const tabIndex = context.isTabStop(index) ? 0 : -1;
  const controlTabIndex = tabIndex === 0 ? 0 : -1;
  const note = isSelf && context.canRemove ? localize.term('orgMembers.selfNote') : isLastOwner && (context.canChangeRole || context.canRemove) ? localize.term('orgMembers.lastOwnerNote') : '';
  return html`<div
    class="row ${isSelf ? 'self' : ''}"
    part="row"
    role="listitem"
    data-row-index=${index}
    data-member-id=${member.id}
    tabindex=${tabIndex}
    aria-posinset=${index + 1}
    aria-setsize=${context.setSize}
    aria-label=${localize.term('orgMembers.rowLabel', member.name, roleName(localize, roles, member.roleId), isSelf)}
    aria-describedby=${note ? `row-${index}-note` : nothing}
  >${renderAvatar(member)}<span class="identity"
      ><span class="name">${member.name}${isSelf ? html` <span class="badge">${localize.term('orgMembers.you')}</span>` : nothing}</span
      ><span class="email">${member.email}</span></span
    ><span class="role">${renderRole(context, member, index, controlTabIndex, isLastOwner, isSelf)}</span>${renderDates(localize, member)}<span
      class="actions"
      >${context.canRemove && !isSelf
        ? html`<button
            type="button"
            class="remove"
            part="remove-button"
            tabindex=${controlTabIndex}
            aria-label=${localize.term('orgMembers.removeLabel', member.name)}
            aria-describedby=${isLastOwner ? `row-${index}-note` : nothing}
            ?disabled=${isLastOwner}
            @click=${() => context.onRemoveClick(member)}
          >${localize.term('orgMembers.remove')}</button>`
        : nothing}</span
    >${note ? html`<span class="note" id="row-${index}-note">${note}</span>` : nothing}</div
  >`;
}
