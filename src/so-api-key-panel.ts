export * from './elements/so-api-key-panel/so-api-key-panel.js';
