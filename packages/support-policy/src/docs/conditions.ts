import { FACT_DESCRIPTIONS } from "../facts/catalogue.js";
import type { Condition, Operator } from "../rules/types.js";

const OPERATOR_WORDS: Record<Operator, string> = {
  equal: "is",
  notEqual: "is not",
  lessThan: "is less than",
  lessThanInclusive: "is at most",
  greaterThan: "is more than",
  greaterThanInclusive: "is at least",
  in: "is one of",
  notIn: "is none of",
};

const describeFact = (fact: string): string =>
  (FACT_DESCRIPTIONS as Record<string, string>)[fact] ?? fact;

const valueWords = (value: unknown, defaults: Readonly<Record<string, unknown>>): string => {
  if (typeof value === "object" && value !== null && "fact" in value) {
    const name = String(value.fact);
    return name in defaults
      ? `\`${name}\` (default ${JSON.stringify(defaults[name])})`
      : `\`${name}\``;
  }
  if (Array.isArray(value)) return value.map((v) => `\`${String(v)}\``).join(", ");
  return `\`${String(value)}\``;
};

/** A rule's conditions as a nested Markdown list in plain words, under a "When" line. */
export function whenLines(
  condition: Condition<string>,
  defaults: Readonly<Record<string, unknown>>,
): string[] {
  const [label, children] =
    "all" in condition
      ? ["all", condition.all]
      : "any" in condition
        ? ["any", condition.any]
        : ["all", [condition]];
  return [
    `- When ${label} of these hold:`,
    ...children.flatMap((child) => conditionLines(child, defaults, 1)),
  ];
}

function conditionLines(
  condition: Condition<string>,
  defaults: Readonly<Record<string, unknown>>,
  depth = 0,
): string[] {
  const pad = "  ".repeat(depth);
  if ("all" in condition || "any" in condition) {
    const [label, children] =
      "all" in condition ? ["all of", condition.all] : ["any of", condition.any];
    return [
      `${pad}- ${label}:`,
      ...children.flatMap((child) => conditionLines(child, defaults, depth + 1)),
    ];
  }
  return [
    `${pad}- \`${condition.fact}\` ${OPERATOR_WORDS[condition.operator]} ${valueWords(condition.value, defaults)}: ${describeFact(condition.fact)}`,
  ];
}
