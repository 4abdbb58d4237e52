import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AccountApiError } from '../../src/client/errors.js';
import { createMemoryAccountClient, type MemoryClientOptions } from '../../src/client/memory-client.js';
import type { AccountClient, Profile } from '../../src/client/types.js';
import { registerTranslation } from '../../src/internal/localize/registry.js';
import '../../src/so-profile-form.js';
import type { AvatarUploader, SoProfileForm } from '../../src/so-profile-form.js';
import { logEvent } from '../support/log-event.js';
import { de } from '../../src/locales/de.js';
import { darkTheme } from '../support/decorators.js';
import { ar } from '../../src/locales/ar.js';
import { pseudoLocale } from '../../src/locales/pseudo.js';
import { arabic, pseudo } from '../support/locales.js';

registerTranslation('de', de);
registerTranslation('ar', ar);
registerTranslation('en-XA', pseudoLocale());

interface Args {
  headingLevel: number;
  client?: AccountClient;
  uploadAvatar?: AvatarUploader;
}

/** A memory client over the example account, with a little latency so the loading state shows first. */
function clientWith(options: MemoryClientOptions = {}): AccountClient {
  return createMemoryAccountClient({ latencyMs: 250, ...options });
}

const MAYA: Profile = { displayName: 'Maya Chen', email: 'maya.chen@acme-robotics.example', timezone: 'Europe/Berlin', locale: 'en' };

/** Waits for the form in the story to load, then returns the element. */
async function loadedForm(canvasElement: HTMLElement): Promise<SoProfileForm> {
  const el = canvasElement.querySelector('so-profile-form')!;
  for (let waited = 0; waited < 5000 && !el.shadowRoot?.querySelector('form'); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await el.updateComplete;
  return el;
}

/** A `play` that types into fields (by input id) as a paste does, and presses Save when asked. */
const edit =
  (values: Record<string, string>, save = false) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await loadedForm(canvasElement);
    for (const [id, value] of Object.entries(values)) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    if (save) el.shadowRoot!.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
  };

/** A `play` that picks a picture in the file input, as the user would. */
async function pickPicture({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await loadedForm(canvasElement);
  const picker = el.shadowRoot!.querySelector<HTMLInputElement>('#avatar-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'maya.svg', { type: 'image/svg+xml' }));
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A host's upload hook: it would send the file to its storage and answer with the picture's https URL. */
const simulatedUpload: AvatarUploader = (file) =>
  new Promise((resolve) => setTimeout(() => resolve(`https://avatars.githubusercontent.com/u/9919?s=160&name=${encodeURIComponent(file.name)}`), 600));

const meta: Meta<Args> = {
  title: 'Elements/Profile form',
  component: 'so-profile-form',
  args: { headingLevel: 2 },
  argTypes: { client: { control: false }, uploadAvatar: { control: false } },
  parameters: { docs: { story: { inline: false, iframeHeight: 760 } } },
  render: (args) => html`<div style="max-inline-size: 36rem">
    <so-profile-form
      .client=${args.client}
      .uploadAvatar=${args.uploadAvatar}
      heading-level=${args.headingLevel}
      @so-profile-updated=${logEvent}
      @so-error=${logEvent}
      @so-reauth-required=${logEvent}
    ></so-profile-form>
    <output style="display: block; margin-block-start: 1rem; font: 0.8rem/1.4 monospace; white-space: pre-wrap"></output>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The loaded profile; Save is inert until something changes. */
export const Ready: Story = { name: 'Ready', args: { client: clientWith() } };

export const Loading: Story = {
  name: 'Loading',
  args: { client: { ...createMemoryAccountClient(), getProfile: () => new Promise<never>(() => undefined) } },
};

export const LoadError: Story = { name: 'Error loading', args: { client: clientWith({ failures: { getProfile: 'unavailable' } }) } };

/** A changed name and time zone: Save is active and "You have unsaved changes" shows. */
export const Changed: Story = {
  name: 'Changed: Save active',
  args: { client: clientWith() },
  play: edit({ 'display-name': 'Maya Chen-Ortiz', timezone: 'Asia/Tokyo' }),
};

/** The server refuses fields (`validation` with `fieldErrors`): each message shows beside its field, focus on the first. */
export const ServerFieldErrors: Story = {
  name: 'Error: the server refuses fields',
  args: {
    client: clientWith({
      failures: {
        updateProfile: { code: 'validation', status: 422, fieldErrors: { email: ['This address is already in use.'], displayName: ['That name is reserved.'] } },
      },
    }),
  },
  play: edit({ 'display-name': 'Admin', email: 'ops@acme-robotics.example' }, true),
};

/** The form's own checks, before anything is sent. */
export const ClientValidation: Story = {
  name: 'Error: fields checked before sending',
  args: { client: clientWith() },
  play: edit({ 'display-name': ' ', email: 'maya@', 'avatar-url': 'javascript:alert(1)', timezone: 'Mars/Olympus_Mons' }, true),
};

/** A failed save keeps what the user typed and says why; Save again retries with the same idempotency key. */
export const SaveFailure: Story = {
  name: 'Error: Save fails, input kept',
  args: { client: clientWith({ failures: { updateProfile: 'unavailable' } }) },
  play: edit({ 'display-name': 'Maya Ortiz' }, true),
};

/** A changed email waits for confirmation: the form names the address to check. */
export const PendingEmail: Story = {
  name: 'Email change waiting for confirmation',
  args: { client: clientWith({ seed: { profile: { ...MAYA, pendingEmail: 'maya@ortiz.example' } } }) },
};

/** With the host's `uploadAvatar` hook, a file picker appears; the URL it answers with fills the field. */
export const AvatarUpload: Story = {
  name: 'Picture upload through the host',
  args: { client: clientWith({ seed: { profile: MAYA } }), uploadAvatar: simulatedUpload },
  play: pickPicture,
};

/** The upload hook rejects: the reason shows beside the file picker. */
export const AvatarUploadFailure: Story = {
  name: 'Error: picture upload fails',
  args: { client: clientWith({ seed: { profile: MAYA } }), uploadAvatar: () => Promise.reject(new AccountApiError('network')) },
  play: pickPicture,
};

/** No picture: the initials stand in. */
export const NoAvatar: Story = { name: 'No picture (initials)', args: { client: clientWith({ seed: { profile: MAYA } }) } };

export const German: Story = {
  name: 'Another locale (German)',
  args: { client: clientWith({ seed: { profile: { ...MAYA, locale: 'de' } } }) },
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { client: clientWith() },
  decorators: [darkTheme],
};

/** 320 px wide: the picture and its fields stack, the buttons wrap. */
export const Narrow: Story = {
  name: '320 px wide',
  args: { client: clientWith() },
  decorators: [(story) => html`<div style="inline-size: 320px; outline: 1px dashed GrayText">${story()}</div>`],
};

/** Arabic, right to left, with the complete Arabic catalogue: the layout mirrors and the arrows flip. */
export const Arabic: Story = { ...Ready, name: 'Arabic (right to left)', decorators: [arabic] };

/** The pseudo-locale: every letter accented and every text 40 % longer, so truncation and untranslated text stand out. */
export const Pseudo: Story = { ...Ready, name: 'Pseudo-locale', decorators: [pseudo] };
