import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Member, Role } from '../../client/types.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { errorMessage } from '../../internal/parts/states.js';
import type { MemberDirectory } from './member-directory.js';
import { renderMemberRow, type MemberRowContext } from './member-row.js';
import type { PlanLimit } from './plan.js';
import type { RowFocus } from './row-focus.js';

/** The plan does not include organizations: what that means, and a way to upgrade. */
export function renderUpgrade(localize: LocalizeController, plan: PlanLimit, onUpgrade: () => void): TemplateResult {
  return html`<div class="upgrade" part="upgrade">
    <p class="callout-title">${localize.term('orgMembers.upgradeTitle')}</p>
    <p>${localize.term('orgMembers.upgradeBody', plan.planName)}</p>
    <slot name="upgrade">
      <button type="button" class="primary" @click=${onUpgrade}>${localize.term('orgMembers.upgrade')}</button>
    </slot>
  </div>`;
}

/** A failed change, shown until dismissed (it is also announced). */
export function renderFailure(localize: LocalizeController, message: string, onDismiss: () => void): TemplateResult | typeof nothing {
  if (!message) return nothing;
  return html`<div class="banner">
    <p>${message}</p>
    <button type="button" @click=${onDismiss}>${localize.term('orgMembers.dismiss')}</button>
  </div>`;
}

/** Every role with its description, folded away until asked for. */
export function renderRoles(localize: LocalizeController, roles: readonly Role[]): TemplateResult | typeof nothing {
  const described = roles.filter((role) => role.description);
  if (described.length === 0) return nothing;
  return html`<details class="roles">
    <summary>${localize.term('orgMembers.rolesHeading')}</summary>
    <dl>${described.map((role) => html`<dt>${role.name}</dt><dd>${role.description}</dd>`)}</dl>
  </details>`;
}

/** Nobody but the viewer: says so, with a call to invite when the viewer can. */
export function renderJustYou(localize: LocalizeController, onInvite: (() => void) | undefined): TemplateResult {
  return html`<div class="callout" part="empty">
    <p class="callout-title">${localize.term('orgMembers.emptyTitle')}</p>
    <p class="muted">${onInvite ? localize.term('orgMembers.emptyBody') : localize.term('orgMembers.emptyBodyReadOnly')}</p>
    ${onInvite ? html`<button type="button" class="primary" @click=${onInvite}>${localize.term('orgMembers.invite')}</button>` : nothing}
  </div>`;
}

/** A search that matched nobody, with the way back. */
export function renderNoMatch(localize: LocalizeController, query: string, onClear: () => void): TemplateResult {
  return html`<div class="no-match" part="empty">
    <p>${localize.term('orgMembers.noMatch', query)}</p>
    <p class="muted">${localize.term('orgMembers.noMatchHint')}</p>
    <button type="button" @click=${onClear}>${localize.term('orgMembers.clearSearch')}</button>
  </div>`;
}

/** "Showing N of M", and Load more (or why the last page failed, with Retry). */
export function renderFooter(localize: LocalizeController, directory: MemberDirectory, onLoadMore: () => void): TemplateResult | typeof nothing {
  const { items, total, nextCursor, loadingMore, moreError } = directory;
  if (items.length === 0 || (!nextCursor && !moreError)) return nothing;
  return html`<div class="footer">
    ${total !== undefined ? html`<p class="showing">${localize.term('orgMembers.showing', items.length, total)}</p>` : nothing}
    ${moreError
      ? html`<div class="state-error" role="alert">
          <p class="state-error-message">${localize.term('orgMembers.loadMoreFailed')} ${errorMessage(localize, moreError)}</p>
          <button type="button" @click=${() => void directory.loadMore()}>${localize.term('orgMembers.retry')}</button>
        </div>`
      : html`<button type="button" part="load-more" aria-disabled=${loadingMore ? 'true' : 'false'} @click=${onLoadMore}>
          ${loadingMore ? localize.term('orgMembers.loadingMore') : localize.term('orgMembers.loadMore')}
        </button>`}
  </div>`;
}

/** What the members list needs besides its rows' context. */
export interface MemberListOptions {
  rows: MemberRowContext;
  items: Member[];
  /** The virtualizer's directive, once loaded, for a list beyond the threshold; else every row renders. */
  virtualize: typeof virtualize | undefined;
  busy: boolean;
  rowFocus: RowFocus;
  onRangeChanged: (event: RangeChangedEvent) => void;
}

/**
 * The members list: a `role="list"` labelled by the heading, with a hint for keyboard users.
 * Virtualized, it is a fixed-height scroller that renders only the rows in view.
 */
export function renderMemberList(localize: LocalizeController, options: MemberListOptions): TemplateResult {
  const { rows, items, rowFocus } = options;
  const renderItem = (member: Member, index: number) => renderMemberRow(rows, member, index);
  const { virtualize } = options;
  const list = virtualize
    ? html`<div
        id="members-list"
        class="list virtualized"
        part="list"
        role="list"
        aria-labelledby="heading"
        aria-describedby="list-hint"
        aria-busy=${options.busy ? 'true' : 'false'}
        @keydown=${rowFocus.handleKeydown}
        @focusin=${rowFocus.handleFocusIn}
        @rangeChanged=${options.onRangeChanged}
      >
        ${virtualize({ items, renderItem, keyFunction: (member: Member) => member.id, scroller: true })}
      </div>`
    : html`<div
        id="members-list"
        class="list"
        part="list"
        role="list"
        aria-labelledby="heading"
        aria-describedby="list-hint"
        aria-busy=${options.busy ? 'true' : 'false'}
        @keydown=${rowFocus.handleKeydown}
        @focusin=${rowFocus.handleFocusIn}
      >
        ${repeat(items, (member) => member.id, renderItem)}
      </div>`;
  return html`<p id="list-hint" class="visually-hidden">${localize.term('orgMembers.listHint')}</p>
    ${list}`;
}
