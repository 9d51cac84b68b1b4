import { ClientConfigError } from "@support/api-core";

/** Refuses a helper argument before any request is sent; the message names the helper and the field. */
export function invalidArgument(helper: string, message: string): never {
  throw new ClientConfigError(`${helper}: ${message}`);
}

/** A non-blank string: an id, a name, a message. */
export function requireText(helper: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    invalidArgument(helper, `"${name}" must be a non-empty string`);
  }
  return value as string;
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A short, safe rendering of a rejected value for an error message. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (isPlainObject(value)) return "an object";
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
