import { invalidArgument, requireText } from "@support/api-core";

// `INC-123`, `inc-123` or the bare number `123`; incident IDs are never all digits.
const REFERENCE = /^(?:[A-Za-z][A-Za-z0-9]*-)?(\d+)$/;

/** An incident given either by ID or by reference, checked and split for the caller. */
export type IncidentKey = { id: string } | { referenceNumber: string };

/** Reads the `incident` argument of a helper: an incident ID, or a reference such as `INC-123`. */
export function parseIncidentKey(helper: string, value: unknown, name = "incident"): IncidentKey {
  const text = requireText(helper, name, value).trim();
  if (/\s/.test(text)) {
    invalidArgument(helper, `"${name}" must be an incident ID or a reference such as INC-123`);
  }
  const number = REFERENCE.exec(text)?.[1];
  return number === undefined ? { id: text } : { referenceNumber: number };
}
