/** Registers `<so-account-provider>` alone. */
export * from './context/so-account-provider.js';
