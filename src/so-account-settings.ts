export * from './elements/so-account-settings/so-account-settings.js';
