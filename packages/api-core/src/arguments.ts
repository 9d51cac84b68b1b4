// The argument checks every client's helpers use, so a wrong call fails before any request with
// one error class (`InvalidArgumentError`) and one wording: the helper, the argument, the problem.
import { InvalidArgumentError } from "./errors.js";

/** Refuses a helper argument; `problem` names the argument (`"ticketId" must be …`). */
export function invalidArgument(helper: string, problem: string): never {
  throw new InvalidArgumentError(helper, problem);
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A short rendering of a rejected value that is not a secret (ids, sizes, tags). */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (isPlainObject(value)) return "an object";
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** An argument's properties, to be checked one by one; anything but an object has none. */
export function propertiesOf<T>(value: T): Partial<Record<keyof T, unknown>> {
  return typeof value === "object" && value !== null ? value : {};
}

/** A string that is not blank (an id, a query, a comment). Returned as given; never echoed. */
export function requireText(helper: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    invalidArgument(helper, `"${name}" must be a non-empty string`);
  }
  return value as string;
}

/** A whole number from `min` to `max` (`max` may be `Number.MAX_SAFE_INTEGER` for "no limit"). */
export function requireWholeNumber(
  helper: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range = max >= Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    invalidArgument(
      helper,
      `"${name}" must be a whole number ${range}, got ${describeValue(value)}`,
    );
  }
  return value as number;
}

/** Like `requireWholeNumber`, but `undefined` (the option was not given) passes through. */
export function optionalWholeNumber(
  helper: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  return value === undefined ? undefined : requireWholeNumber(helper, name, value, min, max);
}

/** A record id that is a positive safe integer (Zendesk ids, ticket numbers). */
export function requireId(helper: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    invalidArgument(
      helper,
      `"${name}" must be a positive whole number id, got ${describeValue(value)}`,
    );
  }
  return value as number;
}

/** A non-empty list of ids, each checked, duplicates dropped (first occurrence kept). */
export function requireIds(helper: string, name: string, values: unknown): number[] {
  if (!Array.isArray(values) || values.length === 0) {
    invalidArgument(helper, `"${name}" must be a non-empty array of ids`);
  }
  const ids = (values as unknown[]).map((value, index) =>
    requireId(helper, `${name}[${index}]`, value),
  );
  return [...new Set(ids)];
}

/** `true` or `false`, with a hint of what the choice means (`say whether … is notified`). */
export function requireBoolean(
  helper: string,
  name: string,
  value: unknown,
  hint: string,
): boolean {
  if (typeof value !== "boolean")
    invalidArgument(helper, `"${name}" must be true or false: ${hint}`);
  return value as boolean;
}

/** The `maxPages` part of a page source, omitted when the caller set no limit. */
export function maxPagesOption(helper: string, value: unknown): { maxPages?: number } {
  const maxPages = optionalWholeNumber(helper, "maxPages", value, 1, Number.MAX_SAFE_INTEGER);
  return maxPages === undefined ? {} : { maxPages };
}
