import type { ComplexAttributeConverter } from 'lit';
import type { AccountClient, AccountOperation, Organization, Viewer } from '../../client/types.js';
import { devWarn } from '../../internal/dev-mode.js';
import { hasPermission } from '../../internal/viewer.js';

/** The tabs of `<so-account-settings>`, in their default order. */
export const SETTINGS_TABS = ['general', 'api-keys', 'usage', 'billing', 'notifications', 'organization'] as const;

/** One tab's id. */
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/** The read each tab's content cannot do without: a client that lacks it gets no such tab. */
const NEEDS: Record<SettingsTab, AccountOperation> = {
  general: 'getProfile',
  'api-keys': 'listApiKeys',
  usage: 'getUsage',
  billing: 'getBilling',
  notifications: 'getNotificationPreferences',
  organization: 'listMembers',
};

export function isSettingsTab(value: unknown): value is SettingsTab {
  return (SETTINGS_TABS as readonly unknown[]).includes(value);
}

/** `tabs="general billing"` (spaces or commas) ⇄ `['general', 'billing']`; unknown ids warn and drop. */
export const tabsConverter: ComplexAttributeConverter<SettingsTab[] | undefined> = {
  fromAttribute(value) {
    if (value === null) return undefined;
    const ids = value.split(/[\s,]+/).filter(Boolean);
    for (const id of ids) if (!isSettingsTab(id)) devWarn(`<so-account-settings> has no tab "${id}"; the tabs are ${SETTINGS_TABS.join(', ')}.`);
    return [...new Set(ids.filter(isSettingsTab))];
  },
  toAttribute(value) {
    return value?.join(' ');
  },
};

/** What decides whether the Organization tab shows: loaded once per client. */
export interface Membership {
  viewer: Viewer;
  organization: Organization | null;
}

/** A viewer who may manage something of their organization. */
function managesOrganization({ viewer, organization }: Membership): boolean {
  return !!organization && (['members:manage', 'organization:manage', 'organization:delete'] as const).some((permission) => hasPermission(viewer, permission));
}

/**
 * The tabs to show, in order: the chosen ones (or all), less those the client cannot serve and,
 * until membership is known to allow it, the Organization tab.
 */
export function visibleTabs(chosen: readonly SettingsTab[] | undefined, client: AccountClient | undefined, membership: Membership | undefined): SettingsTab[] {
  return (chosen ?? SETTINGS_TABS).filter(
    (tab) => typeof client?.[NEEDS[tab]] === 'function' && (tab !== 'organization' || (!!membership && managesOrganization(membership))),
  );
}

/** The tab a key press moves focus to, or `undefined` for keys the tab list does not handle. */
export function tabAfterKey(key: string, tabs: readonly SettingsTab[], current: SettingsTab, dir: 'ltr' | 'rtl'): SettingsTab | undefined {
  const index = tabs.indexOf(current);
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return tabs[(index + 1) % tabs.length];
  if (key === backward) return tabs[(index - 1 + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[tabs.length - 1];
  return undefined;
}
