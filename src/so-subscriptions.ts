export * from './elements/so-subscriptions/so-subscriptions.js';
