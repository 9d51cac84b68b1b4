import { PolicyInputError } from "../errors.js";
import { describeValue } from "../safe-text.js";
import { InstantSchema, MAX_INSTANT, MIN_INSTANT } from "../schemas/primitives.js";

/** An instant as a caller may give it. */
export type InstantLike = Date | string | number;

/** `now` as `createPolicy` takes it: an instant, or a clock read on every evaluation. */
export type Clock = InstantLike | (() => InstantLike);

const invalid = (message: string) => new PolicyInputError([{ input: "now", path: [], message }]);

/** Reads the clock: epoch milliseconds between 1970 and the end of 9999, or a PolicyInputError. */
export function readClock(now: Clock): number {
  let value: unknown;
  try {
    value = typeof now === "function" ? now() : now;
  } catch (error) {
    throw invalid(
      `the now() function threw: ${error instanceof Error ? error.message : describeValue(error)}`,
    );
  }
  let at: number;
  if (value instanceof Date) at = value.getTime();
  else if (typeof value === "number") at = value;
  else if (typeof value === "string") {
    const parsed = InstantSchema.safeParse(value);
    if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "must be an instant");
    at = Date.parse(parsed.data);
  } else {
    throw invalid(
      `must be a Date, an ISO-8601 timestamp with an offset or epoch milliseconds (or a function returning one); got ${describeValue(value)}`,
    );
  }
  if (!Number.isFinite(at) || at < MIN_INSTANT || at > MAX_INSTANT) {
    throw invalid("must be a valid instant between 1970-01-01 and 9999-12-31");
  }
  return at;
}
