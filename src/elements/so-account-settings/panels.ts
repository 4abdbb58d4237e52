import { html, type TemplateResult } from 'lit';
import type { AccountClient } from '../../client/types.js';
import { importOnce } from '../../internal/import-once.js';
import { SETTINGS_TABS, type SettingsTab } from './tabs.js';

/**
 * The modules of each tab's elements, imported when the tab first opens: a page loads the code
 * of the tabs it shows, not of all eleven elements.
 */
const MODULES: Record<SettingsTab, () => Promise<unknown>[]> = {
  general: () => [import('../so-profile-form/so-profile-form.js'), import('../so-passkeys/so-passkeys.js'), import('../so-sessions/so-sessions.js')],
  'api-keys': () => [import('../so-api-key-panel/so-api-key-panel.js')],
  usage: () => [import('../so-usage-meter/so-usage-meter.js')],
  billing: () => [import('../so-billing-card/so-billing-card.js')],
  notifications: () => [import('../so-notification-settings/so-notification-settings.js')],
  organization: () => [
    import('../so-org-profile/so-org-profile.js'),
    import('../so-org-members/so-org-members.js'),
    import('../so-subscriptions/so-subscriptions.js'),
    import('../so-danger-zone/so-danger-zone.js'),
  ],
};

const imports = Object.fromEntries(SETTINGS_TABS.map((tab) => [tab, importOnce(() => Promise.all(MODULES[tab]()))])) as Record<SettingsTab, () => Promise<unknown>>;

/** Imports (so defines) the elements of `tab`, once (`importOnce`: a failed import is tried again by Retry). */
export function loadPanel(tab: SettingsTab): Promise<unknown> {
  return imports[tab]();
}

/** The content of one tab, once loaded: the elements it holds, each given the shared client. */
export function renderPanel(tab: SettingsTab, client: AccountClient | undefined): TemplateResult {
  switch (tab) {
    case 'general':
      return html`<so-profile-form .client=${client} heading-level="2"></so-profile-form>
        <so-passkeys .client=${client}></so-passkeys>
        <so-sessions .client=${client} heading-level="2"></so-sessions>`;
    case 'api-keys':
      return html`<so-api-key-panel .client=${client}></so-api-key-panel>`;
    case 'usage':
      return html`<so-usage-meter .client=${client}></so-usage-meter>`;
    case 'billing':
      return html`<so-billing-card .client=${client} heading-level="2"></so-billing-card>`;
    case 'notifications':
      return html`<so-notification-settings .client=${client}></so-notification-settings>`;
    case 'organization':
      return html`<so-org-profile .client=${client} heading-level="2"></so-org-profile>
        <so-org-members .client=${client}></so-org-members>
        <so-subscriptions .client=${client} heading-level="2"></so-subscriptions>
        <so-danger-zone .client=${client} heading-level="2"></so-danger-zone>`;
  }
}
