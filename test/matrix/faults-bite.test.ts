/**
 * The matrix's checks can fail: cells run against expectations known to be wrong, and the checks
 * against DOM that breaks them, must throw.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { MATRIX_ELEMENTS, messageFor, type MatrixElement } from './cells.js';
import { DRIVERS } from './elements.js';
import { expectErrorState, matrixSuite, watch } from './harness.js';

const element = (tag: string): MatrixElement => MATRIX_ELEMENTS.find((candidate) => candidate.tag === tag)!;

async function fails(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String(error);
  }
  throw new Error('expected the check to fail');
}

describe('fault matrix: the checks bite', () => {
  const { run } = matrixSuite();

  it('fails a cell that expects the wrong message', async () => {
    const sessions = element('so-sessions');
    const wrong: MatrixElement = {
      ...sessions,
      overrides: { '500': { kind: 'error', code: 'unavailable', message: messageFor('forbidden'), authExpired: false } },
    };
    expect(await fails(run(wrong, '500'))).to.include('the message for the code');
  });

  it('fails a cell that expects so-auth-expired where none fires', async () => {
    const sessions = element('so-sessions');
    const wrong: MatrixElement = {
      ...sessions,
      overrides: { '403': { kind: 'error', code: 'forbidden', message: messageFor('forbidden'), authExpired: true } },
    };
    expect(await fails(run(wrong, '403'))).to.include('so-auth-expired');
  });

  it('fails the billing 404 cell without its documented "no subscription" override', async () => {
    const billing: MatrixElement = { ...element('so-billing-card'), overrides: {} };
    expect(await fails(run(billing, '404'))).to.include('error state');
  });

  it('fails an error state that still shows data, or lacks Retry', async () => {
    const driver = DRIVERS['so-sessions']!;
    const expected = { kind: 'error', code: 'network', message: messageFor('network'), authExpired: false } as const;
    const stale = await fixture<HTMLElement>(html`<div>
      <div part="error" role="alert"><p class="state-error-message">${messageFor('network')}</p><button>Try again</button></div>
      <p>Safari on iPhone</p>
    </div>`);
    expect(() => expectErrorState(stale, driver, expected)).to.throw('no stale data');
    const noRetry = await fixture<HTMLElement>(html`<div><div part="error" role="alert"><p class="state-error-message">${messageFor('network')}</p></div></div>`);
    expect(() => expectErrorState(noRetry, driver, expected)).to.throw('a Retry button');
  });

  it('records an unhandled promise rejection', async () => {
    const watched = watch(document);
    try {
      void Promise.reject(new Error('matrix: deliberately unhandled'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(watched.rejections).to.have.length(1);
    } finally {
      watched.stop();
    }
  });
});
