export * from './elements/so-danger-zone/so-danger-zone.js';
