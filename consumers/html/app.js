// The same page for every no-build variant: the import map in each HTML file decides where
// `@sentientone/settings-elements` and its `memory.js` come from (the CDN bundles, or the npm
// build and its dependencies straight from node_modules).
import { setDefaultAccountClient } from '@sentientone/settings-elements';
import { createMemoryAccountClient } from '@sentientone/settings-elements/memory.js';

const client = createMemoryAccountClient();
window.consumer = { framework: document.documentElement.dataset.variant, client, events: [] };
const output = document.getElementById('last-event');
for (const type of ['so-usage-threshold-crossed', 'so-tab-changed']) {
  document.addEventListener(type, (event) => {
    window.consumer.events.push({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) });
    output.textContent = event.type;
  });
}

// The provider gets its client as a property; the others fall back to the default client.
setDefaultAccountClient(client);
document.querySelector('so-account-provider').client = client;
