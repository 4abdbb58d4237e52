/** One time zone as the list shows it. */
export interface TimeZoneOption {
  /** The IANA name, e.g. `Europe/Berlin`: what is saved. */
  id: string;
  /** Its offset from GMT now, e.g. `GMT+01:00`. */
  offset: string;
  /** The offset's short form, e.g. `GMT+1`, so a search for either finds it. */
  shortOffset: string;
  /** The older name the browser listed it under (`Asia/Calcutta`), still found by a search. */
  alias?: string;
}

/**
 * Browsers list CLDR's canonical ids, some of which IANA has since renamed; people look for
 * the current names (Kyiv, Kolkata), so those are shown, and the old ones still match.
 */
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

function offsetName(timeZone: string, style: 'longOffset' | 'shortOffset', now: Date): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: style }).formatToParts(now).find(({ type }) => type === 'timeZoneName');
  // GMT itself is written "GMT"; the list reads better with every offset in one shape.
  const name = part?.value ?? 'GMT';
  return name === 'GMT' ? (style === 'longOffset' ? 'GMT+00:00' : 'GMT+0') : name;
}

/** Whether `Intl` knows `value` as a time zone (IANA names and aliases, any case). */
export function isKnownTimeZone(value: string): boolean {
  if (value.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

let cache: { zones: TimeZoneOption[]; byLowerId: Map<string, TimeZoneOption> } | undefined;

/**
 * Every time zone the browser supports (`Intl.supportedValuesOf('timeZone')`, plus `UTC`), each
 * with its offset at the time of the first call; offsets only move at daylight-saving changes.
 */
export function timeZones(now = new Date()): TimeZoneOption[] {
  if (!cache) {
    const ids = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    // Chromium lists the old names (Asia/Calcutta), Firefox the current ones (Asia/Kolkata): either
    // way the current name is shown and the old one found. A zone listed under both is kept once.
    const oldNames = new Map(Object.entries(RENAMED).map(([old, current]) => [current, old]));
    const byId = new Map<string, TimeZoneOption>();
    for (const listed of [...ids, 'UTC']) {
      const renamed = RENAMED[listed];
      const id = renamed && isKnownTimeZone(renamed) ? renamed : listed;
      const alias = id === listed ? oldNames.get(id) : listed;
      byId.set(id, { id, offset: offsetName(id, 'longOffset', now), shortOffset: offsetName(id, 'shortOffset', now), ...(alias && { alias }) });
    }
    const zones = [...byId.values()];
    zones.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const byLowerId = new Map<string, TimeZoneOption>();
    for (const zone of zones) {
      byLowerId.set(zone.id.toLowerCase(), zone);
      if (zone.alias) byLowerId.set(zone.alias.toLowerCase(), zone);
    }
    cache = { zones, byLowerId };
  }
  return cache.zones;
}

/** The zone `value` names, spelled as the list spells it; `undefined` when it is none. */
export function findTimeZone(value: string): TimeZoneOption | undefined {
  timeZones();
  const id = value.trim().replace(/\s*\(GMT[^)]*\)\s*$/i, ''); // a label pasted back in: "Europe/Berlin (GMT+01:00)"
  const listed = cache!.byLowerId.get(id.toLowerCase());
  if (listed) return listed;
  // An alias the list leaves out (Asia/Calcutta) is still a zone the backend can store.
  return isKnownTimeZone(id) ? { id, offset: offsetName(id, 'longOffset', new Date()), shortOffset: offsetName(id, 'shortOffset', new Date()) } : undefined;
}

const normalize = (text: string) => text.toLowerCase().replace(/_/g, ' ');

/** Whether `value` is one of the listed zones (any case, old names included). */
export function isListedTimeZone(value: string): boolean {
  timeZones();
  return cache!.byLowerId.has(value.trim().toLowerCase());
}

/**
 * The zones matching what the user typed: every word in the name (`new york`, `berlin`, an old
 * name such as `calcutta`) or in the offset (`gmt+1`, `+05:30`). Nothing typed lists them all.
 */
export function searchTimeZones(query: string): TimeZoneOption[] {
  const zones = timeZones();
  const text = normalize(query.trim());
  if (text === '') return zones;
  const words = text.split(/\s+/);
  return zones.filter((zone) => {
    const haystack = `${normalize(zone.id)} ${normalize(zone.alias ?? '')} ${zone.offset.toLowerCase()} ${zone.shortOffset.toLowerCase()}`;
    return words.every((word) => haystack.includes(word));
  });
}
