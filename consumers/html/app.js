// The same page for every no-build variant: the import map in each HTML file decides where
// `@sentientone/settings-elements` comes from (the CDN bundle, or the npm build and its
// dependencies straight from node_modules).
import { createMemoryAccountClient, setDefaultAccountClient } from '@sentientone/settings-elements';

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
