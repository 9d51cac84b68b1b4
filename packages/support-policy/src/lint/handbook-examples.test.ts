// The handbook's own examples, read from the handbook at test time: what it calls good must lint
// without an error, and what it calls unclear must not.
import { describe, expect, it } from "vitest";
import { blockQuotes } from "../../test/handbook.js";
import { lint } from "./lint.js";
import type { LintContext, LintKind } from "./types.js";

const [goodStatusPage, unclearStatusPage] = blockQuotes("Using the status page");
const [exampleReply] = blockQuotes("Handling incoming tickets during an incident");

const errorsIn = (kind: LintKind, text: string | undefined, context?: LintContext) => {
  if (text === undefined) throw new Error("the handbook example was not found");
  return lint(kind, text, context)
    .filter((finding) => finding.severity === "error")
    .map((finding) => finding.rule);
};

const CONTEXTS: LintContext[] = [
  {},
  { incident: { status: "active", affectedComponents: ["Feature flags"] } },
  {
    incident: {
      number: 123,
      status: "monitoring",
      affectedComponents: ["Feature flags"],
      statusPage: { url: "https://status.posthog.com" },
    },
  },
];

describe("lint: the handbook's examples", () => {
  it("finds the examples under their sections", () => {
    expect(goodStatusPage).toMatch(/^Feature flags .+ normally\.$/);
    expect(unclearStatusPage).toMatch(/^Elevated errors/);
    expect(exampleReply).toMatch(/^Hey .+ resolved\.$/);
  });

  it.each(CONTEXTS)("passes the good status page message without an error (%j)", (context) => {
    expect(errorsIn("status_page", goodStatusPage, context)).toEqual([]);
  });

  it.each(CONTEXTS)("passes the example reply without an error (%j)", (context) => {
    expect(errorsIn("reply", exampleReply, context)).toEqual([]);
  });

  it("still fails the unclear status page message on jargon and missing impact", () => {
    expect(errorsIn("status_page", unclearStatusPage)).toEqual([
      "jargon",
      "no_customer_impact",
      "no_working_statement",
    ]);
  });
});
