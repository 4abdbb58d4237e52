import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { captureConsole } from './console.js';

type Render = () => TemplateResult;

/** The parts of a Storybook story (CSF 3) these tests run: args, render, decorators and play. */
export interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  decorators?: ((story: Render, context: unknown) => TemplateResult)[];
  play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void;
  /** Runs before the story renders; what it returns runs after the story (Storybook's cleanup). */
  beforeEach?: () => Promise<void | (() => void)> | void | (() => void);
}

/** The text a user reads, through shadow roots and into slots, whitespace collapsed. */
export function deepText(node: Node): string {
  const walk = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent!;
    if (current instanceof Element && (current.localName === 'style' || current.localName === 'template')) return '';
    const assigned = current instanceof HTMLSlotElement ? current.assignedNodes({ flatten: true }) : [];
    const children =
      assigned.length > 0 ? assigned : current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    return [...children].map(walk).join(' ');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/**
 * Runs every story of a stories module as Storybook would (args, decorators, render, play) and
 * checks that each shows its `expected` text, passes axe and logs no error or warning; a story
 * without an expectation fails, so a new story cannot go unchecked.
 */
export function describeStories(title: string, module: Record<string, unknown>, expected: Record<string, string>): void {
  const { default: meta, ...named } = module as { default: StoryLike } & Record<string, StoryLike>;
  describe(title, () => {
    it('has a check for every story', () => {
      expect(Object.keys(named).sort()).to.deep.equal(Object.keys(expected).sort());
    });

    for (const [exportName, story] of Object.entries(named)) {
      it(`renders “${story.name ?? exportName}” with no error or warning logged`, async () => {
        const errors = captureConsole('error');
        const warnings = captureConsole('warn');
        const cleanup = await story.beforeEach?.();
        try {
          const args = { ...meta.args, ...story.args };
          const render = story.render ?? meta.render!;
          const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
          const template = decorators.reduce<Render>((inner, decorator) => () => decorator(inner, {}), () => render(args, {}));
          const frame = await fixture<HTMLElement>(template());
          const canvasElement = frame.parentElement!;
          await story.play?.({ canvasElement });
          const text = expected[exportName]!;
          await waitUntil(() => deepText(canvasElement).includes(text), `shows “${text}”`, { timeout: 4000 });
          await expect(canvasElement).to.be.accessible();
        } finally {
          if (typeof cleanup === 'function') cleanup();
          warnings.restore();
          errors.restore();
        }
        expect(errors.messages).to.deep.equal([]);
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  });
}
