export * from './elements/so-notification-settings/so-notification-settings.js';
