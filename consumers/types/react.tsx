// Type-checked against the installed tarball: the generated React 19 JSX types accept the
// elements' properties, attributes and `on<event-name>` handlers, and reject wrong ones.
import '@sentientone/settings-elements/types/react.js';
import { createMemoryAccountClient } from '@sentientone/settings-elements/memory.js';

const client = createMemoryAccountClient();

export const ok = (
  <so-account-provider client={client} onso-auth-expired={() => location.assign('/login')} onso-api-key-rotated={(event) => event.detail}>
    <so-usage-meter value={8} max={10} label="Seats" warning-at="0.5" onso-usage-threshold-crossed={(event) => event.detail.metric.toUpperCase()} />
    <so-api-key-panel reveal-timeout={30} environment-variable="API_KEY" onso-api-key-rotated={(event) => event.detail} className="keys" />
    <so-account-settings tabs={['general', 'billing']} onso-tab-changed={(event) => event.detail} />
  </so-account-provider>
);

// @ts-expect-error value is a number, not a date
export const wrongProperty = <so-usage-meter value={new Date()} />;
// @ts-expect-error no such element
export const unknownTag = <so-nothing />;
// @ts-expect-error a threshold event's detail has no `secret`
export const wrongEvent = <so-usage-meter onso-usage-threshold-crossed={(event) => event.detail.secret} />;
// React sets `tabs` as the property: the element takes the attribute's string form there too
export const tabsAsString = <so-account-settings tabs="general billing" />;
// @ts-expect-error `active-tab` names one tab, not a list
export const wrongActiveTab = <so-account-settings active-tab={['general']} />;
