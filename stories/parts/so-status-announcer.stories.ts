import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/internal/parts/so-status-announcer/so-status-announcer.js';

interface Args {
  message: string;
  assertive: boolean;
}

/** Announces the message and logs it, since the live region itself is invisible. */
function announce(event: Event, message: string): void {
  const container = (event.currentTarget as HTMLElement).parentElement!;
  void container.querySelector('so-status-announcer')!.announce(message);
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}: ${message}`;
  container.querySelector('ol')!.prepend(item);
}

const meta: Meta<Args> = {
  title: 'Internal parts/Status announcer',
  component: 'so-status-announcer',
  args: { message: 'Copied to clipboard.', assertive: false },
  render: (args) => html`<div>
    <button type="button" @click=${(event: Event) => announce(event, args.message)}>Announce “${args.message}”</button>
    <p>The region is visually hidden; turn on a screen reader to hear it. Pressing twice repeats the message.</p>
    <ol aria-label="Announced"></ol>
    <so-status-announcer ?assertive=${args.assertive}></so-status-announcer>
  </div>`,
};

export default meta;
type Story = StoryObj<Args>;

/** A polite status: spoken when the screen reader is idle. */
export const Polite: Story = {};

/** An assertive alert: interrupts. For urgent problems only. */
export const Assertive: Story = { args: { assertive: true, message: 'Connection lost. Changes are not being saved.' } };
