export * from './elements/so-usage-meter/so-usage-meter.js';
