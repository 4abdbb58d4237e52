import { html, nothing, type TemplateResult } from 'lit';
import type { ApiKey } from '../../client/types.js';
import { formatDate } from '../../internal/format.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import '../../internal/parts/so-relative-time/so-relative-time.js';
import '../../internal/parts/so-secret-field/so-secret-field.js';

/** What one key's card or row needs from the panel. */
export interface KeyView {
  localize: LocalizeController;
  key: ApiKey;
  /** Unique in the panel, for `id` references. */
  index: number;
  revealTimeout: number;
  /** Fetches the secret for Reveal and Copy; none when the key cannot be revealed. */
  revealer: (() => Promise<string>) | undefined;
  canRotate: boolean;
  canRevoke: boolean;
  onRotate: (key: ApiKey) => void;
  onRevoke: (key: ApiKey) => void;
  onCopied: (key: ApiKey) => void;
}

/** A key still accepted by the API: its secret may be shown, and it may be rotated or revoked. */
export function isLive(key: ApiKey): boolean {
  return key.status === 'active' || key.status === 'expiring';
}

/** One key: name and status, the masked secret with Reveal and Copy, its history, and its actions. */
export function renderApiKey(view: KeyView): TemplateResult {
  const { key, localize, index } = view;
  const status = key.status;
  return html`<article part="key" class="key ${status}" data-key-id=${key.id} aria-labelledby="key-name-${index}">
    <div class="key-header">
      <h3 id="key-name-${index}" part="key-name" class="key-name" tabindex="-1">${key.name}</h3>
      ${status === 'active' ? nothing : html`<span part="badge" class="badge ${status}">${localize.term(`apiKeyPanel.status.${status}`)}</span>`}
    </div>
    <so-secret-field
      part="secret"
      exportparts="value: secret-value, reveal-button, copy-button"
      data-key-id=${key.id}
      label=${key.name}
      prefix=${key.prefix}
      last4=${key.last4}
      reveal-timeout=${view.revealTimeout}
      .revealer=${view.revealer}
      @so-secret-copied=${() => view.onCopied(key)}
    ></so-secret-field>
    <dl part="details" class="details">${renderDetails(localize, key)}</dl>
    ${view.canRotate || view.canRevoke ? renderActions(view) : nothing}
  </article>`;
}

function renderDetails(localize: LocalizeController, key: ApiKey): TemplateResult {
  const separator = localize.term('apiKeyPanel.separator');
  return html`<div>
      <dt>${localize.term('apiKeyPanel.created')}</dt>
      <dd>${formatDate(localize.lang, key.createdAt)}${key.createdVia ? html`${separator}${key.createdVia}` : nothing}</dd>
    </div>
    <div>
      <dt>${localize.term('apiKeyPanel.lastUsed')}</dt>
      <dd>
        ${key.lastUsedAt ? html`<so-relative-time date=${key.lastUsedAt}></so-relative-time>` : localize.term('apiKeyPanel.neverUsed')}${key.lastUsedPath
          ? html`${separator}<code>${key.lastUsedPath}</code>`
          : nothing}
      </dd>
    </div>
    ${renderExpiry(localize, key)}
    ${key.scopes?.length
      ? html`<div>
          <dt>${localize.term('apiKeyPanel.scopes')}</dt>
          <dd>
            <ul class="scopes" role="list">
              ${key.scopes.map((scope) => html`<li><code class="scope">${scope}</code></li>`)}
            </ul>
          </dd>
        </div>`
      : nothing}`;
}

// An expiring key's remaining grace is relative and keeps counting down; other dates are fixed.
function renderExpiry(localize: LocalizeController, key: ApiKey): TemplateResult | typeof nothing {
  if (key.status === 'revoked' || !key.expiresAt) return nothing;
  if (key.status === 'expiring') {
    return html`<div>
      <dt>${localize.term('apiKeyPanel.stopsWorking')}</dt>
      <dd><so-relative-time date=${key.expiresAt}></so-relative-time></dd>
    </div>`;
  }
  const label = key.status === 'expired' ? 'apiKeyPanel.expired' : 'apiKeyPanel.expires';
  return html`<div>
    <dt>${localize.term(label)}</dt>
    <dd>${formatDate(localize.lang, key.expiresAt)}</dd>
  </div>`;
}

function renderActions(view: KeyView): TemplateResult {
  const { key, localize } = view;
  return html`<div class="key-actions">
    ${view.canRotate
      ? html`<button type="button" part="rotate-button" aria-label=${localize.term('apiKeyPanel.rotateLabel', key.name)} @click=${() => view.onRotate(key)}>
          ${localize.term('apiKeyPanel.rotate')}
        </button>`
      : nothing}
    ${view.canRevoke
      ? html`<button type="button" part="revoke-button" class="revoke" aria-label=${localize.term('apiKeyPanel.revokeLabel', key.name)} @click=${() => view.onRevoke(key)}>
          ${localize.term('apiKeyPanel.revoke')}
        </button>`
      : nothing}
  </div>`;
}

/** The three steps of a rotation without downtime, shown on the page and in the rotate dialog. */
export function renderRotationSteps(localize: LocalizeController, environmentVariable: string): TemplateResult {
  return html`<ol class="steps">
    <li>${localize.term('apiKeyPanel.stepGenerate')}</li>
    <li>${localize.term('apiKeyPanel.stepDeploy', environmentVariable)}</li>
    <li>${localize.term('apiKeyPanel.stepConfirm')}</li>
  </ol>`;
}
