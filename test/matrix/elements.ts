/**
 * How the matrix suites put each element on the page and tell that it shows its data. The
 * expectations live in `cells.ts`; this is the browser half.
 */
import { html, type TemplateResult } from 'lit';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/index.js';
import { deepQueryAll, deepText } from './dom.js';

export interface ElementDriver {
  /** The element, rendered with `client`. */
  render(client: AccountClient): TemplateResult;
  /** Text that only the ready state shows (from the example seed); all must be present. */
  markers: readonly string[];
  /** How many error states the fault produces (one per element that loads a faulted GET). */
  alerts: number;
  /** For a documented empty outcome: whether it shows. */
  empty?(el: HTMLElement): boolean;
}

export const DRIVERS: Record<string, ElementDriver> = {
  'so-api-key-panel': { render: (c) => html`<so-api-key-panel .client=${c}></so-api-key-panel>`, markers: ['Platform key', '3F92'], alerts: 1 },
  'so-usage-meter': { render: (c) => html`<so-usage-meter .client=${c}></so-usage-meter>`, markers: ['21,408'], alerts: 1 },
  'so-billing-card': {
    render: (c) => html`<so-billing-card .client=${c}></so-billing-card>`,
    markers: ['Visa ending in 4242'],
    alerts: 1,
    empty: (el) => deepQueryAll(el, '[part~="empty"]').length > 0,
  },
  'so-org-members': { render: (c) => html`<so-org-members .client=${c} search-delay="0"></so-org-members>`, markers: ['8 members', 'Kenji Watanabe'], alerts: 1 },
  'so-danger-zone': { render: (c) => html`<so-danger-zone .client=${c}></so-danger-zone>`, markers: ['Sign out everywhere'], alerts: 1 },
  'so-sessions': { render: (c) => html`<so-sessions .client=${c}></so-sessions>`, markers: ['Safari on iPhone'], alerts: 1 },
  'so-notification-settings': {
    render: (c) => html`<so-notification-settings .client=${c}></so-notification-settings>`,
    markers: ['Weekly digest'],
    alerts: 1,
  },
  'so-passkeys': { render: (c) => html`<so-passkeys .client=${c}></so-passkeys>`, markers: ['YubiKey 5C'], alerts: 1 },
  'so-profile-form': { render: (c) => html`<so-profile-form .client=${c}></so-profile-form>`, markers: ['maya.chen@acme-robotics.example'], alerts: 1 },
  'so-org-profile': { render: (c) => html`<so-org-profile .client=${c}></so-org-profile>`, markers: ['acme-robotics'], alerts: 1 },
  'so-subscriptions': { render: (c) => html`<so-subscriptions .client=${c}></so-subscriptions>`, markers: ['Workspace capacity — 25 seats'], alerts: 1 },
  // The General tab: profile, passkeys and sessions, each with its own error state, and the
  // surface's own alert that the Organization tab could not be decided.
  'so-account-settings': {
    render: (c) => html`<so-account-settings .client=${c}></so-account-settings>`,
    markers: ['maya.chen@acme-robotics.example', 'YubiKey 5C', 'Safari on iPhone'],
    alerts: 4,
  },
};

/** Whether every ready marker of the element is on screen. */
export function showsData(el: HTMLElement, driver: ElementDriver): boolean {
  const text = deepText(el);
  return driver.markers.every((marker) => text.includes(marker));
}

/** Whether any ready marker is on screen: stale or partial data. */
export function showsAnyData(el: HTMLElement, driver: ElementDriver): boolean {
  const text = deepText(el);
  return driver.markers.some((marker) => text.includes(marker));
}
