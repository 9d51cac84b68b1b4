// Customer data in a decision log line: people's and organisations' names, emails and Slack
// handles, ticket subjects and every message text. Masked unless --log-inputs asks otherwise.
const CUSTOMER_TEXT = new Set([
  "name",
  "email",
  "slack",
  "subject",
  "message",
  "body",
  "title",
  "draftReply",
  "text",
]);
const EMAIL = /[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+\.[A-Za-z]{2,}/g;

/** What a masked value becomes: its length survives for debugging, its content does not. */
export const masked = (value: string): string => `[masked:${value.length}]`;

/** A copy of a validated input with customer text masked; ids, times and flags stay. */
export function maskCustomerData(value: unknown, key?: string): unknown {
  if (typeof value === "string") {
    if (key !== undefined && CUSTOMER_TEXT.has(key)) return masked(value);
    return value.includes("@") ? value.replace(EMAIL, masked) : value;
  }
  if (Array.isArray(value)) return value.map((item) => maskCustomerData(item, key));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[name] = maskCustomerData(item, name);
  return out;
}
