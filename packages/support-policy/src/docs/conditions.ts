import type { Condition, Operator } from "../engine/types.js";
import { FACT_DESCRIPTIONS } from "../facts/index.js";
import { NAMED_CONDITIONS } from "../rules/conditions.js";

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

/** The anchor of a named condition in POLICY.md. */
export const conditionAnchor = (name: string) => `condition-${name.toLowerCase()}`;

/** A rule's conditions as a nested Markdown list in plain words, under a "When" line. */
export function whenLines(
  condition: Condition,
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
  condition: Condition,
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
  if ("condition" in condition) {
    const named = NAMED_CONDITIONS[condition.condition];
    return [
      `${pad}- [\`${condition.condition}\`](#${conditionAnchor(condition.condition)}): ${named?.description ?? condition.condition}`,
    ];
  }
  return [
    `${pad}- \`${condition.fact}\` ${OPERATOR_WORDS[condition.operator]} ${valueWords(condition.value, defaults)}: ${describeFact(condition.fact)}`,
  ];
}

/** Every named condition: its meaning, then the facts it tests. */
export function namedConditionsSection(defaults: Readonly<Record<string, unknown>>): string[] {
  return [
    "## Named conditions",
    "",
    "Preconditions several rules share, named once (json-rules-engine's `setCondition`); a decision's `because` lists the facts inside them that held.",
    "",
    ...Object.entries(NAMED_CONDITIONS).flatMap(([name, named]) => [
      `### <a id="${conditionAnchor(name)}"></a>\`${name}\``,
      "",
      `${named.description[0]?.toUpperCase()}${named.description.slice(1)}.`,
      "",
      ...whenLines(named.conditions, defaults),
      "",
    ]),
  ];
}
