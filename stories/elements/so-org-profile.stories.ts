import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import { createSeed, type AccountSeed } from '../../src/client/seed.js';
import type { AccountClient } from '../../src/client/types.js';
import '../../src/so-org-profile.js';
import type { LogoUploader, SoOrgProfile } from '../../src/so-org-profile.js';
import { logEvent } from '../support/log-event.js';
import { darkTheme } from '../support/decorators.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  headingLevel: number;
  client?: AccountClient;
  uploadLogo?: LogoUploader;
}

/** A logo served with the stories: a path on this site, which the element accepts like https:. */
const LOGO = new URL('../support/acme-logo.svg', import.meta.url).pathname;

const seed = createSeed();

/** The example organization with some fields changed. */
const organization = (changes: Partial<NonNullable<AccountSeed['organization']>>): Partial<AccountSeed> => ({
  organization: { ...seed.organization!, ...changes },
});

/** A memory client over the example account, with a little latency so the loading state shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

/** Waits for the element in the story to show its form, then returns it. */
async function loadedForm(canvasElement: HTMLElement): Promise<SoOrgProfile> {
  const el = canvasElement.querySelector('so-org-profile')!;
  for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('form'); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

/** A `play` that types into fields as a user would, then presses Save. */
const typeAndSave =
  (values: Record<string, string>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await loadedForm(canvasElement);
    for (const [field, value] of Object.entries(values)) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`input#${field}`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  };

/** Pretends to upload a file, and answers with the stories' logo. */
const simulatedUpload: LogoUploader = async () => {
  await new Promise((resolve) => setTimeout(resolve, 600));
  return `${LOGO}?uploaded=${Date.now()}`;
};

const meta: Meta<Args> = {
  title: 'Elements/Organization profile',
  component: 'so-org-profile',
  args: { headingLevel: 2 },
  argTypes: { client: { control: false }, uploadLogo: { control: false } },
  parameters: { docs: { story: { inline: false, iframeHeight: 860 } } },
  render: (args) => html`<div style="max-inline-size: 44rem">
    <so-org-profile
      .client=${args.client}
      .uploadLogo=${args.uploadLogo}
      heading-level=${args.headingLevel}
      @so-organization-updated=${logEvent}
      @so-upgrade-request=${logEvent}
      @so-error=${logEvent}
      @so-reauth-required=${logEvent}
    ></so-org-profile>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A logo and a brand colour; logos can be uploaded through the host's `uploadLogo` hook (simulated here). */
export const Branded: Story = {
  name: 'Branded organization',
  args: { client: clientWith({ seed: organization({ logoUrl: LOGO, brandColor: '#1d4ed8' }) }), uploadLogo: simulatedUpload },
};

/** No logo: the initials show on the brand colour. Without `uploadLogo` there is no Upload button. */
export const NoLogo: Story = { name: 'No logo (initials)', args: { client: clientWith() } };

/** A slug with capitals and a space is refused before any request, beside the field, which takes focus. */
export const InvalidSlug: Story = {
  name: 'Invalid slug',
  args: { client: clientWith() },
  play: typeAndSave({ slug: 'Acme Robotics' }),
};

/** A well-formed slug another organization holds: the backend's answer shows on the field. */
export const SlugTaken: Story = {
  name: 'Slug taken',
  args: { client: clientWith() },
  play: typeAndSave({ slug: 'sentientone' }),
};

/** Yellow: white text on it is far under 4.5:1, so the sample uses black text and a warning says why. */
export const LowContrast: Story = {
  name: 'Low-contrast brand colour',
  args: { client: clientWith({ seed: organization({ brandColor: '#ffff00' }) }) },
};

/** The plan does not include organizations: an upgrade message fires `so-upgrade-request` (logged below). */
export const PlanWithoutOrganizations: Story = {
  name: 'Plan without organizations',
  args: { client: clientWith({ seed: organization({ planName: 'Starter', features: ['api_keys'] }) }) },
};

/** A member without `organization:manage` sees the values and why they can't change them. */
export const ReadOnly: Story = {
  name: 'Read-only (member)',
  args: { client: clientWith({ seed: { viewer: { ...seed.viewer, permissions: ['api_keys:write'] }, ...organization({ logoUrl: LOGO }) } }) },
};

/** A client without `updateOrganization`: read-only with its own reason. */
export const CannotUpdate: Story = {
  name: 'Read-only (client cannot update)',
  args: { client: clientWith({ capabilities: { omit: ['updateOrganization'] } }) },
};

/** A failed save keeps the changes and says why; Save tries again. */
export const SaveFailure: Story = {
  name: 'Save failure',
  args: { client: clientWith({ failures: { updateOrganization: 'unavailable' } }) },
  play: typeAndSave({ name: 'Acme Robotics Europe' }),
};

export const NoOrganization: Story = { name: 'No organization', args: { client: clientWith({ seed: { organization: null } }) } };

export const Loading: Story = {
  name: 'Loading',
  args: { client: { ...createMemoryAccountClient(), getOrganization: () => new Promise<never>(() => undefined) } },
};

export const LoadError: Story = { name: 'Error loading', args: { client: clientWith({ failures: { getOrganization: 'network' } }) } };

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith({ seed: organization({ logoUrl: LOGO }) }) },
  decorators: [darkTheme],
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...Branded, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...Branded, name: 'Pseudo-locale', decorators: [pseudo] };
