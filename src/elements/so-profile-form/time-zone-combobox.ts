import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import { findTimeZone, isListedTimeZone, searchTimeZones, timeZones, type TimeZoneOption } from './time-zones.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What the form tells the combobox each render. */
export interface TimeZoneFieldState {
  value: string;
  /** Ids of the texts that describe the input (hint, error). */
  describedBy: string;
  invalid: boolean;
  /** Called on every keystroke with the text typed. */
  onInput: (value: string) => void;
  /** Called when the user chose a zone or left the field: the form validates then. */
  onCommit: (value: string) => void;
}

const INPUT_ID = 'timezone';
const LISTBOX_ID = 'timezone-listbox';
const optionId = (index: number) => `timezone-option-${index}`;

/**
 * The time zone field: an editable combobox with list autocomplete, after the WAI-ARIA
 * combobox pattern. Focus stays in the input; Down/Up open the list and move the active option
 * (`aria-activedescendant`), Enter chooses it (without submitting the form), Escape closes the
 * list, typing filters it, a click chooses. Nothing is chosen automatically, so the user's
 * typing is never overwritten behind their back.
 */
export class TimeZoneCombobox implements ReactiveController {
  private open = false;
  /** Opened from the keyboard on a chosen zone: the whole list shows, to browse its neighbours. */
  private browsing = false;
  private active = -1;
  private scrollPending = false;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.scrollPending) return;
    this.scrollPending = false;
    this.host.renderRoot.querySelector(`#${optionId(this.active)}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** The options' visible text, e.g. `Europe/Berlin (GMT+01:00)`. */
  label(zone: TimeZoneOption): string {
    return this.localize.term('profile.timezoneOption', zone.id, zone.offset);
  }

  private setActive(index: number): void {
    this.active = index;
    this.scrollPending = index >= 0;
    this.host.requestUpdate();
  }

  private matches(value: string): TimeZoneOption[] {
    return this.browsing ? timeZones() : searchTimeZones(value);
  }

  private close(): void {
    this.open = false;
    this.browsing = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private choose(zone: TimeZoneOption, field: TimeZoneFieldState): void {
    this.close();
    field.onInput(zone.id);
    field.onCommit(zone.id);
  }

  private handleKeydown(event: KeyboardEvent, field: TimeZoneFieldState): void {
    if (!this.open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) this.browsing = isListedTimeZone(field.value);
    const matches = this.matches(field.value);
    const last = matches.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (last < 0) return;
        const down = event.key === 'ArrowDown';
        if (!this.open) {
          this.open = true;
          // Opening on the saved zone starts from it, so the neighbours are one key away.
          const current = matches.findIndex((zone) => zone.id === findTimeZone(field.value)?.id);
          this.setActive(event.altKey ? -1 : current >= 0 ? current : down ? 0 : last);
          return;
        }
        this.setActive(down ? (this.active >= last ? 0 : this.active + 1) : this.active <= 0 ? last : this.active - 1);
        return;
      }
      case 'Enter':
        if (this.open && matches[this.active]) {
          event.preventDefault();
          this.choose(matches[this.active]!, field);
        }
        return;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.close();
        }
        return;
    }
  }

  render(field: TimeZoneFieldState): TemplateResult {
    const matches = this.open ? this.matches(field.value) : [];
    const expanded = this.open && matches.length > 0;
    const active = expanded && matches[this.active] ? optionId(this.active) : undefined;
    const zone = findTimeZone(field.value);
    return html`<div class="combobox">
        <input
          id=${INPUT_ID}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${LISTBOX_ID}
          aria-activedescendant=${active ?? nothing}
          aria-invalid=${field.invalid ? 'true' : 'false'}
          aria-describedby=${field.describedBy}
          .value=${live(field.value)}
          @input=${(event: InputEvent) => {
            this.open = true;
            this.browsing = false;
            this.setActive(-1);
            field.onInput((event.target as HTMLInputElement).value);
          }}
          @keydown=${(event: KeyboardEvent) => this.handleKeydown(event, field)}
          @blur=${() => {
            if (this.open) this.close();
            field.onCommit(field.value);
          }}
        />
        <ul id=${LISTBOX_ID} class="listbox" part="timezone-listbox" role="listbox" aria-label=${this.localize.term('profile.timezone')} ?hidden=${!expanded}>
          ${expanded
            ? // Options are positional (their ids are `optionId(index)`, focus stays in the input), so a
              // plain map: reusing an <li> for another zone costs nothing, and repeat() ~0.5 KB brotli.
              matches.map(
                (option, index) => html`<li
                  id=${optionId(index)}
                  role="option"
                  class="option"
                  aria-selected=${index === this.active ? 'true' : 'false'}
                  @mousedown=${(event: MouseEvent) => event.preventDefault() /* keeps focus in the input */}
                  @click=${() => this.choose(option, field)}
                >
                  ${this.label(option)}
                </li>`,
              )
            : nothing}
        </ul>
      </div>
      <p id="timezone-hint" class="hint">
        ${this.open && matches.length === 0
          ? this.localize.term('profile.timezoneNoMatch')
          : zone && !field.invalid
            ? this.localize.term('profile.timezoneNow', zone.offset)
            : this.localize.term('profile.timezoneHint')}
      </p>`;
  }
}
