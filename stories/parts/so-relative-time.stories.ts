import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/internal/parts/so-relative-time/so-relative-time.js';

interface Args {
  date: string;
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const meta: Meta<Args> = {
  title: 'Internal parts/Relative time',
  component: 'so-relative-time',
  render: (args) => html`<p>Last used <so-relative-time date=${args.date}></so-relative-time> (hover for the full date).</p>`,
};

export default meta;
type Story = StoryObj<Args>;

/** A moment in the past. */
export const Past: Story = { args: { date: minutesFromNow(-2) } };

/** A moment in the future. */
export const Future: Story = { args: { date: minutesFromNow(3 * 24 * 60) } };

/** Seconds ago: the text keeps itself current, once a second for the first minute. */
export const Ticking: Story = { args: { date: minutesFromNow(-0.1) } };

/** Not a date: renders nothing rather than "Invalid Date". */
export const Invalid: Story = { args: { date: 'not a date' } };

/** In the language of the nearest `lang` ancestor. */
export const German: Story = {
  args: { date: minutesFromNow(-90) },
  render: (args) => html`<p lang="de">Zuletzt verwendet <so-relative-time date=${args.date}></so-relative-time>.</p>`,
};
