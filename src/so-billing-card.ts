export * from './elements/so-billing-card/so-billing-card.js';
