// After `npm run build`: the client entry must load in Node (no DOM), register nothing, and work.
import assert from 'node:assert/strict';

const client = await import('../dist/client.js');
assert.equal(typeof globalThis.customElements, 'undefined', 'client.js must not need or touch a DOM');
assert.equal(typeof client.createHttpAccountClient, 'function');
const memory = client.createMemoryAccountClient();
const keys = await memory.listApiKeys();
assert.ok(keys.length > 0, 'the memory client serves its seed in Node');
assert.ok(keys.every((key) => !('secret' in key)), 'a listed key never carries its secret');
console.log(`dist/client.js loads in Node: ${Object.keys(client).length} exports, ${keys.length} seeded keys, no element registered.`);
