import { z } from "zod";
import { LIMITS } from "./limits.js";

/** The first and last instants a timestamp may name: years 1970 to 9999, any offset. */
export const MIN_INSTANT = Date.UTC(1970, 0, 1) - 14 * 3_600_000;
export const MAX_INSTANT = Date.UTC(10_000, 0, 1) + 14 * 3_600_000;

const INSTANT_ERROR =
  "must be an ISO-8601 timestamp with an offset, e.g. 2026-03-08T09:30:00-08:00";

/**
 * An ISO-8601 timestamp that states its offset, so it names one instant everywhere; a real
 * calendar date (no 30 February) in a year from 1970 to 9999.
 */
export const InstantSchema = z.iso
  .datetime({ offset: true, error: INSTANT_ERROR, abort: true })
  .regex(/^(?:19[7-9]\d|[2-9]\d{3})-/, { error: "must be in a year from 1970 to 9999" })
  .describe("An ISO-8601 timestamp with an offset (Z or ±HH:MM), in a year from 1970 to 9999.");

/** Text of a name, id, handle or subject: never empty checks aside, at most SHORT_TEXT long. */
export const ShortText = z
  .string()
  .max(LIMITS.shortText, { error: `must be at most ${LIMITS.shortText} characters` });

/** A message, macro body or draft reply. */
export const LongText = z
  .string()
  .max(LIMITS.longText, { error: `must be at most ${LIMITS.longText} characters` });

export const NonEmptyString = ShortText.min(1, { error: "must not be empty" });

export const UrlSchema = z
  .url({ error: "must be a URL" })
  .max(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` });

/** A list of at most `max` items, with the cap in its message. */
export const listOf = <T extends z.ZodType>(item: T, max: number, what = "items") =>
  z.array(item).max(max, { error: `must hold at most ${max} ${what}` });

// Building an Intl formatter is slow, and the same few zones come back on every call.
const knownZones = new Map<string, boolean>();
const isTimeZone = (zone: string): boolean => {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
};

/** What an IANA zone name (Europe/London, Etc/GMT+5, UTC) or a fixed offset (+05:30) looks like. */
const ZONE_PATTERN =
  /^(?:[A-Za-z][A-Za-z0-9_+-]{0,63}(?:\/[A-Za-z0-9_+-]{1,64}){0,3}|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;

const ZONE_ERROR = "must be an IANA time zone such as Europe/London";

export const TimeZoneSchema = z
  .string()
  .regex(ZONE_PATTERN, { error: ZONE_ERROR, abort: true })
  .refine(isTimeZone, { error: ZONE_ERROR })
  .describe("An IANA time zone such as Europe/London (or a fixed offset such as +05:30).");

/** Wall-clock time `HH:MM`; `24:00` is accepted as an end meaning midnight after the day. */
export const ClockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  error: "must be a time HH:MM between 00:00 and 24:00",
});

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

export const WorkingIntervalSchema = z
  .strictObject({
    days: z
      .array(WeekdaySchema)
      .min(1, { error: "must list at least one weekday" })
      .max(7, { error: "must list each weekday at most once" })
      .describe("The weekdays the interval applies to, in the person's zone."),
    start: ClockTimeSchema.describe("Local start time HH:MM (24:00 is not a start)."),
    end: ClockTimeSchema.describe(
      "Local end time HH:MM; 24:00 is midnight after the day, an end before the start runs past midnight.",
    ),
  })
  .refine((interval) => interval.start !== interval.end, {
    error: "start and end must differ (an end before the start crosses midnight)",
    path: ["end"],
  })
  .refine((interval) => interval.start !== "24:00", {
    error: "24:00 is only valid as an end",
    path: ["start"],
  })
  .describe(
    "Working hours on some weekdays. Not expressible in JSON Schema: start and end must differ, and start must not be 24:00.",
  );
export type WorkingInterval = z.infer<typeof WorkingIntervalSchema>;

export const InstantRangeSchema = z
  .strictObject({
    from: InstantSchema.describe("When it starts."),
    to: InstantSchema.describe("When it ends; must be after `from`."),
  })
  .refine((range) => Date.parse(range.from) < Date.parse(range.to), {
    error: "from must be before to",
    path: ["to"],
  })
  .describe("A span of time. Not expressible in JSON Schema: `from` must be before `to`.");

/** Working hours used when neither the person nor the config names any. */
export const DEFAULT_WORKING_HOURS: readonly WorkingInterval[] = [
  { days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:30" },
];
