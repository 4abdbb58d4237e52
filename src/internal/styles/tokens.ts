import { css } from 'lit';

/**
 * The design tokens. Hosts set `--so-*` on any ancestor; every element reads them through the
 * private `--_*` variables below, whose fallbacks hold the light and dark defaults. Dark follows
 * `prefers-color-scheme` unless an ancestor has `.so-theme-light` / `.so-theme-dark`, or sets
 * `--so-color-scheme` (`light`, `dark`, `light dark`) itself.
 */
export const tokenStyles = css`
  :host {
    color-scheme: var(--so-color-scheme, light dark);

    --_color-brand: var(--so-color-brand, light-dark(#4338ca, #a5b4fc));
    --_color-on-brand: var(--so-color-on-brand, light-dark(#ffffff, #111827));
    --_color-text: var(--so-color-text, light-dark(#111827, #f3f4f6));
    --_color-text-muted: var(--so-color-text-muted, light-dark(#4b5563, #9ca3af));
    --_color-surface: var(--so-color-surface, light-dark(#ffffff, #111827));
    --_color-surface-raised: var(--so-color-surface-raised, light-dark(#f9fafb, #1f2937));
    --_color-border: var(--so-color-border, light-dark(#d1d5db, #374151));
    /* The edge of a control (input, select, outlined button): 3:1 against the surfaces (WCAG 1.4.11). */
    --_color-control-border: var(--so-color-control-border, light-dark(#878e99, #7b8391));
    --_color-focus: var(--so-color-focus, light-dark(#4338ca, #a5b4fc));
    --_color-success: var(--so-color-success, light-dark(#047857, #6ee7b7));
    --_color-warning: var(--so-color-warning, light-dark(#b45309, #fcd34d));
    --_color-danger: var(--so-color-danger, light-dark(#b91c1c, #fca5a5));
    --_color-on-danger: var(--so-color-on-danger, light-dark(#ffffff, #111827));
    --_color-skeleton: var(--so-color-skeleton, light-dark(#e5e7eb, #374151));
    --_color-backdrop: var(--so-color-backdrop, light-dark(rgb(17 24 39 / 0.5), rgb(0 0 0 / 0.7)));

    --_space-1: var(--so-space-1, 0.25rem);
    --_space-2: var(--so-space-2, 0.5rem);
    --_space-3: var(--so-space-3, 0.75rem);
    --_space-4: var(--so-space-4, 1rem);
    --_space-6: var(--so-space-6, 1.5rem);

    --_radius-small: var(--so-radius-small, 0.25rem);
    --_radius-medium: var(--so-radius-medium, 0.5rem);
    --_radius-large: var(--so-radius-large, 0.75rem);

    --_font-family: var(--so-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-family-mono: var(--so-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_font-size-small: var(--so-font-size-small, 0.875rem);
    --_font-size-medium: var(--so-font-size-medium, 1rem);
    --_font-size-large: var(--so-font-size-large, 1.25rem);
    --_font-weight-strong: var(--so-font-weight-strong, 600);
  }
`;

/** The page-level classes that pick a theme: custom properties inherit into every shadow root. */
const themeClasses = `
  .so-theme-light { --so-color-scheme: light; }
  .so-theme-dark { --so-color-scheme: dark; }
`;

let installed = false;

/** Adds the two theme classes to the document once; elements call this when they connect. */
export function installThemeClasses(): void {
  if (installed || typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  installed = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeClasses);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
