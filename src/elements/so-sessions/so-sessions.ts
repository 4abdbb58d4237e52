import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { toAccountApiError } from '../../client/errors.js';
import type { AccountClient, RequestOptions, Session } from '../../client/types.js';
import { ClientController } from '../../internal/controllers/client-controller.js';
import { ClientTask } from '../../internal/controllers/client-task.js';
import { MutationController } from '../../internal/controllers/mutation-controller.js';
import { devWarn } from '../../internal/dev-mode.js';
import '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import '../../internal/parts/so-relative-time/so-relative-time.js';
import '../../internal/parts/so-status-announcer/so-status-announcer.js';
import type { SoStatusAnnouncer } from '../../internal/parts/so-status-announcer/so-status-announcer.js';
import { errorMessage, renderFailure } from '../../internal/parts/states.js';
import { customElement, SoElement } from '../../internal/so-element.js';
import { controlStyles } from '../../internal/styles/controls.js';
import { sectionStyles } from '../../internal/styles/section.js';
import { stateStyles } from '../../internal/styles/states.js';
import { styles } from './so-sessions.styles.js';
import { sessionsMessages } from '../../internal/localize/messages/sessions.js';

/** Detail of `so-session-revoke-request` and `so-session-revoked`. */
export interface SoSessionDetail {
  /** The session's id. */
  sessionId: string;
}

/** Detail of `so-other-sessions-revoke-request` and `so-other-sessions-revoked`. */
export interface SoOtherSessionsDetail {
  /** The ids of the sessions signed out (or, for the request, to be signed out). */
  sessionIds: string[];
}

const OTHERS = 'revoke-others';

/** The current session first, then the most recently active. */
function ordered(sessions: readonly Session[]): Session[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current) || Date.parse(b.lastActiveAt) - Date.parse(a.lastActiveAt));
}

/**
 * Lists the places the viewer is signed in — device and browser, location when known, last
 * active as a relative time that keeps itself current — with "This device" on the current one.
 * Each other session has Sign out (`revokeSession`); "Sign out of all other sessions" confirms in
 * a modal dialog first and leaves this device signed in. The current session has no Sign out:
 * signing out here is the host's job. Each sign-out fires a cancelable request event first, runs
 * once however often it is clicked, moves focus to the next control when its row goes, and is
 * announced; a failure keeps the row and says why.
 *
 * @summary The viewer's signed-in devices, with sign-out of one or of all the others.
 *
 * @slot heading - Replaces the "Active sessions" heading.
 *
 * @csspart base - The element's root.
 * @csspart session - One session's row; `data-current` marks this device.
 * @csspart device - A session's device and browser.
 * @csspart current-badge - The "This device" badge.
 * @csspart revoke-button - A session's Sign out button.
 * @csspart revoke-others-button - The "Sign out of all other sessions" button.
 * @csspart failure - Why the last sign-out failed.
 * @csspart empty - The text shown when there are no sessions.
 *
 * @cssproperty --so-sessions-background - The list's background (default `--so-color-surface`).
 * @cssproperty --so-sessions-radius - The list's corner radius (default `--so-radius-large`).
 * @cssproperty --so-sessions-badge - The "This device" badge's colour (default `--so-color-success`).
 *
 * @fires {CustomEvent<SoSessionDetail>} so-session-revoke-request - Before signing out one session. Cancelable: `preventDefault()` vetoes it.
 * @fires {CustomEvent<SoSessionDetail>} so-session-revoked - A session was signed out.
 * @fires {CustomEvent<SoOtherSessionsDetail>} so-other-sessions-revoke-request - Before signing out every other session. Cancelable.
 * @fires {CustomEvent<SoOtherSessionsDetail>} so-other-sessions-revoked - Every other session was signed out.
 * @fires {CustomEvent<SoErrorDetail>} so-error - A client call failed; `{ operation, error }`.
 * @fires {CustomEvent<SoAuthExpiredDetail>} so-auth-expired - The client answered `unauthorized`.
 * @fires {CustomEvent<SoReauthRequiredDetail>} so-reauth-required - A sign-out needs the user to confirm their identity; call `detail.retry()` afterwards. Cancelable.
 */
@customElement('so-sessions')
export class SoSessions extends SoElement {
  static override styles = [...SoElement.styles, controlStyles, sectionStyles, stateStyles, styles];
  static override messages = [sessionsMessages];

