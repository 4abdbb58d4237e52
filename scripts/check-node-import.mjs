// After `npm run build`: the client and memory entries must load in Node (no DOM), register
// nothing, and work; the client entry must no longer carry the in-memory backend.
import assert from 'node:assert/strict';

const client = await import('../dist/client.js');
assert.equal(typeof globalThis.customElements, 'undefined', 'client.js must not need or touch a DOM');
assert.equal(typeof client.createHttpAccountClient, 'function');
for (const name of ['createMemoryAccountClient', 'AccountStore', 'createSeed', 'generateMembers']) {
  assert.equal(name in client, false, `client.js must not export ${name}: the in-memory backend is memory.js`);
}

const memoryEntry = await import('../dist/memory.js');
assert.equal(typeof globalThis.customElements, 'undefined', 'memory.js must not need or touch a DOM');
assert.equal(typeof memoryEntry.AccountStore, 'function');
const memory = memoryEntry.createMemoryAccountClient();
const keys = await memory.listApiKeys();
assert.ok(keys.length > 0, 'the memory client serves its seed in Node');
assert.ok(keys.every((key) => !('secret' in key)), 'a listed key never carries its secret');
const failing = memoryEntry.createMemoryAccountClient({ failures: { getViewer: 'unavailable' } });
await assert.rejects(failing.getViewer(), (error) => error instanceof client.AccountApiError && error.code === 'unavailable', 'memory.js rejects with the AccountApiError of client.js');
console.log(
  `dist/client.js loads in Node: ${Object.keys(client).length} exports, no memory backend; ` +
    `dist/memory.js loads in Node: ${Object.keys(memoryEntry).length} exports, ${keys.length} seeded keys; no element registered.`,
);
