import type { NotificationCategory, NotificationChannel, NotificationValues } from '../../client/types.js';
import type { MessageKey } from '../../internal/localize/en.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';

/** One switch of the grid and its state. */
export interface Cell {
  category: string;
  channel: string;
  enabled: boolean;
}

const CATEGORY_LABELS: Record<string, MessageKey> = {
  usage_thresholds: 'notifications.category.usage_thresholds',
  plan_renewal: 'notifications.category.plan_renewal',
  agent_errors: 'notifications.category.agent_errors',
  weekly_digest: 'notifications.category.weekly_digest',
};

const CHANNEL_LABELS: Record<string, MessageKey> = {
  email: 'notifications.channel.email',
  push: 'notifications.channel.push',
};

/** The backend's label, else the catalogue's for a known id, else the id itself. */
export function categoryLabel(localize: LocalizeController, category: NotificationCategory): string {
  const key = CATEGORY_LABELS[category.id];
  return category.label || (key ? localize.term(key) : category.id);
}

/** The backend's label, else the catalogue's for a known id, else the id itself. */
export function channelLabel(localize: LocalizeController, channel: NotificationChannel): string {
  const key = CHANNEL_LABELS[channel.id];
  return channel.label || (key ? localize.term(key) : channel.id);
}

/** Whether `category` is sent on `channel`; a missing value is off. */
export function isOn(values: NotificationValues, category: string, channel: string): boolean {
  return values[category]?.[channel] === true;
}

/** `values` with one cell set, as a new object (Lit sees the change). */
export function withCell(values: NotificationValues, { category, channel, enabled }: Cell): NotificationValues {
  return { ...values, [category]: { ...values[category], [channel]: enabled } };
}

/** The cells where `draft` differs from `saved`. */
export function changedCells(saved: NotificationValues, draft: NotificationValues): Cell[] {
  const cells: Cell[] = [];
  for (const [category, channels] of Object.entries(draft)) {
    for (const [channel, enabled] of Object.entries(channels)) {
      if (isOn(saved, category, channel) !== enabled) cells.push({ category, channel, enabled });
    }
  }
  return cells;
}
