import { ClientConfigError } from "@support/api-core";

/** Refuses a helper argument before any request is sent; the message names the helper and the field. */
export function invalidArgument(helper: string, message: string): never {
  throw new ClientConfigError(`${helper}: ${message}`);
}

/** A non-blank string such as an ID; the value itself is never echoed. */
export function requireText(helper: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    invalidArgument(helper, `"${name}" must be a non-empty string`);
  }
  return (value as string).trim();
}

/** A whole number from `min` to `max`. */
export function requireWholeNumber(
  helper: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    invalidArgument(
      helper,
      `"${name}" must be a whole number from ${min} to ${max}; got ${describe(value)}`,
    );
  }
  return value as number;
}

/** A short rendering of a rejected non-secret value. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 40));
  if (typeof value === "object" && value !== null)
    return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}
