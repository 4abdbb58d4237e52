/**
 * Resize text (WCAG 1.4.4) and text spacing (1.4.12) for every element in its ready state, in a
 * 640 px wide container:
 *
 * - 1.4.4: with the root font size doubled (`font-size: 200%` on `<html>`), no text is clipped —
 *   no element with `overflow: hidden` or `clip` that holds text has content beyond its box
 *   (`scrollWidth > clientWidth + 1` or `scrollHeight > clientHeight + 1` on a clipped axis) — and
 *   nothing sticks out of the container sideways.
 * - 1.4.12: with the WCAG text-spacing overrides (line height 1.5, letter spacing 0.12em, word
 *   spacing 0.16em, 2em after paragraphs) adopted into the document and every shadow root, no
 *   text is clipped by the same rule.
 *
 * Left out on purpose: visually hidden text (`.visually-hidden` and the same 1 px `clip-path`
 * pattern under another class), scroll containers (`overflow: auto`/`scroll`, which let the user
 * reach the rest) and the virtualized members list's scroller.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { createMemoryAccountClient } from '../../src/memory.js';
import '../../src/index.js';
import { flatElements, loaded, panelLoaded, squash } from './a11y-helpers.js';

const TAGS = [
  'so-api-key-panel',
  'so-usage-meter',
  'so-billing-card',
  'so-org-members',
  'so-danger-zone',
  'so-sessions',
  'so-notification-settings',
  'so-passkeys',
  'so-profile-form',
  'so-org-profile',
  'so-subscriptions',
  'so-account-settings',
];

const WIDTH = 640;

/** The WCAG 1.4.12 overrides, as the success criterion's understanding document gives them. */
const TEXT_SPACING = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`;

/** Renders the element on the memory client in a container `WIDTH` px wide, and waits until ready. */
async function render(tag: string): Promise<{ container: HTMLElement; el: HTMLElement }> {
  const name = unsafeStatic(tag);
  const container = await fixture<HTMLElement>(
    html`<div style="inline-size: ${WIDTH}px">${staticHtml`<${name} .client=${createMemoryAccountClient()}></${name}>`}</div>`,
  );
  const el = container.querySelector(tag) as HTMLElement;
  await loaded(el);
  if (tag === 'so-account-settings') {
    await panelLoaded(el.shadowRoot!.querySelector('[role="tabpanel"]:not([hidden])')!);
  }
  await settle();
  return { container, el };
}

/** Two frames, so styles and layout have caught up (and a resize observer has run). */
async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Hidden on purpose for sighted users: `.visually-hidden`, or a 1 px box clipped by `clip-path`. */
function visuallyHidden(element: Element): boolean {
  if (element.classList.contains('visually-hidden')) return true;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return style.clipPath !== 'none' && box.width <= 1 && box.height <= 1;
}

/** The element's parent in the flattened tree (slot for slotted content, host for a shadow root's child). */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether the element or an ancestor (flattened tree, up to `host`) is visually hidden on purpose. */
function insideVisuallyHidden(element: Element, host: Element): boolean {
  for (let node: Element | null = element; node && node !== host; node = flatParent(node)) {
    if (visuallyHidden(node)) return true;
  }
  return false;
}

/** The virtualized members list: a scroller by design (the virtualizer sets its overflow). */
function isVirtualizedScroller(element: Element): boolean {
  return element.classList.contains('virtualized') || element.hasAttribute('virtualizer-sizer');
}

/** The text an element holds, through shadow roots and slots. */
function deepText(element: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    if (node instanceof Element && ['style', 'script'].includes(node.localName)) return;
    const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [];
    const next = children.length ? children : node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    next.forEach(visit);
  };
  visit(element);
  return squash(text);
}

function labelOf(element: Element): string {
  const classes = element.getAttribute('class') ? `.${element.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
  const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
  const text = deepText(element);
  return `<${element.localName}${classes}${part}> "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/**
 * Every rendered element under `host` (through shadow roots) that clips text: `overflow: hidden`
 * or `clip` on an axis along which its content is larger than its box. Each as a description with
 * the sizes.
 */
function clippedText(host: Element): string[] {
  const problems: string[] = [];
  for (const element of [host, ...flatElements(host)]) {
    if (!(element instanceof HTMLElement)) continue;
    if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
    const style = getComputedStyle(element);
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if (!clipsX && !clipsY) continue;
    if (isVirtualizedScroller(element) || insideVisuallyHidden(element, host)) continue;
    if (!deepText(element)) continue;
    const overX = clipsX && element.scrollWidth > element.clientWidth + 1;
    const overY = clipsY && element.scrollHeight > element.clientHeight + 1;
    if (overX || overY) {
      problems.push(
        `${labelOf(element)} (overflow ${style.overflowX} ${style.overflowY}): scroll ${element.scrollWidth}×${element.scrollHeight} in client ${element.clientWidth}×${element.clientHeight}`,
      );
    }
  }
  return problems;
}

/** Rendered elements under `host` whose box sticks out of `container` sideways (outside any scroll container). */
function outsideContainer(host: Element, container: Element): string[] {
  const bounds = container.getBoundingClientRect();
  const problems: string[] = [];
  const scrolls = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
  for (const element of flatElements(host)) {
    if (!element.checkVisibility({ checkVisibilityCSS: true })) continue;
    if (insideVisuallyHidden(element, host)) continue;
    let scrolled = false;
    for (let node = flatParent(element); node && node !== host; node = flatParent(node)) {
      if (scrolls(node) || isVirtualizedScroller(node)) scrolled = true;
    }
    if (scrolled) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
      problems.push(`${labelOf(element)}: ${box.left.toFixed(1)}…${box.right.toFixed(1)} outside ${bounds.left.toFixed(1)}…${bounds.right.toFixed(1)}`);
    }
  }
  return problems;
}

/** Every shadow root under (and of) `host`. */
function shadowRoots(host: Element): ShadowRoot[] {
  return [host, ...flatElements(host)].map((element) => element.shadowRoot).filter((root): root is ShadowRoot => !!root);
}

/** Adopts `css` into the document and every shadow root under `host`; returns a restore. */
function adoptEverywhere(host: Element, css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const targets: (Document | ShadowRoot)[] = [document, ...shadowRoots(host)];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    for (const target of targets) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

/** Elements that fail a case today; each is skipped with the reason. See ACCESSIBILITY.md. */
const KNOWN_RESIZE_BUGS: Record<string, string> = {};
const KNOWN_SPACING_BUGS: Record<string, string> = {};

describe('resize text (1.4.4): 200 % root font size in 640 px', () => {
  let previous = '';
  beforeEach(() => {
    previous = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(() => {
    document.documentElement.style.fontSize = previous;
  });

  for (const tag of TAGS) {
    // A known bug (KNOWN_RESIZE_BUGS, each marked BUG:) skips its case until it is fixed.
    const test = KNOWN_RESIZE_BUGS[tag] ? it.skip : it;
    test(`<${tag}>: no text is clipped and nothing overflows the container sideways`, async () => {
      const { container, el } = await render(tag);
      expect(getComputedStyle(el).fontSize, 'the element follows the root font size').to.equal('32px');
      const problems = [...clippedText(el), ...outsideContainer(el, container)];
      if (container.scrollWidth > container.clientWidth + 1) problems.push(`the container scrolls sideways: ${container.scrollWidth} in ${container.clientWidth}`);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});

describe('text spacing (1.4.12): WCAG overrides in every shadow root, 640 px', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  for (const tag of TAGS) {
    // A known bug (KNOWN_SPACING_BUGS, each marked BUG:) skips its case until it is fixed.
    const test = KNOWN_SPACING_BUGS[tag] ? it.skip : it;
    test(`<${tag}>: no text is clipped with line height 1.5, letter spacing 0.12em, word spacing 0.16em, 2em after paragraphs`, async () => {
      const { el } = await render(tag);
      restore = adoptEverywhere(el, TEXT_SPACING);
      await settle();
      const probe = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, p') ?? el.shadowRoot!.firstElementChild!;
      expect(getComputedStyle(probe).letterSpacing, 'the overrides apply inside the shadow root').not.to.equal('normal');
      const clipped = clippedText(el);
      expect(clipped, clipped.join('\n')).to.deep.equal([]);
    });
  }
});

describe('resize and spacing: the checks themselves', () => {
  it('report text clipped by overflow: hidden, and leave out visually hidden text and scrollers', async () => {
    const host = await fixture<HTMLElement>(html`<div style="inline-size: 200px">
      <div id="clipped" style="overflow: hidden; white-space: nowrap; inline-size: 50px">a rather long line of text</div>
      <div id="tall" style="overflow: clip; block-size: 10px">tall<br />text</div>
      <div class="visually-hidden" style="position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap">hidden words</div>
      <div style="overflow: auto; white-space: nowrap; inline-size: 50px">a scroller with long text</div>
      <div style="overflow: hidden; inline-size: 50px">fits</div>
    </div>`);
    const clipped = clippedText(host);
    expect(clipped).to.have.length(2);
    expect(clipped[0]).to.contain('a rather long line');
    expect(clipped[1]).to.contain('tall');
  });
});