  private readonly clients = new ClientController(this);
  private readonly data = new ClientTask<Session[]>(this, this.clients, this.localize, {
    operation: 'listSessions',
    load: async (client, signal) => {
      const sessions = await client.listSessions({ signal });
      this.signedOut = new Set();
      return sessions;
    },
    isEmpty: (sessions) => sessions.length === 0,
  });
  private readonly mutations = new MutationController(this, this.clients);

  /** The account client; else the nearest `<so-account-provider>`'s, else the default. JS property only. */
  @property({ attribute: false }) client?: AccountClient;
  /** The level of the heading, 2–6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Sessions signed out since the list loaded. */
  @state() private signedOut = new Set<string>();
  /** Why the last sign-out of one session failed. */
  @state() private failure = '';
  /** Why the last "sign out of all other sessions" failed, shown in its dialog. */
  @state() private othersFailure = '';

  @query('so-confirm-dialog') private othersDialog!: SoConfirmDialog;
  @query('so-status-announcer') private announcer!: SoStatusAnnouncer;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !this.validHeadingLevel) devWarn(`<so-sessions> heading-level="${this.headingLevel}" is not 2–6; using 2.`);
  }

  /** Loads the sessions again. */
  async reload(): Promise<void> {
    await this.data.reload();
  }

  private get validHeadingLevel(): boolean {
    return Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6;
  }

  /** The loaded sessions still signed in, in display order. */
  private get sessions(): Session[] {
    return ordered((this.data.value ?? []).filter((session) => !this.signedOut.has(session.id)));
  }

  private get others(): Session[] {
    return this.sessions.filter((session) => !session.current);
  }

  private markSignedOut(id: string): void {
    this.signedOut = new Set([...this.signedOut, id]);
  }

  private async handleRevoke(session: Session): Promise<void> {
    const intent = `revoke:${session.id}`;
    if (this.mutations.busy(intent)) return;
    if (this.emit('so-session-revoke-request', { sessionId: session.id }, { cancelable: true }).defaultPrevented) return;
    this.failure = '';
    // The row goes on success: the control that follows it (or the list's heading) takes focus.
    const after = this.focusTargetAfter(session);
    const result = await this.mutations.run(intent, 'revokeSession', async (client, options) => {
      await this.revokeOne(client, session.id, options);
      this.markSignedOut(session.id);
      this.emit('so-session-revoked', { sessionId: session.id });
      await this.updateComplete;
      this.focusAfter(after);
      void this.announcer.announce(this.localize.term('sessions.revoked', session.device));
    });
    if (!result.ok && result.error.code !== 'aborted') {
      this.failure = this.localize.term('sessions.revokeFailed', session.device, errorMessage(this.localize, result.error));
    }
  }

  private async handleOthersConfirm(event: Event): Promise<void> {
    event.preventDefault(); // the dialog stays open while the calls run, and keeps an error
    if (this.mutations.busy(OTHERS)) return;
    const dialog = this.othersDialog;
    const sessionIds = this.others.map((session) => session.id);
    if (this.emit('so-other-sessions-revoke-request', { sessionIds }, { cancelable: true }).defaultPrevented) {
      void dialog.hide();
      return;
    }
    this.othersFailure = '';
    dialog.busy = true;
    const result = await this.mutations.run(OTHERS, 'revokeSession', async (client, options) => {
      // One key per session, derived from the intent's: a retry signs out only what is left, once.
      for (const session of this.others) {
        await this.revokeOne(client, session.id, { idempotencyKey: `${options.idempotencyKey}:${session.id}` });
        this.markSignedOut(session.id);
      }
      dialog.busy = false;
      await dialog.hide();
      // The button that opened the dialog is gone with the sessions: the list's heading takes focus.
      await this.updateComplete;
      this.focusAfter(null);
      this.emit('so-other-sessions-revoked', { sessionIds });
      void this.announcer.announce(this.localize.term('sessions.revokedOthers', sessionIds.length));
    });
    dialog.busy = false;
    if (!result.ok && result.error.code !== 'aborted') {
      this.othersFailure = this.localize.term('sessions.revokeOthersFailed', errorMessage(this.localize, result.error));
    }
  }

  /** Signs out one session; one already gone (`not_found`) counts as signed out. */
  private async revokeOne(client: AccountClient, id: string, options: RequestOptions): Promise<void> {
    try {
      await client.revokeSession(id, options);
    } catch (error) {
      if (toAccountApiError(error).code !== 'not_found') throw error;
    }
  }

  private focusTargetAfter(session: Session): string | null {
    const others = this.others;
    const next = others[others.indexOf(session) + 1] ?? others[others.indexOf(session) - 1];
    return next ? next.id : null;
  }

  private focusAfter(sessionId: string | null): void {
    const selector = sessionId ? `[data-session-id="${CSS.escape(sessionId)}"] [part="revoke-button"]` : '.heading';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render() {
    const level = this.validHeadingLevel ? this.headingLevel : 2;
    return html`<section part="base" class="sessions" aria-labelledby="heading" aria-busy=${this.data.pending ? 'true' : 'false'}>
      <so-status-announcer></so-status-announcer>
      <div class="header">
        <div id="heading" class="heading" role="heading" aria-level=${level} tabindex="-1">
          <slot name="heading">${this.localize.term('sessions.label')}</slot>
        </div>
        <p class="description">${this.localize.term('sessions.description')}</p>
      </div>
      ${renderFailure(this.localize, this.failure, () => (this.failure = ''))}
      ${this.data.render({
        ready: () => this.renderReady(),
        empty: () => html`<p class="state-empty" part="empty">${this.localize.term('sessions.empty')}</p>`,
      })}
    </section>`;
  }

  private renderReady(): TemplateResult {
    const others = this.others;
    return html`<ul class="list" role="list">
        ${repeat(this.sessions, (session) => session.id, (session) => this.renderSession(session))}
      </ul>
      ${others.length > 0 && this.clients.can('revokeSession')
        ? html`<div class="footer">
              <button type="button" class="danger-outline" part="revoke-others-button" @click=${() => void this.othersDialog.show()}>
                ${this.localize.term('sessions.revokeOthers')}
              </button>
            </div>
            <so-confirm-dialog
              variant="danger"
              heading=${this.localize.term('sessions.revokeOthersHeading')}
              confirm-label=${this.localize.term('sessions.revokeOthersConfirm')}
              @so-confirm=${this.handleOthersConfirm}
              @so-cancel=${() => (this.othersFailure = '')}
            >
              <p>${this.localize.term('sessions.revokeOthersBody', others.length)}</p>
              ${this.othersFailure ? html`<p class="dialog-error" role="alert">${this.othersFailure}</p>` : nothing}
            </so-confirm-dialog>`
        : nothing}`;
  }

  private renderSession(session: Session): TemplateResult {
    const { localize } = this;
    const busy = this.mutations.busy(`revoke:${session.id}`) || this.mutations.busy(OTHERS);
    return html`<li class="session" part="session" data-session-id=${session.id} ?data-current=${session.current}>
      <div class="summary">
        <span class="device" part="device">${session.device}</span>
        ${session.current ? html`<span class="badge" part="current-badge">${localize.term('sessions.thisDevice')}</span>` : nothing}
      </div>
      <dl class="facts">
        ${session.location ? html`<div><dt>${localize.term('sessions.location')}</dt><dd>${session.location}</dd></div>` : nothing}
        <div>
          <dt>${localize.term('sessions.lastActive')}</dt>
          <dd>${session.current ? localize.term('sessions.activeNow') : html`<so-relative-time date=${session.lastActiveAt}></so-relative-time>`}</dd>
        </div>
      </dl>
      ${!session.current && this.clients.can('revokeSession')
        ? html`<button
            type="button"
            part="revoke-button"
            aria-label=${localize.term('sessions.revokeLabel', session.device)}
            aria-disabled=${busy ? 'true' : 'false'}
            @click=${() => void (busy ? undefined : this.handleRevoke(session))}
          >
            ${this.mutations.busy(`revoke:${session.id}`) ? localize.term('sessions.revoking') : localize.term('sessions.revoke')}
          </button>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'so-sessions': SoSessions;
  }
  interface GlobalEventHandlersEventMap {
    'so-session-revoke-request': CustomEvent<SoSessionDetail>;
    'so-session-revoked': CustomEvent<SoSessionDetail>;
    'so-other-sessions-revoke-request': CustomEvent<SoOtherSessionsDetail>;
    'so-other-sessions-revoked': CustomEvent<SoOtherSessionsDetail>;
  }
}
