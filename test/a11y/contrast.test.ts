/**
 * WCAG 2.2 1.4.3 (text, 4.5:1) and 1.4.11 (UI parts, 3:1) over the design tokens' defaults.
 *
 * The values are read from `tokenStyles` itself — the `light-dark(light, dark)` fallbacks of the
 * private `--_color-*` variables — so a change to a token is checked without editing this file.
 * The ratio is the one `<so-org-profile>` shows for a brand colour (WCAG 2 relative luminance).
 */
import { expect } from '@open-wc/testing';
import { contrastRatio, floorRatio } from '../../src/elements/so-org-profile/contrast.js';
import { tokenStyles } from '../../src/internal/styles/tokens.js';

type Scheme = 'light' | 'dark';

const TOKEN = /--_color-([a-z-]+)\s*:\s*var\(\s*--so-color-\1\s*,\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)\s*\)/gi;

/** Every `--_color-*` token whose default is a pair of hex colours, as `{ light, dark }`. */
function parseTokens(cssText: string): Map<string, Record<Scheme, string>> {
  const tokens = new Map<string, Record<Scheme, string>>();
  for (const match of cssText.matchAll(TOKEN)) {
    tokens.set(match[1]!, { light: expandHex(match[2]!), dark: expandHex(match[3]!) });
  }
  return tokens;
}

function expandHex(hex: string): string {
  const digits = hex.slice(1).toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}

const tokens = parseTokens(tokenStyles.cssText);

/**
 * The closest colour to `foreground` (mixed towards black on a light background, towards white
 * on a dark one, 1 % at a time) that reaches `minimum` on `background`: the value a failure
 * suggests.
 */
function compliantValue(foreground: string, background: string, minimum: number): string {
  const channels = (hex: string) => [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));
  const towards = contrastRatio(background, '#ffffff') > contrastRatio(background, '#000000') ? 255 : 0;
  const start = channels(foreground);
  for (let step = 0; step <= 100; step += 1) {
    const mixed = `#${start.map((value) => Math.round(value + ((towards - value) * step) / 100).toString(16).padStart(2, '0')).join('')}`;
    if (contrastRatio(mixed, background) >= minimum) return mixed;
  }
  return towards ? '#ffffff' : '#000000';
}

function failure(scheme: Scheme, foreground: string, background: string, minimum: number, ratio: number): string {
  const [fg, bg] = [color(foreground, scheme), color(background, scheme)];
  return `${scheme}: --_color-${foreground} ${fg} on --_color-${background} ${bg} is ${floorRatio(ratio)}:1, under ${minimum}:1 (e.g. ${compliantValue(fg, bg, minimum)} reaches it)`;
}

function color(name: string, scheme: Scheme): string {
  const token = tokens.get(name);
  if (!token) throw new Error(`--_color-${name} has no light-dark(#hex, #hex) default in tokens.ts (found: ${[...tokens.keys()].join(', ')})`);
  return token[scheme];
}

const SURFACES = ['surface', 'surface-raised'];

/** Text colours, each against every surface it is drawn on. */
const TEXT_PAIRS: [foreground: string, background: string][] = [
  ...['text', 'text-muted', 'brand', 'danger', 'success', 'warning', 'focus'].flatMap((text) =>
    SURFACES.map((surface): [string, string] => [text, surface]),
  ),
  ['on-brand', 'brand'],
  ['on-danger', 'danger'],
];

/**
 * Non-text parts — the edge of a control and the focus ring — against the surfaces. `border` is
 * for decorative lines (cards, dividers), which 1.4.11 does not cover; controls use `control-border`.
 */
const UI_PAIRS: [foreground: string, background: string][] = ['control-border', 'focus'].flatMap((part) =>
  SURFACES.map((surface): [string, string] => [part, surface]),
);

describe('token contrast (WCAG 2.2 1.4.3, 1.4.11)', () => {
  it('reads every colour token used here from tokens.ts', () => {
    for (const name of ['text', 'text-muted', 'brand', 'on-brand', 'danger', 'on-danger', 'success', 'warning', 'focus', 'border', 'control-border', ...SURFACES]) {
      expect(tokens.has(name), `--_color-${name}`).to.equal(true);
    }
  });

  it('computes WCAG 2 contrast (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('#4338ca', '#4338ca')).to.equal(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme}`, () => {
      for (const [foreground, background] of TEXT_PAIRS) {
        it(`text: ${foreground} on ${background} is at least 4.5:1`, () => {
          const ratio = contrastRatio(color(foreground, scheme), color(background, scheme));
          expect(ratio >= 4.5, failure(scheme, foreground, background, 4.5, ratio)).to.equal(true);
        });
      }
      for (const [foreground, background] of UI_PAIRS) {
        it(`UI part: ${foreground} on ${background} is at least 3:1`, () => {
          const ratio = contrastRatio(color(foreground, scheme), color(background, scheme));
          expect(ratio >= 3, failure(scheme, foreground, background, 3, ratio)).to.equal(true);
        });
      }
    });
  }
});
