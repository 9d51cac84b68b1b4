import type { Reason } from "../schemas/reason.js";

/** A value that names a fact (`{ fact: "nudgeAfterMinutes" }`) rather than a literal. */
export const isFactReference = (value: unknown): value is { fact: unknown } =>
  typeof value === "object" && value !== null && "fact" in value;

/**
 * The explanation of one leaf condition that held, the same for every engine: the value compared
 * against (the rule's own when the compared value is null or undefined), the fact's value, and
 * the fact a compared value came from.
 */
export function reasonOf(
  fact: string,
  operator: string,
  value: unknown,
  compared: unknown,
  actual: unknown,
): Reason {
  return reasonsFor(fact, operator, value)(compared, actual);
}

/** The explanation of one leaf, its parts that do not change from run to run worked out once. */
export function reasonsFor(
  fact: string,
  operator: string,
  value: unknown,
): (compared: unknown, actual: unknown) => Reason {
  if (!isFactReference(value)) {
    return (compared, actual) => ({ fact, operator, value: compared ?? value, actual });
  }
  const valueFrom = String(value.fact);
  return (compared, actual) => ({ fact, operator, value: compared ?? value, actual, valueFrom });
}
