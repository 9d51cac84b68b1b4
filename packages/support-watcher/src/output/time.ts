/** How instants and durations are shown to people; always in one named time zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (timeZone: string, locale = "en-GB"): Intl.DateTimeFormat => {
  let f = formatters.get(`${locale} ${timeZone}`);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: "short",
      year: "numeric",
      day: "2-digit",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(`${locale} ${timeZone}`, f);
  }
  return f;
};

const parts = (instant: number, timeZone: string, locale?: string) =>
  Object.fromEntries(
    formatter(timeZone, locale)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );

// British English names European zones (BST, CEST), American English American ones (PDT);
// whichever gives a name rather than a bare offset wins.
const partsOf = (instant: number, timeZone: string) => {
  const british = parts(instant, timeZone);
  if (!/^GMT[+-]/.test(british.timeZoneName ?? "")) return british;
  const american = parts(instant, timeZone, "en-US").timeZoneName ?? "";
  return /^GMT[+-]/.test(american) ? british : { ...british, timeZoneName: american };
};

/**
 * `16:45 UTC`; `Thu 09:00 UTC` on another day of the same week; `Thu 28 May 09:00 UTC` further
 * off; `Thu 28 May 2025 09:00 UTC` in another year than `now`.
 */
export function clockTime(instant: string | number, now: number, timeZone: string): string {
  const at = typeof instant === "number" ? instant : Date.parse(instant);
  const p = partsOf(at, timeZone);
  const today = partsOf(now, timeZone);
  const sameDay = p.day === today.day && p.month === today.month && p.year === today.year;
  const withinWeek = Math.abs(at - now) < 6 * 24 * 3600_000;
  const day = sameDay
    ? ""
    : p.year !== today.year
      ? `${p.weekday} ${p.day} ${p.month} ${p.year} `
      : withinWeek
        ? `${p.weekday} `
        : `${p.weekday} ${p.day} ${p.month} `;
  return `${day}${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** `2h 05m`, `40m`, `3d 2h`: a compact, always positive duration. */
export function duration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h ${String(minutes % 60).padStart(2, "0")}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** `in 40m` or `25m ago`. */
export function relative(instant: string | number, now: number): string {
  const at = typeof instant === "number" ? instant : Date.parse(instant);
  return at >= now ? `in ${duration(at - now)}` : `${duration(now - at)} ago`;
}

/**
 * `Wed 03 Jun 16:05 UTC`: an instant with its day, for headers; with the year (`Wed 03 Jun 2025
 * 16:05 UTC`) when it is not the year of `now` (the instant's own year when not given).
 */
export function dateTime(instant: string | number, timeZone: string, now?: number): string {
  const at = typeof instant === "number" ? instant : Date.parse(instant);
  const p = partsOf(at, timeZone);
  const year = now !== undefined && partsOf(now, timeZone).year !== p.year ? ` ${p.year}` : "";
  return `${p.weekday} ${p.day} ${p.month}${year} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}
