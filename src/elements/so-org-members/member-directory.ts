import { TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { AccountApiError } from '../../client/errors.js';
import type { AccountClient, Member, MemberPage } from '../../client/types.js';
import type { ClientController, ClientHost } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import type { MutationController, MutationResult } from '../../internal/controllers/mutation-controller.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { reportError, reportSuccess } from '../../internal/report-error.js';
import { checkPlan, type PlanLimit } from './plan.js';

/** The first page of a search, or the plan that does not include organizations. */
export type FirstPage = { kind: 'members'; page: MemberPage; search: string } | PlanLimit;

/** How a role change ended; a failed one has been rolled back. */
export type RoleChange =
  | { status: 'changed'; previousRoleId: string }
  | { status: 'failed'; previousRoleId: string; error: AccountApiError }
  /** A change of this member's role is still in flight; nothing was done. */
  | { status: 'busy' };

/** What the directory needs from its element. */
export interface MemberDirectoryOptions {
  /** The (debounced) search query: a new one loads a new first page and aborts the old request. */
  search: () => string;
  /** Members per request. */
  pageSize: () => number;
}

/**
 * The members list of `<so-org-members>`: server-side search, cursor paging (pages appended in
 * order), role changes and removals shown at once and rolled back if the client fails, and what
 * is known about owners across every page seen, for the last-owner rule.
 */
export class MemberDirectory implements ReactiveController {
  /** Loads the first page of the current search; a changed search aborts the stale request. */
  readonly firstPage: ClientTask<FirstPage>;
  /** Members loaded so far, in server order, with optimistic edits applied. */
  items: Member[] = [];
  /** Where the next page starts; `null` when every match is loaded. */
  nextCursor: string | null = null;
  /** How many members match the search, when the server says. */
  total: number | undefined;
  /** Whether a further page is loading. */
  loadingMore = false;
  /** Why the last further page failed; cleared by the next attempt. */
  moreError: AccountApiError | undefined;

  private shown?: Extract<FirstPage, { kind: 'members' }>;
  private client?: AccountClient;
  private more?: AbortController;
  // Every member seen on any page of any search → their role, for the last-owner rule.
  private readonly roleOf = new Map<string, string>();
  // Whether an unfiltered listing has been loaded to its end, so `roleOf` holds every member.
  private complete = false;
  private readonly roleChanging = new Set<string>();

  constructor(
    private readonly host: ClientHost,
    private readonly clients: ClientController,
    private readonly mutations: MutationController,
    localize: LocalizeController,
    private readonly options: MemberDirectoryOptions,
  ) {
    this.firstPage = new ClientTask<FirstPage>(host, clients, localize, {
      operation: 'listMembers',
      args: () => [options.search(), options.pageSize()],
      load: async (client, signal, [search, limit]) => {
        try {
          const page = await client.listMembers({ limit: limit as number, ...(search ? { search: search as string } : {}) }, { signal });
          return { kind: 'members', page, search: search as string };
        } catch (error) {
          const plan = await checkPlan(client, error, signal);
          if (plan) return plan;
          throw error;
        }
      },
    });
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.clients.client !== this.client) {
      this.client = this.clients.client;
      this.forget();
    }
    const value = this.firstPage.value;
    if (value?.kind === 'members' && value !== this.shown) this.show(value);
  }

  hostDisconnected(): void {
    this.more?.abort();
  }

  /** Whether a first page has been shown (the list exists, even while a new search loads). */
  get loaded(): boolean {
    return this.shown !== undefined;
  }

  /** The search whose results are shown. */
  get shownSearch(): string {
    return this.shown?.search ?? '';
  }

  /** Whether a new search (or a reload) is loading while older results stay on screen. */
  get searching(): boolean {
    return this.firstPage.task.status === TaskStatus.PENDING;
  }

  /** The plan limit found while loading, if the plan does not include organizations. */
  get planLimit(): PlanLimit | undefined {
    const value = this.firstPage.value;
    return value?.kind === 'plan' ? value : undefined;
  }

  /** Loads the next page and appends it; does nothing while one loads or when none is left. */
  async loadMore(): Promise<void> {
    const client = this.clients.client;
    const cursor = this.nextCursor;
    if (!client || !cursor || this.loadingMore || !this.shown) return;
    const shown = this.shown;
    const controller = new AbortController();
    this.more = controller;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const search = shown.search;
      const page = await client.listMembers(
        { cursor, limit: this.options.pageSize(), ...(search ? { search } : {}) },
        { signal: controller.signal },
      );
      reportSuccess(client);
      if (shown !== this.shown) return;
      // A member who moved between pages (someone was added meanwhile) is listed once.
      const known = new Set(this.items.map((member) => member.id));
      this.items = [...this.items, ...page.items.filter((member) => !known.has(member.id))];
      this.nextCursor = page.nextCursor;
      this.total = page.total ?? this.total;
      this.remember(page.items, search === '' && page.nextCursor === null);
    } catch (error) {
      const reported = reportError(this.host, 'listMembers', error, client);
      if (shown === this.shown && reported.code !== 'aborted') this.moreError = reported;
    } finally {
      if (this.more === controller) {
        this.more = undefined;
        this.loadingMore = false;
      }
      this.host.requestUpdate();
    }
  }

  /**
   * Shows `roleId` for a member at once and asks the client; a failure rolls the role back.
   * One change per member at a time: another while one is in flight answers `busy`.
   */
  async changeRole(member: Member, roleId: string): Promise<RoleChange> {
    if (this.roleChanging.has(member.id)) return { status: 'busy' };
    this.roleChanging.add(member.id);
    const previousRoleId = this.setRole(member.id, roleId) ?? member.roleId;
    const result = await this.mutations.run(`role:${member.id}:${roleId}`, 'updateMemberRole', (client, options) =>
      client.updateMemberRole!(member.id, roleId, options),
    );
    this.roleChanging.delete(member.id);
    if (result.ok) return { status: 'changed', previousRoleId };
    this.setRole(member.id, previousRoleId);
    return { status: 'failed', previousRoleId, error: result.error };
  }

  /**
   * Takes a member off the list at once, lets `removed` react (move focus), then asks the
   * client; a failure puts the member back where they were.
   */
  async removeMember(member: Member, removed: (index: number) => Promise<void> | void): Promise<MutationResult<void>> {
    const removal = this.remove(member.id);
    if (removal) await removed(removal.index);
    const result = await this.mutations.run(`remove:${member.id}`, 'removeMember', (client, options) => client.removeMember!(member.id, options));
    if (!result.ok && removal) this.restore(removal);
    return result;
  }

  /**
   * The id of the organization's only owner, when that is certain: every member has been seen
   * and exactly one holds an owner role. Otherwise `null` (the server still enforces the rule).
   */
  lastOwnerId(ownerRoleIds: ReadonlySet<string>): string | null {
    let owner: string | null = null;
    for (const [id, roleId] of this.roleOf) {
      if (!ownerRoleIds.has(roleId)) continue;
      if (owner !== null) return null;
      owner = id;
    }
    return this.complete ? owner : null;
  }

  /** Loads the current search again from its first page. */
  reload(): Promise<void> {
    return this.firstPage.reload();
  }

  private setRole(memberId: string, roleId: string): string | undefined {
    const previous = this.items.find((member) => member.id === memberId)?.roleId ?? this.roleOf.get(memberId);
    this.items = this.items.map((member) => (member.id === memberId ? { ...member, roleId } : member));
    if (this.roleOf.has(memberId)) this.roleOf.set(memberId, roleId);
    this.host.requestUpdate();
    return previous;
  }

  private remove(memberId: string): { member: Member; index: number } | undefined {
    const index = this.items.findIndex((member) => member.id === memberId);
    if (index < 0) return undefined;
    const member = this.items[index]!;
    this.items = this.items.filter((_, position) => position !== index);
    this.roleOf.delete(memberId);
    if (this.total !== undefined) this.total -= 1;
    this.host.requestUpdate();
    return { member, index };
  }

  private restore({ member, index }: { member: Member; index: number }): void {
    if (this.items.some((candidate) => candidate.id === member.id)) return;
    this.items = [...this.items.slice(0, index), member, ...this.items.slice(index)];
    this.roleOf.set(member.id, member.roleId);
    if (this.total !== undefined) this.total += 1;
    this.host.requestUpdate();
  }

  private show(value: Extract<FirstPage, { kind: 'members' }>): void {
    this.more?.abort();
    this.more = undefined;
    this.loadingMore = false;
    this.moreError = undefined;
    this.shown = value;
    this.items = [...value.page.items];
    this.nextCursor = value.page.nextCursor;
    this.total = value.page.total;
    // An unfiltered listing from its first page replaces what was known; a search adds to it.
    if (value.search === '') {
      this.roleOf.clear();
      this.complete = false;
    }
    this.remember(value.page.items, value.search === '' && value.page.nextCursor === null);
  }

  private remember(members: Member[], reachedEnd: boolean): void {
    for (const member of members) this.roleOf.set(member.id, member.roleId);
    if (reachedEnd) this.complete = true;
  }

  private forget(): void {
    this.more?.abort();
    this.shown = undefined;
    this.items = [];
    this.nextCursor = null;
    this.total = undefined;
    this.roleOf.clear();
    this.complete = false;
  }
}
