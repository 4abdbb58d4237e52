// The one part of `@simplewebauthn/browser` the passkeys element uses, as its own module so that
// importing it on demand (ceremony.ts) still lets bundlers drop the library's other exports.
export { startRegistration } from '@simplewebauthn/browser';
