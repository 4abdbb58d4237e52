import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccountClient } from '../../src/client/types.js';
import type { SoAccountSettings } from '../../src/so-account-settings.js';

export { deepFocus, record } from '../helpers/dom.js';

export function shadow(el: SoAccountSettings): ShadowRoot {
  return el.shadowRoot!;
}

export function tabs(el: SoAccountSettings): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

export function tabNames(el: SoAccountSettings): string[] {
  return tabs(el).map((tab) => tab.textContent!.trim());
}

export function tab(el: SoAccountSettings, name: string): HTMLButtonElement {
  const found = tabs(el).find((candidate) => candidate.textContent!.trim() === name);
  if (!found) throw new Error(`No tab named ${name}; the tabs are ${tabNames(el).join(', ')}`);
  return found;
}

export function selectedTab(el: SoAccountSettings): string | undefined {
  return tabs(el)
    .find((candidate) => candidate.getAttribute('aria-selected') === 'true')
    ?.textContent!.trim();
}

/** The tab panels that exist (created), shown or hidden. */
export function panels(el: SoAccountSettings): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')];
}

export function shownPanel(el: SoAccountSettings): HTMLElement | undefined {
  return panels(el).find((panel) => !panel.hidden);
}

/** The tag names of the elements in the shown panel. */
export function shownElements(el: SoAccountSettings): string[] {
  return [...(shownPanel(el)?.children ?? [])].map((child) => child.localName);
}

/** Waits until the membership is known and every element of every created panel is past loading. */
export async function settled(el: SoAccountSettings): Promise<void> {
  await waitUntil(
    () =>
      shadow(el).querySelector('[part="base"]')?.getAttribute('aria-busy') === 'false' &&
      panels(el).every((panel) =>
        [...panel.children].every((child) => child.shadowRoot && !child.shadowRoot.querySelector('[aria-busy="true"], [part="skeleton"]')),
      ),
    'the settings surface did not settle',
    { timeout: 4000 },
  );
}

export async function render(client: AccountClient, attributes: Partial<Record<'tabs' | 'active-tab' | 'routing', string>> = {}): Promise<SoAccountSettings> {
  const el = await fixture<SoAccountSettings>(
    html`<so-account-settings
      .client=${client}
      tabs=${ifDefined(attributes.tabs)}
      active-tab=${attributes['active-tab'] ?? 'general'}
      routing=${attributes.routing ?? 'none'}
    ></so-account-settings>`,
  );
  await settled(el);
  return el;
}

/** Opens the tab named `name` by clicking it, and waits for its content. */
export async function openTab(el: SoAccountSettings, name: string): Promise<void> {
  tab(el, name).click();
  await el.updateComplete;
  await settled(el);
}
