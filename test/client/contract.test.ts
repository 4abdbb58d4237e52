import { expect } from '@open-wc/testing';
import { createHttpAccountClient } from '../../src/client/http-client.js';
import { ACCOUNT_OPERATIONS, OPTIONAL_ACCOUNT_OPERATIONS } from '../../src/client/operations.js';
import { ACCOUNT_ROUTE_LIST, buildPath, buildQuery, isMutation, pathParameterNames } from '../../src/client/rest-contract.js';
import type { AccountClient } from '../../src/client/types.js';
import { createAccountHandlers, MOCK_API_BASE_URL } from '../../src/mocks/index.js';

interface DocumentOperation {
  method: string;
  path: string;
  operationId: string;
  /** The operation's lines of YAML, for targeted checks. */
  text: string;
}

/**
 * Reads `paths:` of openapi.yaml line by line: paths at two spaces, methods at four,
 * `operationId` at six. Enough for this document's fixed layout, without a YAML dependency.
 */
function readOperations(yaml: string): DocumentOperation[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf('paths:');
  expect(start, 'openapi.yaml has a paths: section').to.be.greaterThan(-1);
  const operations: DocumentOperation[] = [];
  let path = '';
  let current: DocumentOperation | undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const pathMatch = /^ {2}(\/\S*):\s*$/.exec(line);
    const methodMatch = /^ {4}(get|put|post|patch|delete):\s*$/.exec(line);
    if (pathMatch) {
      path = pathMatch[1]!;
      current = undefined;
    } else if (methodMatch) {
      current = { method: methodMatch[1]!.toUpperCase(), path, operationId: '', text: '' };
      operations.push(current);
    } else if (current) {
      current.text += `${line}\n`;
      const idMatch = /^ {6}operationId:\s*(\S+)\s*$/.exec(line);
      if (idMatch) current.operationId = idMatch[1]!;
    }
  }
  return operations;
}

/** The lines of one `components:` entry at four spaces, e.g. `responses` → `RateLimited`. */
function componentBlock(yaml: string, name: string): string {
  const match = new RegExp(`\\n {4}${name}:\\n((?: {6,}.*\\n|\\n)*)`).exec(yaml);
  return match?.[1] ?? '';
}

const key = (method: string, path: string, operation: string) => `${method} ${path} ${operation}`;

describe('REST contract', () => {
  let yaml: string;
  let documented: DocumentOperation[];

  before(async () => {
    const response = await fetch('/openapi.yaml');
    expect(response.ok, 'openapi.yaml is served from the repository root').to.equal(true);
    yaml = await response.text();
    documented = readOperations(yaml);
  });

  it('is OpenAPI 3.1', () => {
    expect(yaml).to.match(/^openapi: 3\.1\.\d+$/m);
  });

  it('documents exactly the route table: same methods, paths and operationIds', () => {
    const fromDocument = documented.map((operation) => key(operation.method, operation.path, operation.operationId)).sort();
    const fromTable = ACCOUNT_ROUTE_LIST.map((route) => key(route.method, route.path, route.operation)).sort();
    expect(fromDocument).to.deep.equal(fromTable);
  });

  it('has one route per AccountClient method', () => {
    expect(ACCOUNT_ROUTE_LIST.map((route) => route.operation).sort()).to.deep.equal([...ACCOUNT_OPERATIONS].sort());
  });

  it('marks exactly the optional AccountClient methods x-optional', () => {
    const optional = documented.filter((operation) => /^ {6}x-optional: true$/m.test(operation.text)).map((operation) => operation.operationId);
    expect(optional.sort()).to.deep.equal([...OPTIONAL_ACCOUNT_OPERATIONS].sort());
  });

  it('has no two routes on the same method and path', () => {
    const operations = ACCOUNT_ROUTE_LIST.map((route) => route.operation);
    const endpoints = ACCOUNT_ROUTE_LIST.map((route) => `${route.method} ${route.path}`);
    expect(new Set(operations).size).to.equal(operations.length);
    expect(new Set(endpoints).size).to.equal(endpoints.length);
  });

  it('serves exactly the route table from the MSW handlers', () => {
    const handlers = createAccountHandlers({} as AccountClient);
    const served = handlers
      .map((handler) => `${String(handler.info.method)} ${String(handler.info.path).slice(MOCK_API_BASE_URL.length).replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(served).to.deep.equal(ACCOUNT_ROUTE_LIST.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('gives the HTTP client exactly one method per route', () => {
    const client = createHttpAccountClient({ baseUrl: '/api' }) as unknown as Record<string, unknown>;
    const methods = Object.keys(client).filter((name) => typeof client[name] === 'function');
    expect(methods.sort()).to.deep.equal(ACCOUNT_ROUTE_LIST.map((route) => route.operation).sort());
  });

  it('documents an Idempotency-Key on every mutation and on no GET', () => {
    for (const operation of documented) {
      const hasKey = operation.text.includes("$ref: '#/components/parameters/IdempotencyKey'");
      expect(hasKey, `${operation.operationId} Idempotency-Key`).to.equal(operation.method !== 'GET');
    }
  });

  it('documents each route’s success status, request body, query and the shared error responses', () => {
    for (const route of ACCOUNT_ROUTE_LIST) {
      const operation = documented.find((candidate) => candidate.operationId === route.operation)!;
      const { text } = operation;
      expect(text, `${route.operation} success status`).to.include(`'${route.status}':`);
      expect(text.includes('requestBody:'), `${route.operation} request body`).to.equal(route.body !== undefined);
      for (const name of Object.keys(route.query ?? {})) {
        expect(text, `${route.operation} query ${name}`).to.include(`$ref: '#/components/parameters/${name[0]!.toUpperCase()}${name.slice(1)}'`);
      }
      for (const reference of ['Unauthorized', 'Forbidden', 'RateLimited', 'Unavailable']) {
        expect(text, `${route.operation} ${reference}`).to.include(`$ref: '#/components/responses/${reference}'`);
      }
      if (pathParameterNames(route).length > 0) expect(text, `${route.operation} NotFound`).to.include("'#/components/responses/NotFound'");
    }
  });

  it('documents Retry-After on 429 and the error body shape', () => {
    expect(componentBlock(yaml, 'RateLimited')).to.include('Retry-After:');
    const error = componentBlock(yaml, 'Error');
    for (const field of ['error:', 'code:', 'message:', 'fieldErrors:']) expect(error).to.include(field);
  });

  it('never puts anything but ids and listMembers filters in a URL', () => {
    for (const route of ACCOUNT_ROUTE_LIST) {
      expect(pathParameterNames(route).every((name) => name === 'id'), route.operation).to.equal(true);
      if (route.query) expect(route.operation).to.equal('listMembers');
    }
  });

  it('builds paths with encoded parameters and queries from declared fields only', () => {
    const rotate = ACCOUNT_ROUTE_LIST.find((route) => route.operation === 'rotateApiKey')!;
    const members = ACCOUNT_ROUTE_LIST.find((route) => route.operation === 'listMembers')!;
    expect(buildPath(rotate, { id: 'a/b c' })).to.equal('/api-keys/a%2Fb%20c/rotate');
    expect(() => buildPath(rotate, {})).to.throw(TypeError);
    expect(buildQuery(members, { search: 'x', limit: 5, secret: 'no' } as object)).to.equal('?search=x&limit=5');
    expect(isMutation(rotate)).to.equal(true);
    expect(isMutation(members)).to.equal(false);
  });
});
