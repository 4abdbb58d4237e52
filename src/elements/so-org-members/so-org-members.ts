import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AccountClient, Invitation, InviteRow, Member, Role, Viewer } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage, renderErrorState, renderSkeleton } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { stateStyles } from '../../internal/styles/states.js';
import { hasPermission, loadViewer } from '../../internal/viewer.js';
import { InvitationBook } from './invitation-book.js';
import { renderInvitations } from './invitations-view.js';
import { MemberDirectory } from './member-directory.js';
import { roleName } from './member-row.js';
import { renderFailure, renderFooter, renderJustYou, renderMemberList, renderNoMatch, renderRoles, renderUpgrade } from './members-view.js';
import type {
  SoInvitationDetail,
  SoMemberInvitedDetail,
  SoMemberRemovedDetail,
  SoMemberRemoveRequestDetail,
  SoMemberRoleChangedDetail,
  SoUpgradeRequestDetail,
} from './org-members-events.js';
import { checkPlan, type PlanLimit } from './plan.js';
import { RowFocus } from './row-focus.js';
import { DEFAULTS, inviteRole, settingInUse, warnAboutSettings, type NumericSettings } from './settings.js';
import { loadedVirtualizer, loadInviteDialog, loadVirtualizer } from './lazy.js';
import type { InviteSendResult, SoInviteDialog } from './so-invite-dialog.js';
import { styles } from './so-org-members.styles.js';
import { orgMembersMessages } from '../../internal/localize/messages/org-members.js';

export type * from './org-members-events.js';

/** Which of its states the element shows. */
type View = 'no-client' | 'loading' | 'error' | 'upgrade' | 'ready';

/** What the first load learns besides the members: who is looking, and the roles. */
type Access = { kind: 'access'; viewer: Viewer; roles: Role[] } | PlanLimit;

/** How close to the end of a virtualized list the next page starts loading, in rows. */
const PREFETCH_ROWS = 20;

/**
 * Lists the organization's members with server-side search (debounced; a stale request is
 * aborted) and cursor paging; beyond `virtualize-threshold` matches the list renders only the
 * rows in view and loads further pages as it scrolls. Viewers with `members:manage` invite
 * people (typed, pasted lists or CSV `email,role`, with a preview and per-row results), change
 * roles and remove members — both shown at once and rolled back, with an announced error, if the
 * client fails — and resend or revoke pending invitations. The last owner cannot be demoted or
 * removed and the viewer cannot remove themselves here; the rows say why. Other viewers see a
 * read-only list. Controls whose client method is missing are not shown.
 *
 * Keyboard: the list is one Tab stop; Up/Down, Home/End and PageUp/PageDown move between
 * members (also in a virtualized list), and Tab reaches the focused member's controls.
 *
 * @summary Members, roles and invitations of an organization, from three people to many thousands.
 *
 * @slot heading - Replaces the "Members" heading.
 * @slot upgrade - Replaces the Upgrade button shown when the plan does not include organizations.
 *
 * @csspart base - The element's root.
 * @csspart toolbar - The search field and the Invite button.
 * @csspart search - The search field.
 * @csspart invite-button - The Invite members button.
 * @csspart list - The members list (the scroller, when virtualized).
 * @csspart row - One member.
 * @csspart avatar - A member's picture or initials.
 * @csspart role-select - A member's role select.
 * @csspart remove-button - A member's Remove button.
 * @csspart load-more - The Load more members button.
 * @csspart empty - The "just you" call to invite, or the "no members match" message of a search.
 * @csspart notice - The read-only explanation for viewers who cannot manage members.
 * @csspart invitations - The pending invitations section.
 * @csspart invitation - One pending invitation.
 * @csspart upgrade - The message shown when the plan does not include organizations.
 *
 * @cssproperty --so-org-members-list-height - The height of the virtualized list's scroller (default 30rem).
 * @cssproperty --so-org-members-avatar-size - The avatar's size (default 2.25rem).
 * @cssproperty --so-org-members-avatar-saturation - The saturation of initials avatars' colours (default 45% light, 55% dark).
 * @cssproperty --so-org-members-row-active - The background of the focused row (default `--so-color-surface-raised`).
 * @cssproperty --so-org-members-dialog-width - The invite dialog's width (default 40rem).
 * @cssproperty --so-org-members-upgrade-accent - The border of the upgrade message (default `--so-color-brand`).
 *
 * @fires {CustomEvent<SoMemberInvitedDetail>} so-member-invited - Invitations were sent; one result per address.
 * @fires {CustomEvent<SoMemberRoleChangedDetail>} so-member-role-changed - A member's role was changed.
 * @fires {CustomEvent<SoMemberRemoveRequestDetail>} so-member-remove-request - Cancelable: the user confirmed removing a member; `preventDefault()` keeps them.
 * @fires {CustomEvent<SoMemberRemovedDetail>} so-member-removed - A member was removed.
 * @fires {CustomEvent<SoInvitationDetail>} so-invitation-resent - An invitation was sent again.
 * @fires {CustomEvent<SoInvitationDetail>} so-invitation-revoked - An invitation was revoked.
 * @fires {CustomEvent<SoUpgradeRequestDetail>} so-upgrade-request - The plan does not include organizations: when the message shows, when the user presses Upgrade, and when sending invitations is refused for it.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - Cancelable: a change needs the user to sign in again; `retry()` repeats it.
 */
