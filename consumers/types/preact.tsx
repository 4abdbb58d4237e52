/** @jsxImportSource preact */
import '@sentientone/settings-elements/types/preact.js';
import { createMemoryAccountClient } from '@sentientone/settings-elements/memory.js';

const client = createMemoryAccountClient();

export const ok = (
  <so-account-provider client={client}>
    <so-usage-meter value={8} max={10} label="Seats" onso-usage-threshold-crossed={(event) => event.detail.level} />
  </so-account-provider>
);

// @ts-expect-error value is a number
export const wrongProperty = <so-usage-meter value={new Date()} />;
