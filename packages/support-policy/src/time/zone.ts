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

const HOUR = 60 * MINUTE;

/**
 * The zone's UTC offset in milliseconds at an instant (minute precision). Offsets change at most
 * a few times a year and never twice within an hour: when the offsets at both ends of the hour
 * agree, every minute of it has that offset, so most instants are answered per hour.
 */
export function offsetAt(zone: string, instant: number): number {
  const hour = Math.floor(instant / HOUR);
  let zoneHours = hourly.get(zone);
  if (!zoneHours) {
    zoneHours = new Map();
    hourly.set(zone, zoneHours);
  }
  let offset = zoneHours.get(hour);
  if (offset === undefined) {
    const start = exactOffsetAt(zone, hour * HOUR);
    // null: the offset changes within this hour, so each minute is looked up.
    offset = start === exactOffsetAt(zone, (hour + 1) * HOUR) ? start : null;
    if (zoneHours.size >= OFFSET_CACHE_LIMIT) zoneHours.clear();
    zoneHours.set(hour, offset);
  }
  return offset ?? exactOffsetAt(zone, instant);
}

/** Per zone and hour: the one offset of that hour, or null when it changes within it. */
const hourly = new Map<string, Map<number, number | null>>();

/** The zone's UTC offset at the minute of an instant, from Intl. */
function exactOffsetAt(zone: string, instant: number): number {
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

/**
 * The instant at which a zone's clock shows `minuteOfDay` minutes past midnight of `date`
 * (values of 1440 and more run into the following days). A wall time skipped by a
 * spring-forward gap maps to the same distance past the gap (02:30 becomes 03:30); a wall time
 * repeated by a fall-back maps to its first occurrence.
 */
export function instantAt(zone: string, date: LocalDate, minuteOfDay: number): number {
  return instantAtWall(zone, Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE);
}

/** The instant at which a zone's clock shows `wall` (a wall-clock time written as UTC epoch ms). */
export function instantAtWall(zone: string, wall: number): number {
  const before = wall - offsetAt(zone, wall - DAY);
  const after = wall - offsetAt(zone, wall + DAY);
  // No transition within a day either side: the one offset is right.
  if (before === after) return before;
  const valid = [before, after].filter((t) => t + offsetAt(zone, t) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return before;
}