@customElement('so-org-members')
export class SoOrgMembers extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, stateStyles, styles];
  static override messages = [orgMembersMessages];

  private readonly clients = new ClientController(this);
  private readonly mutations = new MutationController(this, this.clients);
  private readonly access = new ClientTask<Access>(this, this.clients, this.localize, {
    operation: 'listRoles',
    load: async (client, signal) => {
      try {
        const [viewer, roles] = await Promise.all([loadViewer(client, signal), client.listRoles({ signal })]);
        return { kind: 'access', viewer, roles };
      } catch (error) {
        const plan = await checkPlan(client, error, signal);
        if (plan) return plan;
        throw error;
      }
    },
  });
  private readonly directory = new MemberDirectory(this, this.clients, this.mutations, this.localize, {
    search: () => this.search.trim(),
    pageSize: () => settingInUse('pageSize', this.pageSize),
  });
  private readonly invitations = new InvitationBook(this, this.clients, this.mutations, this.localize);
  private readonly rowFocus = new RowFocus(this, {
    list: () => this.listElement,
    count: () => this.directory.items.length,
    virtualized: () => this.virtualized,
  });

  /** The account client (JS property only); else the nearest `<so-account-provider>`, else the default. */
  @property({ attribute: false }) client?: AccountClient;
  /** The search query; typing in the search field sets it after `search-delay` ms. */
  @property() search = '';
  /** Members per request, 1 to 200. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULTS.pageSize;
  /** When more members than this match, the list is virtualized: a fixed-height scroller that renders only the rows in view and loads further pages as it scrolls. */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = DEFAULTS.virtualizeThreshold;
  /** How long typing must pause before the search runs, in ms. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = DEFAULTS.searchDelay;
  /** The most addresses one invitation request may send; a longer list is explained, never cut silently. */
  @property({ type: Number, attribute: 'max-invites' }) maxInvites = DEFAULTS.maxInvites;
  /** The role id preselected in the invite dialog; by default `member`, else the first role that is not an owner role. */
  @property({ attribute: 'default-role' }) defaultRole = '';

  /** What the search field holds, ahead of the debounced `search`. */
  @state() private searchText = '';
  /** A failed change, shown until dismissed or replaced. */
  @state() private failure = '';
  #virtualizing = false;
  /** Resolves the wait for a new virtualizer's first rendered range. */
  #rendered?: () => void;
  /** The invite dialog's module has loaded: it is imported when first opened. */
  @state() private inviteDialogLoaded = false;
  @state() private memberToRemove?: Member;
  @state() private invitationToRevoke?: Invitation;
  /** What the invite dialog checks addresses against, taken when it opens and after each send. */
  @state() private inviteEmails = { members: new Set<string>(), invited: new Set<string>() };

  @query('[part~="list"]') private listElement?: HTMLElement;
  @query('so-invite-dialog') private inviteDialog?: SoInviteDialog;
  @query('#remove-dialog') private removeDialog?: SoConfirmDialog;
  @query('#revoke-dialog') private revokeDialog?: SoConfirmDialog;
  @query('#status') private statusAnnouncer?: SoStatusAnnouncer;
  @query('#alert') private alertAnnouncer?: SoStatusAnnouncer;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  #upgradeShown?: PlanLimit;
  #warnedRole = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const numeric = (['pageSize', 'virtualizeThreshold', 'searchDelay', 'maxInvites'] as const).filter((name) => changed.has(name));
    warnAboutSettings(this as NumericSettings, new Set(numeric));
    this.warnAboutDefaultRole();
    if (changed.has('search') && this.search.trim() !== this.searchText.trim()) this.searchText = this.search;
  }

  protected override updated(): void {
    // After the controllers' hostUpdate, so the states match what was just rendered.
    const view = this.view;
    for (const name of ['loading', 'error', 'upgrade', 'ready'] as const) this.toggleState(name, view === name);
    this.toggleState('empty', view === 'ready' && this.isJustViewer);
    this.toggleState('read-only', view === 'ready' && !this.canManage);
    this.toggleState('virtualized', view === 'ready' && this.virtualized);
    const plan = this.planLimit;
    if (plan && plan !== this.#upgradeShown) this.emit('so-upgrade-request', { feature: plan.feature, planName: plan.planName, trigger: 'shown' });
    this.#upgradeShown = plan;
    // Here rather than in willUpdate: the directory shows a page in its hostUpdate, after willUpdate.
    if (this.long && !loadedVirtualizer()) void this.virtualizeList();
  }

  /** Loads members, roles and invitations again. */
  async reload(): Promise<void> {
    await Promise.all([this.access.reload(), this.directory.reload(), this.invitations.reload()]);
  }

  /** Opens the invite dialog, optionally with addresses filled in; does nothing for a viewer who cannot invite. */
  async showInviteDialog(emails = ''): Promise<void> {
    if (!this.canInvite) return;
    try {
      await loadInviteDialog();
    } catch {
      this.failure = this.localize.term('error.network');
      return;
    }
    this.inviteDialogLoaded = true;
    this.refreshInviteEmails();
    await this.updateComplete;
    await this.inviteDialog?.show(emails);
  }

  // ---------------------------------------------------------------- derived state

  private get view(): View {
    if (!this.clients.client) return 'no-client';
    if (this.planLimit) return 'upgrade';
    if (this.access.error || (!this.directory.loaded && this.directory.firstPage.error)) return 'error';
    return this.accessValue && this.directory.loaded ? 'ready' : 'loading';
  }

  private get accessValue(): Extract<Access, { kind: 'access' }> | undefined {
    const value = this.access.value;
    return value?.kind === 'access' ? value : undefined;
  }

  private get planLimit(): PlanLimit | undefined {
    const value = this.access.value;
    return value?.kind === 'plan' ? value : this.directory.planLimit;
  }

  private get canManage(): boolean {
    return hasPermission(this.accessValue?.viewer, 'members:manage');
  }

  private get canInvite(): boolean {
    return this.view === 'ready' && this.canManage && this.clients.can('inviteMembers') && (this.accessValue?.roles.length ?? 0) > 0;
  }

  /** More members match than `virtualize-threshold`: the list should be virtualized. */
  private get long(): boolean {
    return (this.directory.total ?? this.directory.items.length) > settingInUse('virtualizeThreshold', this.virtualizeThreshold);
  }

  /** The list is virtualized: it is long and the virtualizer has loaded (until then every loaded row renders). */
  private get virtualized(): boolean {
    return this.long && loadedVirtualizer() !== undefined;
  }

  /** Loads the virtualizer for a long list, then re-renders; a focused row keeps focus across the switch. */
  private async virtualizeList(): Promise<void> {
    if (this.#virtualizing) return;
    this.#virtualizing = true;
    try {
      await loadVirtualizer();
    } catch {
      devWarn('<so-org-members> could not load @lit-labs/virtualizer: the long list renders every loaded row.');
      return; // the list stays whole; the next update tries again
    } finally {
      this.#virtualizing = false;
    }
    const hadFocus = !!this.renderRoot.querySelector('#members-list:focus-within');
    // The virtualizer lays out and renders its first rows a few frames after it is created.
    const rendered = new Promise<void>((resolve) => (this.#rendered = resolve));
    this.requestUpdate();
    await this.updateComplete;
    if (!hadFocus) return;
    await rendered;
    await this.rowFocus.focusRow(this.rowFocus.activeIndex);
  }

  /** Nobody but the viewer, with no search narrowing the list: the empty state. */
  private get isJustViewer(): boolean {
    const viewerId = this.accessValue?.viewer.id;
    const { items, nextCursor, shownSearch } = this.directory;
    return shownSearch === '' && nextCursor === null && items.every((member) => member.id === viewerId);
  }

  private ownerRoleIds(): Set<string> {
    return new Set((this.accessValue?.roles ?? []).filter((role) => role.owner).map((role) => role.id));
  }

  private warnAboutDefaultRole(): void {
    const roles = this.accessValue?.roles;
    if (!roles || !this.defaultRole || this.#warnedRole === this.defaultRole || roles.some((role) => role.id === this.defaultRole)) return;
    this.#warnedRole = this.defaultRole;
    devWarn(`<so-org-members> default-role "${this.defaultRole}" is not one of the roles listRoles() returned (${roles.map((role) => role.id).join(', ')}).`);
  }

  // ---------------------------------------------------------------- handlers

  private handleSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    const delay = settingInUse('searchDelay', this.searchDelay);
    // Clearing the field shows everyone at once; typing waits for a pause.
    if (this.searchText.trim() === '' || delay === 0) this.applySearch();
    else this.#searchTimer = setTimeout(() => this.applySearch(), delay);
  }

  private handleSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.applySearch();
    } else if (event.key === 'ArrowDown' && this.directory.items.length > 0) {
      event.preventDefault();
      void this.rowFocus.focusRow(this.rowFocus.activeIndex);
    }
  }

  private applySearch(): void {
    clearTimeout(this.#searchTimer);
    this.search = this.searchText;
  }

  private handleClearSearch(): void {
    this.searchText = '';
    this.applySearch();
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search"]')?.focus();
  }

  private async handleLoadMoreClick(): Promise<void> {
    const firstNew = this.directory.items.length;
    await this.directory.loadMore();
    // The button may be gone (last page): focus the first member that arrived.
    if (this.directory.items.length > firstNew) await this.rowFocus.focusRow(firstNew);
  }

  private handleRangeChanged(event: RangeChangedEvent): void {
    this.#rendered?.();
    this.#rendered = undefined;
    this.rowFocus.handleRangeChanged(event);
    const { items, nextCursor, loadingMore, moreError } = this.directory;
    if (nextCursor && !loadingMore && !moreError && event.last >= items.length - PREFETCH_ROWS) void this.directory.loadMore();
  }

  private async handleRoleChange(member: Member, select: HTMLSelectElement): Promise<void> {
    const roleId = select.value;
    const current = this.directory.items.find((candidate) => candidate.id === member.id)?.roleId ?? member.roleId;
    if (roleId === current) return;
    const change = await this.directory.changeRole(member, roleId);
    if (change.status === 'busy') {
      select.value = current;
      void this.alertAnnouncer?.announce(this.localize.term('orgMembers.roleChangeBusy', member.name));
    } else if (change.status === 'changed') {
      this.emit('so-member-role-changed', { memberId: member.id, roleId, previousRoleId: change.previousRoleId });
      const role = roleName(this.localize, this.accessValue?.roles ?? [], roleId);
      void this.statusAnnouncer?.announce(this.localize.term('orgMembers.roleChanged', member.name, role));
    } else {
      this.showFailure(this.localize.term('orgMembers.roleChangeFailed', member.name, errorMessage(this.localize, change.error)));
    }
  }

  private async handleRemoveClick(member: Member): Promise<void> {
    const guarded = member.id === this.accessValue?.viewer.id || member.id === this.directory.lastOwnerId(this.ownerRoleIds());
    if (guarded) return;
    this.memberToRemove = member;
    await this.updateComplete;
    if (!(await this.removeDialog?.confirm())) return;
    const request = this.emit('so-member-remove-request', { memberId: member.id, name: member.name, email: member.email }, { cancelable: true });
    if (request.defaultPrevented) return;
    const result = await this.directory.removeMember(member, (index) => this.rowFocus.focusRow(index));
    if (result.ok) {
      this.emit('so-member-removed', { memberId: member.id });
      void this.statusAnnouncer?.announce(this.localize.term('orgMembers.removed', member.name));
    } else {
      this.showFailure(this.localize.term('orgMembers.removeFailed', member.name, errorMessage(this.localize, result.error)));
    }
  }

  private async handleResend(invitation: Invitation): Promise<void> {
    const result = await this.invitations.resend(invitation);
    if (result.ok) {
      this.emit('so-invitation-resent', { invitationId: invitation.id });
      void this.statusAnnouncer?.announce(this.localize.term('orgMembers.resent', invitation.email));
    } else {
      this.showFailure(this.localize.term('orgMembers.resendFailed', invitation.email, errorMessage(this.localize, result.error)));
    }
  }

  private async handleRevoke(invitation: Invitation): Promise<void> {
    this.invitationToRevoke = invitation;
    await this.updateComplete;
    if (!(await this.revokeDialog?.confirm())) return;
    const result = this.invitations.revoke(invitation);
    // Its Revoke button is gone with it: keep focus in the section.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#invitations-heading')?.focus();
    const outcome = await result;
    if (outcome.ok) {
      this.emit('so-invitation-revoked', { invitationId: invitation.id });
      void this.statusAnnouncer?.announce(this.localize.term('orgMembers.revoked', invitation.email));
    } else {
      this.showFailure(this.localize.term('orgMembers.revokeFailed', invitation.email, errorMessage(this.localize, outcome.error)));
    }
  }

  /** Starts loading the invite dialog when the pointer or focus reaches Invite, so it opens without a wait. */
  private readonly preloadInviteDialog = (): void => void loadInviteDialog().catch(() => undefined);

  /** Sends the invite dialog's rows, once per intent; tells the host and updates the invitations. */
  private readonly sendInvites = async (rows: InviteRow[]): Promise<InviteSendResult> => {
    const intent = `invite:${rows.map((row) => `${row.email.toLowerCase()}|${row.roleId}`).join(',')}`;
    const result = await this.mutations.run(intent, 'inviteMembers', (client, options) => client.inviteMembers!(rows, options));
    if (!result.ok) {
      const client = this.clients.client;
      const plan = client ? await checkPlan(client, result.error) : null;
      if (!plan) return { ok: false, error: result.error };
      this.emit('so-upgrade-request', { feature: plan.feature, planName: plan.planName, trigger: 'invite' });
      return { ok: false, error: result.error, planName: plan.planName };
    }
    const results = result.value;
    this.invitations.addInvited(results);
    this.refreshInviteEmails();
    this.emit('so-member-invited', {
      results: results.map((row, index) => ({
        email: row.email,
        status: row.status,
        roleId: row.invitation?.roleId ?? rows[index]?.roleId ?? '',
        ...(row.invitation ? { invitationId: row.invitation.id } : {}),
      })),
    });
    const invited = results.filter((row) => row.status === 'invited').length;
    void this.statusAnnouncer?.announce(this.localize.term('orgMembers.invitedCount', invited));
    return { ok: true, results };
  };

  private handleUpgradeClick(): void {
    const plan = this.planLimit;
    if (plan) this.emit('so-upgrade-request', { feature: plan.feature, planName: plan.planName, trigger: 'button' });
  }

  private refreshInviteEmails(): void {
    this.inviteEmails = {
      members: new Set(this.directory.items.map((member) => member.email.toLowerCase())),
      invited: this.invitations.pendingEmails(),
    };
  }

  private showFailure(message: string): void {
    this.failure = message;
    void this.alertAnnouncer?.announce(message);
  }

  // ---------------------------------------------------------------- rendering

  override render() {
    const view = this.view;
    const { directory } = this;
    return html`<section class="base" part="base" aria-labelledby="heading" aria-busy=${view === 'loading' ? 'true' : 'false'}>
        <header class="header">
          <h2 id="heading" class="heading"><slot name="heading">${this.localize.term('orgMembers.heading')}</slot></h2>
          ${view === 'ready' && !directory.firstPage.error && directory.shownSearch === '' && directory.total !== undefined
            ? html`<p class="count">${this.localize.term('orgMembers.count', directory.total)}</p>`
            : nothing}
        </header>
        ${this.renderBody(view)}
      </section>
      <so-status-announcer id="status"></so-status-announcer>
      <so-status-announcer id="alert" assertive></so-status-announcer>`;
  }

  private renderBody(view: View): unknown {
    const { localize } = this;
    switch (view) {
      case 'no-client':
        return this.access.render({ ready: () => nothing }); // the no-client state, logged once
      case 'loading':
        return renderSkeleton(localize, 5);
      case 'error':
        return renderErrorState(localize, this.access.error ?? this.directory.firstPage.error, () => void this.reload());
      case 'upgrade':
        return renderUpgrade(localize, this.planLimit!, () => this.handleUpgradeClick());
      case 'ready':
        return this.renderReady(this.accessValue!);
    }
  }

  private renderReady({ viewer, roles }: { viewer: Viewer; roles: Role[] }): TemplateResult {
    const { localize, directory } = this;
    const manage = this.canManage;
    const invite = this.canInvite ? () => void this.showInviteDialog() : undefined;
    // Always in the DOM, so screen readers already listen when a search result arrives.
    const status = this.searchStatus();
    return html`${manage ? nothing : html`<p class="read-only" part="notice">${localize.term('orgMembers.readOnly')}</p>`}
      ${renderFailure(localize, this.failure, () => (this.failure = ''))}
      <div class="toolbar" part="toolbar">
        <input
          type="search"
          part="search"
          aria-label=${localize.term('orgMembers.searchLabel')}
          placeholder=${localize.term('orgMembers.searchPlaceholder')}
          autocomplete="off"
          spellcheck="false"
          aria-controls=${directory.items.length > 0 ? 'members-list' : nothing}
          .value=${live(this.searchText)}
          @input=${this.handleSearchInput}
          @keydown=${this.handleSearchKeydown}
        />
        ${invite
          ? html`<button
              type="button"
              class="primary"
              part="invite-button"
              @pointerenter=${this.preloadInviteDialog}
              @focus=${this.preloadInviteDialog}
              @click=${invite}
            >${localize.term('orgMembers.invite')}</button>`
          : nothing}
      </div>
      ${renderRoles(localize, roles)}
      <p class="search-status ${status ? '' : 'idle'}" role="status">${status}</p>
      ${directory.firstPage.error
        ? // A search or reload that failed after a first page: its error replaces the stale rows; the search box keeps what was typed.
          renderErrorState(localize, directory.firstPage.error, () => void this.reload())
        : this.renderMembers(viewer, roles, manage, invite)}
      ${renderInvitations({
        localize,
        roles,
        book: this.invitations,
        canResend: manage && this.clients.can('resendInvitation'),
        canRevoke: manage && this.clients.can('revokeInvitation'),
        onResend: (invitation) => void this.handleResend(invitation),
        onRevoke: (invitation) => void this.handleRevoke(invitation),
      })}
      ${this.renderDialogs(roles)}`;
  }

  private renderMembers(viewer: Viewer, roles: Role[], manage: boolean, invite: (() => void) | undefined): TemplateResult {
    const { localize, directory } = this;
    return html`${this.isJustViewer ? renderJustYou(localize, invite) : nothing}
      ${directory.items.length === 0
        ? directory.shownSearch
          ? renderNoMatch(localize, directory.shownSearch, () => this.handleClearSearch())
          : nothing
        : renderMemberList(localize, {
            rows: {
              localize,
              roles,
              viewerId: viewer.id,
              canChangeRole: manage && this.clients.can('updateMemberRole'),
              canRemove: manage && this.clients.can('removeMember'),
              lastOwnerId: directory.lastOwnerId(this.ownerRoleIds()),
              setSize: directory.total ?? (directory.nextCursor ? -1 : directory.items.length),
              isTabStop: (index) => this.rowFocus.isTabStop(index),
              onRoleChange: (member, select) => void this.handleRoleChange(member, select),
              onRemoveClick: (member) => void this.handleRemoveClick(member),
            },
            items: directory.items,
            virtualize: this.virtualized ? loadedVirtualizer()!.virtualize : undefined,
            busy: directory.searching,
            rowFocus: this.rowFocus,
            onRangeChanged: (event) => this.handleRangeChanged(event),
          })}
      ${renderFooter(localize, directory, () => void this.handleLoadMoreClick())}`;
  }

  private searchStatus(): string {
    const { directory, localize } = this;
    if (directory.searching && this.search.trim() !== directory.shownSearch) return localize.term('orgMembers.searching');
    if (!directory.shownSearch) return '';
    return localize.term('orgMembers.searchResults', directory.total ?? directory.items.length, directory.shownSearch);
  }

  private renderDialogs(roles: Role[]): TemplateResult {
    const { localize } = this;
    const member = this.memberToRemove;
    const invitation = this.invitationToRevoke;
    return html`<so-confirm-dialog
        id="remove-dialog"
        variant="danger"
        heading=${member ? localize.term('orgMembers.removeHeading', member.name) : ''}
        confirm-label=${localize.term('orgMembers.removeConfirm')}
      >
        ${member ? localize.term('orgMembers.removeBody', member.name, member.email) : ''}
      </so-confirm-dialog>
      <so-confirm-dialog
        id="revoke-dialog"
        variant="danger"
        heading=${invitation ? localize.term('orgMembers.revokeHeading', invitation.email) : ''}
        confirm-label=${localize.term('orgMembers.revokeConfirm')}
      >
        ${localize.term('orgMembers.revokeBody')}
      </so-confirm-dialog>
      ${this.canInvite && this.inviteDialogLoaded
        ? html`<so-invite-dialog
            .roles=${roles}
            default-role=${inviteRole(roles, this.defaultRole)}
            max-invites=${settingInUse('maxInvites', this.maxInvites)}
            .memberEmails=${this.inviteEmails.members}
            .invitedEmails=${this.inviteEmails.invited}
            .send=${this.sendInvites}
          ></so-invite-dialog>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-org-members': SoOrgMembers;
  }
  interface GlobalEventHandlersEventMap {
    'so-member-invited': CustomEvent<SoMemberInvitedDetail>;
    'so-member-role-changed': CustomEvent<SoMemberRoleChangedDetail>;
    'so-member-remove-request': CustomEvent<SoMemberRemoveRequestDetail>;
    'so-member-removed': CustomEvent<SoMemberRemovedDetail>;
    'so-invitation-resent': CustomEvent<SoInvitationDetail>;
    'so-invitation-revoked': CustomEvent<SoInvitationDetail>;
    'so-upgrade-request': CustomEvent<SoUpgradeRequestDetail>;
  }
}
