// Wall-clock arithmetic in IANA zones with Intl alone: no date library, no global state but caches.

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

// Offsets change at most a few times a year, so memoising per zone and minute is safe; the
// cache is bounded so a long-running process cannot grow it without limit.
const offsets = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 20_000;

/** The zone's UTC offset in milliseconds at an instant (minute precision). */
export function offsetAt(zone: string, instant: number): number {
  const minute = Math.floor(instant / MINUTE) * MINUTE;
  let zoneOffsets = offsets.get(zone);
  if (!zoneOffsets) {
    zoneOffsets = new Map();
    offsets.set(zone, zoneOffsets);
  }
  const cached = zoneOffsets.get(minute);
  if (cached !== undefined) return cached;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(minute)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  const offset = wall - minute;
  if (zoneOffsets.size >= OFFSET_CACHE_LIMIT) zoneOffsets.clear();
  zoneOffsets.set(minute, offset);
  return offset;
}

/** The local calendar date of an instant in a zone. */
export function localDateAt(zone: string, instant: number): LocalDate {
  const wall = new Date(instant + offsetAt(zone, instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Day of week (0 = Sunday) of a calendar date. */
export const weekdayOf = (date: LocalDate): number =>
  new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

export const addDays = (date: LocalDate, days: number): LocalDate => {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
};

/**
 * The instant at which a zone's clock shows `minuteOfDay` minutes past midnight of `date`
 * (values of 1440 and more run into the following days). A wall time skipped by a
 * spring-forward gap maps to the same distance past the gap (02:30 becomes 03:30); a wall time
 * repeated by a fall-back maps to its first occurrence.
 */
export function instantAt(zone: string, date: LocalDate, minuteOfDay: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
  const before = wall - offsetAt(zone, wall - DAY);
  const after = wall - offsetAt(zone, wall + DAY);
  // No transition within a day either side: the one offset is right.
  if (before === after) return before;
  const valid = [before, after].filter((t) => t + offsetAt(zone, t) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return before;
}
