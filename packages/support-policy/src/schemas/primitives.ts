import { z } from "zod";

/** An ISO-8601 timestamp that states its offset, so it names one instant everywhere. */
export const InstantSchema = z.iso.datetime({
  offset: true,
  error: "must be an ISO-8601 timestamp with an offset, e.g. 2026-03-08T09:30:00-08:00",
});

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

export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { error: "must be an IANA time zone such as Europe/London" });

/** Wall-clock time `HH:MM`; `24:00` is accepted as an end meaning midnight after the day. */
export const ClockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  error: "must be a time HH:MM between 00:00 and 24:00",
});

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof WeekdaySchema>;

export const WorkingIntervalSchema = z
  .strictObject({
    days: z.array(WeekdaySchema).min(1, { error: "must list at least one weekday" }),
    start: ClockTimeSchema,
    end: ClockTimeSchema,
  })
  .refine((interval) => interval.start !== interval.end, {
    error: "start and end must differ (an end before the start crosses midnight)",
    path: ["end"],
  })
  .refine((interval) => interval.start !== "24:00", {
    error: "24:00 is only valid as an end",
    path: ["start"],
  });
export type WorkingInterval = z.infer<typeof WorkingIntervalSchema>;

export const InstantRangeSchema = z
  .strictObject({ from: InstantSchema, to: InstantSchema })
  .refine((range) => Date.parse(range.from) < Date.parse(range.to), {
    error: "from must be before to",
    path: ["to"],
  });

export const NonEmptyString = z.string().min(1, { error: "must not be empty" });

/** Working hours used when neither the person nor the config names any. */
export const DEFAULT_WORKING_HOURS: readonly WorkingInterval[] = [
  { days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:30" },
];
