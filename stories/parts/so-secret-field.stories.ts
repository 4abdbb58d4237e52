import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/internal/parts/so-secret-field/so-secret-field.js';
import type { SoSecretField } from '../../src/internal/parts/so-secret-field/so-secret-field.js';

// A made-up key for the catalogue; it opens nothing.
const DEMO_SECRET = 'sk-so-DEMO7fK2pQ9xLmW4vT8nR5yB3F92';

/** Stands in for `client.revealApiKey(id)`, with a little latency. */
const demoRevealer = () => new Promise<string>((resolve) => setTimeout(() => resolve(DEMO_SECRET), 300));

interface Args {
  prefix: string;
  last4: string;
  label: string;
  revealTimeout: number;
  copyable: boolean;
  revealable: boolean;
}

const field = (canvas: HTMLElement) => canvas.querySelector<SoSecretField>('so-secret-field')!;

const meta: Meta<Args> = {
  title: 'Internal parts/Secret field',
  component: 'so-secret-field',
  args: { prefix: 'sk-so-', last4: '3F92', label: 'Production key', revealTimeout: 30, copyable: true, revealable: true },
  render: (args) => html`<so-secret-field
    prefix=${args.prefix}
    last4=${args.last4}
    label=${args.label}
    reveal-timeout=${args.revealTimeout}
    copyable=${String(args.copyable)}
    revealable=${String(args.revealable)}
    .revealer=${demoRevealer}
  ></so-secret-field>`,
};

export default meta;
type Story = StoryObj<Args>;

/** Masked, with Reveal and Copy: the secret is fetched only when asked for. */
export const Masked: Story = {};

/** Masked with no way to fetch the secret: no buttons. */
export const MaskedReadOnly: Story = {
  name: 'Masked, read-only',
  render: (args) => html`<so-secret-field prefix=${args.prefix} last4=${args.last4} label=${args.label}></so-secret-field>`,
};

/** Revealed, with the hint that it hides itself again. */
export const Revealed: Story = {
  play: async ({ canvasElement }) => {
    await field(canvasElement).reveal();
  },
};

/** Revealed for five seconds, then hidden and forgotten. */
export const ShortRevealTimeout: Story = {
  name: 'Short reveal timeout',
  args: { revealTimeout: 5 },
  play: async ({ canvasElement }) => {
    await field(canvasElement).reveal();
  },
};

/** A just-created key handed over with `setSecret()`: shown once, gone for good once hidden. */
export const ShowOnce: Story = {
  name: 'Show once (setSecret)',
  args: { revealTimeout: 0 },
  render: (args) => html`<so-secret-field prefix=${args.prefix} last4=${args.last4} label=${args.label} reveal-timeout=${args.revealTimeout}></so-secret-field>`,
  play: async ({ canvasElement }) => {
    field(canvasElement).setSecret(DEMO_SECRET);
  },
};

/** The clipboard refused: the secret is shown selected, to be copied by hand. */
export const CopyRefused: Story = {
  name: 'Copy refused',
  play: async ({ canvasElement }) => {
    const refusing = { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) };
    Object.defineProperty(navigator, 'clipboard', { value: refusing, configurable: true });
    try {
      await field(canvasElement).copy();
    } finally {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    }
  },
};

/** Copy only, for a host that can fetch the secret but should not display it. */
export const CopyOnly: Story = {
  name: 'Copy only',
  args: { revealable: false },
};
