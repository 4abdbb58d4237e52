import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import type { PasskeyRegistrationOptions, PasskeyRegistrationResponse } from '../../client/types.js';
import { importOnce } from '../../internal/import-once.js';

/** How the browser's WebAuthn ceremony ended. */
export type CeremonyResult =
  | { ok: true; response: PasskeyRegistrationResponse }
  | { ok: false; reason: 'cancelled' | 'unsupported' | 'failed' };

/**
 * Whether this browser can create passkeys at all: the check `@simplewebauthn/browser` makes,
 * written here so that listing passkeys does not load the library.
 */
export function webAuthnSupported(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function';
}

/**
 * Imports `@simplewebauthn/browser` (through registration.ts), once: only adding a passkey needs
 * it, and most visits only list them. Called when an Add starts, so it loads while the backend
 * prepares the ceremony.
 */
export const loadCeremony = importOnce(() => import('./registration.js'));

/** The user dismissed the prompt, or it timed out: browsers report both as NotAllowedError. */
function isCancel(error: unknown): boolean {
  const { name, code, cause } = (error ?? {}) as { name?: string; code?: string; cause?: { name?: string } };
  return name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED' || cause?.name === 'NotAllowedError';
}

/** Runs the registration ceremony on the backend's creation options (WebAuthn JSON, passed through). */
export async function createPasskey(options: PasskeyRegistrationOptions): Promise<CeremonyResult> {
  if (!webAuthnSupported()) return { ok: false, reason: 'unsupported' };
  try {
    const { startRegistration } = await loadCeremony();
    const response = await startRegistration({ optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON });
    return { ok: true, response: response as unknown as PasskeyRegistrationResponse };
  } catch (error) {
    return { ok: false, reason: isCancel(error) ? 'cancelled' : 'failed' };
  }
}
