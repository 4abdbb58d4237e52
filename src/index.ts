/**
 * Everything: registers every element and exports their classes, the clients and the types.
 * Import `./client.js` for the clients alone, or `./so-<name>.js` for one element. The in-memory
 * demo backend is not here: it is `./memory.js`.
 */
export * from './client/index.js';
export { accountClientContext } from './context/account-context.js';
export { getDefaultAccountClient, setDefaultAccountClient } from './context/default-client.js';
export * from './so-account-provider.js';
export { registerTranslation, registeredLocales } from './internal/localize/registry.js';
export type { Messages, MessageKey, Translation } from './internal/localize/en.js';
export type { SoAuthExpiredDetail, SoErrorDetail, SoReauthRequiredDetail } from './internal/events.js';
export { SoConfirmDialog } from './internal/parts/so-confirm-dialog/so-confirm-dialog.js';
export { SoSecretField } from './internal/parts/so-secret-field/so-secret-field.js';
export { SoStatusAnnouncer } from './internal/parts/so-status-announcer/so-status-announcer.js';
export { SoRelativeTime } from './internal/parts/so-relative-time/so-relative-time.js';
export { SoSecretOnce } from './internal/parts/so-secret-once/so-secret-once.js';
export * from './so-api-key-panel.js';
export * from './so-usage-meter.js';
export * from './so-billing-card.js';
export * from './so-org-members.js';
export * from './so-danger-zone.js';
export * from './so-sessions.js';
export * from './so-notification-settings.js';
export * from './so-passkeys.js';
export * from './so-account-settings.js';
export * from './so-profile-form.js';
export * from './so-org-profile.js';
export * from './so-subscriptions.js';
