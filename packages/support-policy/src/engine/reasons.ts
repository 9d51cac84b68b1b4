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
  return isFactReference(value)
    ? referenceReason(fact, operator, value, compared, actual, String(value.fact))
    : literalReason(fact, operator, value, compared, actual);
}

/** A leaf compared with a literal. */
export const literalReason = (
  fact: string,
  operator: string,
  value: unknown,
  compared: unknown,
  actual: unknown,
): Reason => ({ fact, operator, value: compared ?? value, actual });

/** A leaf compared with another fact's value (`valueFrom` names it). */
export const referenceReason = (
  fact: string,
  operator: string,
  value: unknown,
  compared: unknown,
  actual: unknown,
  valueFrom: string,
): Reason => ({ fact, operator, value: compared ?? value, actual, valueFrom });
