import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Properties = Readonly<Record<string, string | undefined>>;

/**
 * `style=${styleProperties({ inlineSize: '40%', '--_hue': '210' })}`: sets each property through
 * the CSSOM (`element.style.setProperty`), never as a `style` attribute — Lit's `styleMap`
 * writes the attribute on first render, which a `style-src` CSP without `'unsafe-inline'`
 * blocks. `undefined` removes a property; properties no longer given are removed.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleProperties() belongs in a style attribute.');
  }

  render(_properties: Properties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Properties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(properties)) {
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      if (value === undefined) continue;
      next.add(name);
      style.setProperty(name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
