import { describe, expect, it } from "vitest";
import { context, incident, resolved, statusPage } from "../../../test/builders.js";
import { expectWarningsOnly, NO_NEXT_UPDATE } from "../../../test/lint-findings.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const vague = statusPage({ message: "Elevated error rates on the flags backend." });

describe("Using the status page", () => {
  it("asks for clearer status page messaging when it is jargon or says nothing about impact", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ statusPage: vague })),
      "review_status_page",
    );
    expect(decision?.owner).toBe("support_watcher");
    expect(decision?.details.findings).not.toEqual([]);
    expect(decision?.details.url).toBe(vague.url);
  });

  it("flags the team's own jargon from the config", async () => {
    const decisions = await incidentDecisions(
      incident(),
      context({ config: { jargon: ["seconds late"] } }),
    );
    expect(decisionFor(decisions, "review_status_page")?.details.findings).toContainEqual(
      expect.objectContaining({ rule: "jargon" }),
    );
  });

  it("asks for nothing when the message has only warnings", async () => {
    expectWarningsOnly("status_page", NO_NEXT_UPDATE, { incident: { status: "active" } });
    const decisions = await incidentDecisions(
      incident({ statusPage: statusPage({ message: NO_NEXT_UPDATE }) }),
    );
    expect(decisionFor(decisions, "review_status_page")).toBeUndefined();
  });

  it("carries the warnings along with an error", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({ statusPage: statusPage({ message: `${NO_NEXT_UPDATE} Replica lag is high.` }) }),
        context({ config: { jargon: ["replica lag"] } }),
      ),
      "review_status_page",
    );
    const findings = decision?.details.findings as Array<{ rule: string; severity: string }>;
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: "missing_next_update", severity: "warning" }),
    );
    expect(findings).toContainEqual(expect.objectContaining({ severity: "error" }));
    expect(decision?.because).toContainEqual(
      expect.objectContaining({
        fact: "statusPageErrorCount",
        actual: findings.filter((f) => f.severity === "error").length,
      }),
    );
    expect(decision?.summary).toMatch(/\(\d+ lint errors? and 1 warning\)\.$/);
  });

  it("leaves a clear, customer-friendly message alone", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "review_status_page")).toBeUndefined();
  });

  it("stops reviewing the message once the incident is resolved", async () => {
    const decisions = await incidentDecisions(resolved({ statusPage: vague }));
    expect(decisionFor(decisions, "review_status_page")).toBeUndefined();
  });
});
