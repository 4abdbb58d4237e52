import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/internal/parts/so-secret-once/so-secret-once.js';
import type { OnceSecret, SoSecretOnce } from '../../src/internal/parts/so-secret-once/so-secret-once.js';

// Made-up keys for the catalogue; they open nothing.
const DEMO: OnceSecret[] = [
  { id: 'key_platform', label: 'Platform key', prefix: 'sk-so-', last4: 'Q8z1', secret: 'sk-so-DEMO4nT7pW2xKq9LmV3rB6yQ8z1' },
  { id: 'key_ci', label: 'CI deploys', prefix: 'sk-so-', last4: 'h5Jd', secret: 'sk-so-DEMO8cR1sZ6mNf3GtY7wE2ph5Jd' },
  { id: 'key_staging', label: 'Staging agents', prefix: 'sk-so-', last4: 'Vu40', secret: 'sk-so-DEMO2kL9dX5bHq8PjA1nC7Vu40' },
];

interface Args {
  heading: string;
  dismissLabel: string;
  count: number;
}

const panel = (canvas: HTMLElement) => canvas.querySelector<SoSecretOnce>('so-secret-once')!;

/** Shows the panel again after it was dismissed, as a host would after the next create or rotate. */
function showAgain(event: Event, count: number): void {
  const frame = (event.currentTarget as HTMLElement).parentElement!;
  void frame.querySelector<SoSecretOnce>('so-secret-once')!.show(DEMO.slice(0, count));
}

const meta: Meta<Args> = {
  title: 'Internal parts/Secret shown once',
  component: 'so-secret-once',
  args: { heading: '', dismissLabel: '', count: 1 },
  argTypes: { count: { control: { type: 'range', min: 1, max: 3 } } },
  render: (args) => html`<div>
    <so-secret-once heading=${args.heading} dismiss-label=${args.dismissLabel}>
      <p>Store it as SENTIENTONE_API_KEY (or your equivalent) in every environment that needs it.</p>
    </so-secret-once>
    <button type="button" @click=${(event: Event) => showAgain(event, args.count)}>Show a new secret</button>
  </div>`,
  play: async ({ canvasElement, args }) => {
    await panel(canvasElement).show(DEMO.slice(0, args.count));
  },
};

export default meta;
type Story = StoryObj<Args>;

/** A just-created key: the warning, Copy, and "I have saved it". Dismissing forgets it. */
export const OneSecret: Story = { name: 'One secret' };

/** Several secrets at once, as regenerating every key produces. */
export const SeveralSecrets: Story = { name: 'Several secrets', args: { count: 3 } };

/** A host's own heading and button text. */
export const CustomWording: Story = {
  name: 'Custom wording',
  args: { heading: 'Your new app secret', dismissLabel: 'Done, I stored it' },
};

/** Nothing to show: the panel takes no space. */
export const Closed: Story = { play: async () => undefined };
