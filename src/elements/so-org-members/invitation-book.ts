import type { ReactiveController } from 'lit';
import type { AccountApiError } from '../../client/errors.js';
import { isAccountApiError } from '../../client/errors.js';
import type { Invitation, InviteResult } from '../../client/types.js';
import type { ClientController, ClientHost } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import type { MutationController, MutationResult } from '../../internal/controllers/mutation-controller.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { isExpired } from './invitations-view.js';

/**
 * The pending invitations of `<so-org-members>`: loaded once, then kept up to date by this
 * element's own changes (new invitations, resends, revocations) without reloading.
 */
export class InvitationBook implements ReactiveController {
  /** Loads the invitations; `null` when the server won't show them to this viewer. */
  readonly task: ClientTask<Invitation[] | null>;
  /** The invitations shown, with this element's changes applied; `null` while loading or hidden. */
  items: Invitation[] | null = null;

  private source?: Invitation[] | null;

  constructor(
    private readonly host: ClientHost,
    clients: ClientController,
    private readonly mutations: MutationController,
    localize: LocalizeController,
  ) {
    this.task = new ClientTask<Invitation[] | null>(host, clients, localize, {
      operation: 'listInvitations',
      load: async (client, signal) => {
        try {
          return await client.listInvitations({ signal });
        } catch (error) {
          // A viewer the server won't show invitations to simply doesn't see the section.
          if (isAccountApiError(error, 'forbidden')) return null;
          throw error;
        }
      },
    });
    host.addController(this);
  }

  hostUpdate(): void {
    const value = this.task.value;
    if (value !== this.source) {
      this.source = value;
      if (value !== undefined) this.items = value === null ? null : [...value];
    }
  }

  /** Whether the section is hidden: the server won't show invitations to this viewer. */
  get hidden(): boolean {
    return this.task.value === null && !this.task.pending;
  }

  /** Why loading failed, if it did. */
  get error(): AccountApiError | undefined {
    return this.task.error;
  }

  /** Lower-cased emails of the invitations still pending, for the invite dialog's checks. */
  pendingEmails(): Set<string> {
    return new Set((this.items ?? []).filter((invitation) => !isExpired(invitation)).map((invitation) => invitation.email.toLowerCase()));
  }

  /** Adds what an invite created; reloads when the client did not return the invitations. */
  addInvited(results: InviteResult[]): void {
    const invited = results.filter((row) => row.status === 'invited');
    const created = invited.flatMap((row) => (row.invitation ? [row.invitation] : []));
    const ids = new Set(created.map((invitation) => invitation.id));
    this.items = [...(this.items ?? []).filter((invitation) => !ids.has(invitation.id)), ...created];
    this.host.requestUpdate();
    if (created.length < invited.length) void this.reload();
  }

  /** Sends an invitation again and shows its new dates. */
  async resend(invitation: Invitation): Promise<MutationResult<Invitation>> {
    const result = await this.mutations.run(`resend:${invitation.id}`, 'resendInvitation', (client, options) =>
      client.resendInvitation!(invitation.id, options),
    );
    if (result.ok) {
      this.items = (this.items ?? []).map((candidate) => (candidate.id === invitation.id ? result.value : candidate));
      this.host.requestUpdate();
    }
    return result;
  }

  /** Whether a resend of `invitation` is in flight. */
  resending(invitation: Invitation): boolean {
    return this.mutations.busy(`resend:${invitation.id}`);
  }

  /** Takes an invitation off at once and revokes it; a failure puts it back where it was. */
  async revoke(invitation: Invitation): Promise<MutationResult<void>> {
    const index = (this.items ?? []).findIndex((candidate) => candidate.id === invitation.id);
    this.items = (this.items ?? []).filter((candidate) => candidate.id !== invitation.id);
    this.host.requestUpdate();
    const result = await this.mutations.run(`revoke:${invitation.id}`, 'revokeInvitation', (client, options) =>
      client.revokeInvitation!(invitation.id, options),
    );
    if (!result.ok && index >= 0) {
      const items = this.items ?? [];
      this.items = [...items.slice(0, index), invitation, ...items.slice(index)];
      this.host.requestUpdate();
    }
    return result;
  }

  /** Loads the invitations again. */
  reload(): Promise<void> {
    return this.task.reload();
  }
}
