/** @jsxImportSource solid-js */
import '@sentientone/settings-elements/types/solid.js';
import { createMemoryAccountClient } from '@sentientone/settings-elements/memory.js';

const client = createMemoryAccountClient();

export const ok = (
  <so-account-provider prop:client={client}>
    <so-usage-meter prop:value={8} max={10} label="Seats" on:so-usage-threshold-crossed={(event) => event.detail.level} />
  </so-account-provider>
);

// @ts-expect-error value is a number
export const wrongProperty = <so-usage-meter prop:value={new Date()} />;
