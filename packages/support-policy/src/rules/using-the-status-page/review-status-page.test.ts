import { describe, expect, it } from "vitest";
import { context, incident, resolved, statusPage } from "../../../test/builders.js";
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

  it("leaves a clear, customer-friendly message alone", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "review_status_page")).toBeUndefined();
  });

  it("stops reviewing the message once the incident is resolved", async () => {
    const decisions = await incidentDecisions(resolved({ statusPage: vague }));
    expect(decisionFor(decisions, "review_status_page")).toBeUndefined();
  });
});
