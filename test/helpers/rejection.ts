import { expect } from '@open-wc/testing';
import { AccountApiError } from '../../src/client/errors.js';

/** Awaits a promise that must reject with an `AccountApiError`, and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<AccountApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AccountApiError);
    return error as AccountApiError;
  }
  throw new Error('Expected the call to reject.');
}
