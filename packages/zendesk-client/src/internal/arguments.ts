// Checks of helper arguments, so a wrong call fails before any request with a message naming
// the helper, the argument and the problem.

const describe = (value: unknown): string =>
  typeof value === "string" ? JSON.stringify(value) : String(value);

/** A Zendesk record id: a positive safe integer. */
export function requireId(helper: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw new TypeError(
      `${helper}: "${name}" must be a positive integer id, got ${describe(value)}`,
    );
  }
  return value;
}

/** A non-empty list of ids, each checked, duplicates dropped (first occurrence kept). */
export function requireIds(helper: string, name: string, values: unknown): number[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new TypeError(`${helper}: "${name}" must be a non-empty array of ids`);
  }
  const ids = values.map((value, index) => requireId(helper, `${name}[${index}]`, value));
  return [...new Set(ids)];
}

/** Text that must not be blank (a search query, a comment body). */
export function requireText(helper: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${helper}: "${name}" must be a non-empty string`);
  }
  return value;
}

/**
 * A list of tags, non-empty unless `allowEmpty` (a ticket's tags as read may be none). Zendesk
 * splits tags on whitespace, so a tag may not contain any. Duplicates are dropped.
 */
export function requireTags(
  helper: string,
  name: string,
  values: unknown,
  { allowEmpty = false } = {},
): string[] {
  if (!Array.isArray(values) || (values.length === 0 && !allowEmpty)) {
    const what = allowEmpty ? "an array of tags" : "a non-empty array of tags";
    throw new TypeError(`${helper}: "${name}" must be ${what}`);
  }
  const tags = values.map((tag, index) => requireTag(helper, `${name}[${index}]`, tag));
  return [...new Set(tags)];
}

/** One tag: non-empty, without whitespace. */
export function requireTag(helper: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value === "" || /\s/.test(value)) {
    throw new TypeError(
      `${helper}: "${name}" must be a tag without spaces, got ${describe(value)}`,
    );
  }
  return value;
}

/** An optional whole number within [min, max] (page sizes, intervals). */
export function optionalInteger(
  helper: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${helper}: option "${name}" must be a whole number from ${min} to ${max}, got ${describe(value)}`,
    );
  }
  return value;
}

/** The `maxPages` part of an api-core page source, omitted when the caller set no limit. */
export function maxPagesOption(helper: string, value: unknown): { maxPages?: number } {
  const maxPages = optionalInteger(helper, "maxPages", value, 1, Number.MAX_SAFE_INTEGER);
  return maxPages === undefined ? {} : { maxPages };
}

/** An argument's properties, to be checked one by one; anything but an object has none. */
export function propertiesOf<T>(value: T): Partial<Record<keyof T, unknown>> {
  return typeof value === "object" && value !== null ? value : {};
}
