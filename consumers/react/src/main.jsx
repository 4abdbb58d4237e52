// A React 19 app as a host writes it: the package imported by name, elements rendered as JSX,
// `client` (an object) passed as a prop, which React 19 sets as a property, and the library's
// events handled with `on<event-name>` props.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@sentientone/settings-elements';
import { createMemoryAccountClient } from '@sentientone/settings-elements/memory.js';

const client = createMemoryAccountClient();
// `tabs` is also a property, and React 19 sets properties: give it the property's type, an array.
const SETTINGS_TABS = ['general', 'billing'];
window.consumer = { framework: 'react', client, events: [] };

function record(event) {
  window.consumer.events.push({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail ?? null)) });
}

function App() {
  const [lastEvent, setLastEvent] = useState('none');
  const handle = (event) => {
    record(event);
    setLastEvent(event.type);
  };
  return (
    <>
      <output id="last-event">{lastEvent}</output>
      <so-usage-meter id="presentational" label="Seats" value={8} max={10}></so-usage-meter>
      <so-account-provider client={client}>
        <so-api-key-panel id="keys"></so-api-key-panel>
      </so-account-provider>
      <so-usage-meter id="usage" client={client} warning-at="0.5" onso-usage-threshold-crossed={handle}></so-usage-meter>
      <so-account-settings id="settings" client={client} tabs={SETTINGS_TABS} onso-tab-changed={handle}></so-account-settings>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
