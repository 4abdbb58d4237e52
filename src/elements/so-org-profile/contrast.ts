/**
 * Colour arithmetic for the brand colour preview: hex parsing, WCAG 2 relative luminance and
 * contrast ratio, and which of white or black text reads better on a colour.
 */

/** The contrast WCAG 2 (AA) asks of normal-size text against its background. */
export const MIN_TEXT_CONTRAST = 4.5;

/** The two text colours a button on the brand colour may carry. */
export const WHITE = '#ffffff';
export const BLACK = '#000000';

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * `value` as a lowercase `#rrggbb` (what the backend stores and `<input type="color">` takes),
 * accepting `#rgb`, `rrggbb` and surrounding spaces; `null` when it is not a hex colour.
 */
export function normalizeHex(value: string): string | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  const digits = match[1]!.toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}

/** The WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

/** What a colour means for text on it. */
export interface ContrastReport {
  /** The colour, `#rrggbb`. */
  color: string;
  /** Contrast of white text on the colour. */
  onWhite: number;
  /** Contrast of black text on the colour. */
  onBlack: number;
  /** The text colour that reads better on it: what the sample button uses. */
  text: typeof WHITE | typeof BLACK;
  /**
   * White text is under 4.5:1. Brand buttons usually carry white text, so this is the warning.
   * (The better of white and black never falls under 4.5:1: the worst case, a colour of luminance
   * about 0.18, still gives 4.58:1 either way, so there is no "neither works" case to warn about.)
   */
  lowWhiteContrast: boolean;
}

/** The contrast report for a `#rrggbb` colour. */
export function contrastReport(color: string): ContrastReport {
  const onWhite = contrastRatio(color, WHITE);
  const onBlack = contrastRatio(color, BLACK);
  return { color, onWhite, onBlack, text: onWhite >= onBlack ? WHITE : BLACK, lowWhiteContrast: onWhite < MIN_TEXT_CONTRAST };
}

/**
 * A ratio rounded down to two decimals for display, so a ratio just under a threshold never
 * reads as meeting it (4.499 shows as 4.49, not 4.5).
 */
export function floorRatio(ratio: number): number {
  return Math.floor(ratio * 100 + 1e-9) / 100;
}
