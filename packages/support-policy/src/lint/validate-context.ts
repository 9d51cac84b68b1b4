// `lint` is called with parsed JSON from the CLI, the server and the policy: bad shapes get a
// PolicyInputError naming the field instead of a TypeError from deep inside a rule.
import type { InputIssue } from "../errors.js";
import { describeValue } from "../safe-text.js";
import { LIMITS } from "../schemas/limits.js";
import type { LintContext, LintKind } from "./types.js";

export const LINT_KINDS: readonly LintKind[] = Object.freeze(["status_page", "macro", "reply"]);

type Check = (value: unknown) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const string: Check = (value) => (typeof value === "string" ? undefined : "a string");
const number: Check = (value) =>
  typeof value === "number" && Number.isFinite(value) ? undefined : "a number";
const object: Check = (value) => (isObject(value) ? undefined : "an object");
const stringList =
  (max: number, longest: number): Check =>
  (value) => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
      return "a list of strings";
    }
    if (value.length > max) return `a list of at most ${max} strings`;
    if (value.some((item: string) => item.length > longest)) {
      return `a list of strings of at most ${longest} characters`;
    }
    return undefined;
  };

const tags = stringList(LIMITS.tags, LIMITS.shortText);
const terms = stringList(LIMITS.terms, LIMITS.term);

const FIELDS: ReadonlyArray<[path: string, check: Check]> = [
  ["tags", tags],
  ["incident", object],
  ["incident.number", number],
  ["incident.status", string],
  ["incident.affectedComponents", tags],
  ["incident.statusPage", object],
  ["incident.statusPage.url", string],
  ["incident.macro", object],
  ["incident.macro.tags", tags],
  ["config", object],
  ["config.jargon", terms],
  ["config.allowedTerms", terms],
  ["config.statusPageUrl", string],
  ["config.internalDomains", terms],
];

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of path.split(".")) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}

const issue = (input: InputIssue["input"], path: string[], message: string): InputIssue => ({
  input,
  path,
  message,
});

/** What is wrong with lint's arguments: the kind, the text and each context field. */
export function lintInputIssues(kind: unknown, text: unknown, context: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!LINT_KINDS.includes(kind as LintKind)) {
    issues.push(
      issue(
        "kind",
        [],
        `lint: kind must be one of ${LINT_KINDS.join(", ")}; got ${describeValue(kind)}.`,
      ),
    );
  }
  if (typeof text !== "string") {
    issues.push(issue("text", [], `lint: text must be a string; got ${describeValue(text)}.`));
  } else if (text.length > LIMITS.longText) {
    issues.push(
      issue(
        "text",
        [],
        `lint: text must be at most ${LIMITS.longText} characters; got ${text.length}.`,
      ),
    );
  }
  try {
    if (!isObject(context)) issues.push(issue("context", [], "lint: context must be an object."));
    else {
      for (const [path, check] of FIELDS) {
        const value = valueAt(context, path);
        const expected = value === undefined ? undefined : check(value);
        if (expected) {
          issues.push(
            issue("context", path.split("."), `lint: context.${path} must be ${expected}.`),
          );
        }
      }
    }
  } catch {
    issues.push(issue("context", [], "lint: context could not be read."));
  }
  return issues;
}

export const isLintContext = (context: unknown): context is LintContext => isObject(context);
