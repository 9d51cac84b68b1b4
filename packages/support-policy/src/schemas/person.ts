import { z } from "zod";
import { LIMITS } from "./limits.js";
import {
  InstantRangeSchema,
  listOf,
  NonEmptyString,
  ShortText,
  TimeZoneSchema,
  WorkingIntervalSchema,
} from "./primitives.js";

export const PersonSchema = z
  .strictObject({
    name: NonEmptyString.describe("Their name as colleagues know it."),
    email: z
      .email({ error: "must be an email address" })
      .max(LIMITS.shortText)
      .optional()
      .describe("Their email address; people are the same when their emails match."),
    slack: ShortText.optional().describe("Their Slack handle, e.g. @lou."),
    timezone: TimeZoneSchema,
    workingHours: listOf(WorkingIntervalSchema, LIMITS.workingHours, "intervals")
      .optional()
      .describe(
        "Their working hours in their own zone; when absent the config's defaultWorkingHours apply.",
      ),
    outOfOffice: listOf(InstantRangeSchema, LIMITS.outOfOffice, "ranges")
      .optional()
      .describe("Time off: ranges cut out of their working hours."),
  })
  .describe("A person in support, an incident role or an account team.");
export type Person = z.infer<typeof PersonSchema>;
