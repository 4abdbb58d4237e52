// An Angular 21 app as a host writes it (README "Angular"): the package imported once, the
// component allowing custom elements (CUSTOM_ELEMENTS_SCHEMA), `[client]` and `[tabs]` bound as
// properties, `[attr.warning-at]` and plain attributes as attributes, and the library's events
// handled with `(so-event-name)`.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@sentientone/settings-elements';
import { createMemoryAccountClient } from '@sentientone/settings-elements/memory.js';

const client = createMemoryAccountClient();
const consumer = { framework: 'angular', client, events: [] as { type: string; detail: unknown }[] };
(window as unknown as { consumer: typeof consumer }).consumer = consumer;

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <output id="last-event">{{ lastEvent() }}</output>
    <so-usage-meter id="presentational" label="Seats" [value]="8" [max]="10"></so-usage-meter>
    <so-account-provider [client]="client">
      <so-api-key-panel id="keys"></so-api-key-panel>
    </so-account-provider>
    <so-usage-meter id="usage" [client]="client" [attr.warning-at]="warningAt" (so-usage-threshold-crossed)="handle($event)"></so-usage-meter>
    <so-account-settings id="settings" [client]="client" [tabs]="tabs" (so-tab-changed)="handle($event)"></so-account-settings>
  `,
})
class AppComponent {
  readonly client = client;
  readonly tabs = ['general', 'billing'];
  readonly warningAt = '0.5';
  readonly lastEvent = signal('none');

  handle(event: Event): void {
    consumer.events.push({ type: event.type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) });
    this.lastEvent.set(event.type);
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
