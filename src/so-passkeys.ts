export * from './elements/so-passkeys/so-passkeys.js';
