export * from './elements/so-sessions/so-sessions.js';
