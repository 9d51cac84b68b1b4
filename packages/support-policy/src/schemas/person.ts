import { z } from "zod";
import {
  InstantRangeSchema,
  NonEmptyString,
  TimeZoneSchema,
  WorkingIntervalSchema,
} from "./primitives.js";

export const PersonSchema = z.strictObject({
  name: NonEmptyString,
  email: z.email({ error: "must be an email address" }).optional(),
  slack: z.string().optional(),
  timezone: TimeZoneSchema,
  /** Local working intervals; when absent the config's `defaultWorkingHours` apply. */
  workingHours: z.array(WorkingIntervalSchema).optional(),
  outOfOffice: z.array(InstantRangeSchema).optional(),
});
export type Person = z.infer<typeof PersonSchema>;
