// Requests about the same incident (a sidebar asking for each of its tickets, a bot polling)
// carry equal JSON, parsed into new objects each time. Handing the policy the object it saw
// first lets it recall its validation instead of running the schemas again. Kept objects are
// frozen, so the JSON they are kept under stays true; bounded, least recently used dropped.
// JSON writes -0 as 0, so the two share a key: the only number in an incident or a ticket is a
// positive whole one, which both fail alike.
import { jsonKey, RecentlyUsed } from "./recently-used.js";

/** How many distinct values are kept at once. */
export const VALUES_KEPT = 256;
/** Values longer than this as JSON are passed through, never kept. */
export const MAX_VALUE_LENGTH = 16 * 1024;

/** Freezes the value and everything in it (iteratively: no depth can overflow the stack). */
function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== "object" || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const item of Object.values(next)) pending.push(item);
  }
  return value;
}

/** The first kept object equal (as JSON) to a JSON-parsed value, or the value itself, now kept. */
export function createInterner(max = VALUES_KEPT): <T>(value: T) => T {
  const kept = new RecentlyUsed<unknown>(max);
  return <T>(value: T): T => {
    if (typeof value !== "object" || value === null) return value;
    const key = jsonKey(value);
    if (key === undefined || key.length > MAX_VALUE_LENGTH) return value;
    return kept.lookup(key, () => deepFreeze(value)) as T;
  };
}
