// `lint` is called with parsed JSON from the CLI and the policy: bad shapes get a message naming
// the field instead of a TypeError from deep inside a rule.
import type { LintContext } from "./types.js";

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === "string";
const isNumber: Check = (value) => typeof value === "number" && Number.isFinite(value);
const isStringList: Check = (value) => Array.isArray(value) && value.every(isString);
const isObject: Check = (value) =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const EXPECTED = new Map<Check, string>([
  [isString, "a string"],
  [isNumber, "a number"],
  [isStringList, "a list of strings"],
  [isObject, "an object"],
]);

const FIELDS: ReadonlyArray<[path: string, check: Check]> = [
  ["tags", isStringList],
  ["incident", isObject],
  ["incident.number", isNumber],
  ["incident.status", isString],
  ["incident.affectedComponents", isStringList],
  ["incident.statusPage", isObject],
  ["incident.statusPage.url", isString],
  ["incident.macro", isObject],
  ["incident.macro.tags", isStringList],
  ["config", isObject],
  ["config.jargon", isStringList],
  ["config.allowedTerms", isStringList],
  ["config.statusPageUrl", isString],
  ["config.internalDomains", isStringList],
];

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Throws a TypeError naming the first field that has the wrong type; absent fields are fine. */
export function assertLintContext(context: unknown): asserts context is LintContext {
  if (!isObject(context)) throw new TypeError("lint: context must be an object.");
  for (const [path, check] of FIELDS) {
    const value = valueAt(context, path);
    if (value !== undefined && !check(value)) {
      throw new TypeError(`lint: context.${path} must be ${EXPECTED.get(check)}.`);
    }
  }
}
