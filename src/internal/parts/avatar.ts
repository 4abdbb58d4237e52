import { html, nothing, type TemplateResult } from 'lit';
import { styleProperties } from '../directives/style-properties.js';
import type { Member } from '../../client/types.js';
import { safeHref } from '../safe-url.js';

/** Up to two initials: the first letters of the first and last words of the name (or the email). */
export function initials(name: string, email = ''): string {
  const words = (name.trim() || email.split('@')[0] || '').split(/[\s._-]+/u).filter(Boolean);
  const first = words[0] ? Array.from(words[0])[0] : '';
  const last = words.length > 1 ? Array.from(words[words.length - 1]!)[0] : '';
  return `${first ?? ''}${last ?? ''}`.toLocaleUpperCase();
}

/** A hue from 0 to 359 derived from `id`, so a person keeps their colour across pages and visits. */
export function avatarHue(id: string): number {
  let hash = 0;
  for (const char of id) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) | 0;
  return Math.abs(hash) % 360;
}

/**
 * A person's picture, or their initials on a colour derived from their id. Decorative: the name
 * is always written next to it. A picture that fails to load falls back to the initials.
 */
export function renderAvatar(member: Pick<Member, 'id' | 'name' | 'email' | 'avatarUrl'>): TemplateResult {
  const src = safeHref(member.avatarUrl);
  const fallBack = (event: Event) => ((event.target as HTMLElement).hidden = true);
  // No whitespace between the tags: each would be a text node in every row of a long member list.
  return html`<span class="avatar" part="avatar" aria-hidden="true" style=${styleProperties({ '--_avatar-hue': String(avatarHue(member.id)) })}
    ><span class="avatar-initials">${initials(member.name, member.email)}</span>${src
      ? html`<img class="avatar-image" src=${src} alt="" loading="lazy" referrerpolicy="no-referrer" @error=${fallBack} />`
      : nothing}</span
  >`;
}
