import { expect } from '@open-wc/testing';
import { AccountStore } from '../../src/client/account-store.js';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { ACCOUNT_OPERATIONS, OPTIONAL_ACCOUNT_OPERATIONS } from '../../src/client/operations.js';
import { createAccountHandlers } from '../../src/mocks/handlers.js';
import { API, setupMockServer } from '../helpers/msw.js';

describe('createHttpAccountClient: capabilities', () => {
  const server = setupMockServer(() => createAccountHandlers(new AccountStore()));

  it('has every method, optional ones included, when nothing is omitted', () => {
    const client = createHttpAccountClient({ baseUrl: API });
    for (const operation of ACCOUNT_OPERATIONS) expect(client[operation], operation).to.be.a('function');
  });

  it('really leaves out omitted methods, and the others still call the server', async () => {
    const client = createHttpAccountClient({ baseUrl: API, capabilities: { omit: ['revokeApiKey', 'deleteOrganization'] } });
    expect('revokeApiKey' in client).to.equal(false);
    expect(client.revokeApiKey).to.equal(undefined);
    expect('deleteOrganization' in client).to.equal(false);
    expect(Object.keys(client)).to.have.length(ACCOUNT_OPERATIONS.length - 2);

    // Other optional methods and the required ones are untouched and reach the server.
    expect(client.revealApiKey).to.be.a('function');
    const keys = await client.listApiKeys();
    expect(keys.length).to.be.greaterThan(0);
    const created = await client.createApiKey!({ name: 'Still here' });
    expect(created.secret).to.match(/^sk-so-/);
    expect(server.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).to.deep.equal([
      `GET ${API}/api-keys`,
      `POST ${API}/api-keys`,
    ]);
  });

  it('can omit every optional method at once', () => {
    const client = createHttpAccountClient({ baseUrl: API, capabilities: { omit: [...OPTIONAL_ACCOUNT_OPERATIONS] } });
    expect(Object.keys(client).sort()).to.deep.equal(
      ACCOUNT_OPERATIONS.filter((operation) => !OPTIONAL_ACCOUNT_OPERATIONS.includes(operation as never)).sort(),
    );
  });

  it('refuses to omit a method every AccountClient must have, or one that does not exist', () => {
    expect(() => createHttpAccountClient({ baseUrl: API, capabilities: { omit: ['rotateApiKey' as never] } })).to.throw(
      TypeError,
      /createHttpAccountClient: `rotateApiKey` is not an optional/,
    );
    expect(() => createHttpAccountClient({ baseUrl: API, capabilities: { omit: ['getEverything' as never] } })).to.throw(
      TypeError,
      /getEverything/,
    );
  });
});
