import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';
import type { SoConfirmDialog } from '../../src/internal/parts/so-confirm-dialog/so-confirm-dialog.js';

interface Args {
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  variant: 'default' | 'danger';
  confirmPhrase: string;
  busy: boolean;
  open: boolean;
}

/** Shows what the dialog answered, next to the trigger. */
function showOutcome(event: Event): void {
  const outcome = (event.currentTarget as HTMLElement).parentElement!.querySelector('output')!;
  outcome.textContent = event.type === 'so-confirm' ? 'Confirmed.' : `Cancelled (${(event as CustomEvent<{ reason: string }>).detail.reason}).`;
}

function openDialog(event: Event): void {
  const dialog = (event.currentTarget as HTMLElement).parentElement!.querySelector('so-confirm-dialog')!;
  void dialog.show();
}

const meta: Meta<Args> = {
  title: 'Internal parts/Confirm dialog',
  component: 'so-confirm-dialog',
  args: {
    heading: 'Revoke this API key?',
    body: 'Requests using the key stop working at once. This cannot be undone.',
    confirmLabel: 'Revoke key',
    cancelLabel: '',
    variant: 'default',
    confirmPhrase: '',
    busy: false,
    open: false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'danger'] },
  },
  // An open modal takes over the page, so each story gets its own frame in the docs.
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
  render: (args) => html`<div>
    <button type="button" @click=${openDialog}>Open dialog</button>
    <output aria-live="polite"></output>
    <so-confirm-dialog
      heading=${args.heading}
      confirm-label=${args.confirmLabel}
      cancel-label=${args.cancelLabel}
      variant=${args.variant}
      confirm-phrase=${args.confirmPhrase}
      ?busy=${args.busy}
      ?open=${args.open}
      @so-confirm=${showOutcome}
      @so-cancel=${showOutcome}
    >
      <p>${args.body}</p>
    </so-confirm-dialog>
  </div>`,
};

export default meta;
type Story = StoryObj<Args>;

/** Closed, with the button that opens it; focus returns to that button when the dialog closes. */
export const Closed: Story = {};

/** Open, with focus on Confirm. */
export const Open: Story = { args: { open: true } };

/** A destructive action: the danger colour, focus on Cancel, and the name typed exactly to confirm. */
export const DangerTypeToConfirm: Story = {
  name: 'Danger, type to confirm',
  args: {
    open: true,
    variant: 'danger',
    heading: 'Delete organization “Acme Inc”?',
    body: 'All members lose access and every API key stops working. This cannot be undone.',
    confirmLabel: 'Delete organization',
    confirmPhrase: 'Acme Inc',
  },
};

/** While the host's action runs: Confirm, Cancel and Escape do nothing and progress shows. */
export const Busy: Story = {
  args: {
    open: true,
    busy: true,
    variant: 'danger',
    heading: 'Revoke all sessions?',
    body: 'Everyone in this organization is signed out on every device, including you.',
    confirmLabel: 'Revoke sessions',
  },
};

/** The whole flow: confirming sets `busy` for two seconds, as a real request would, then closes. */
export const BusyFlow: Story = {
  name: 'Busy flow',
  render: (args) => html`<div>
    <button type="button" @click=${openDialog}>Rotate key</button>
    <output aria-live="polite"></output>
    <so-confirm-dialog
      heading="Rotate this key?"
      confirm-label="Rotate key"
      @so-confirm=${async (event: Event) => {
        const dialog = event.currentTarget as SoConfirmDialog;
        dialog.busy = true;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await dialog.hide();
        dialog.busy = false;
        showOutcome(event);
      }}
      @so-cancel=${showOutcome}
    >
      <p>${args.body}</p>
    </so-confirm-dialog>
  </div>`,
};
