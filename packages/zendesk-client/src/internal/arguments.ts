// Zendesk's own argument rules (tags); ids, text and numbers are checked with api-core's helpers.
import { describeValue, invalidArgument } from "@support/api-core";

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
    invalidArgument(helper, `"${name}" must be ${what}`);
  }
  const tags = (values as unknown[]).map((tag, index) =>
    requireTag(helper, `${name}[${index}]`, tag),
  );
  return [...new Set(tags)];
}

/** One tag: non-empty, without whitespace. */
export function requireTag(helper: string, name: string, value: unknown): string {
  if (typeof value !== "string" || value === "" || /\s/.test(value)) {
    invalidArgument(helper, `"${name}" must be a tag without spaces, got ${describeValue(value)}`);
  }
  return value as string;
}
