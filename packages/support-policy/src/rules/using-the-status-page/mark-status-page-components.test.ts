import { describe, expect, it } from "vitest";
import { incident, statusPage } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Using the status page", () => {
  it("checks that the status page marks exactly the affected components", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({
          affectedComponents: ["Feature flags", "Session replay"],
          statusPage: statusPage({ components: ["Feature flags", "Dashboards"] }),
        }),
      ),
      "mark_status_page_components",
    );
    expect(decision?.details).toEqual({ missing: ["Session replay"], extra: ["Dashboards"] });
    expect(decision?.summary).toContain("mark Session replay; unmark Dashboards");
  });

  it("names only the corrections needed: nothing to unmark is not mentioned", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({
          affectedComponents: ["Feature flags", "Experiments"],
          statusPage: statusPage({ components: ["Feature flags"] }),
        }),
      ),
      "mark_status_page_components",
    );
    expect(decision?.summary).toBe(
      "Correct the components on the status page for INC-123: mark Experiments.",
    );
  });

  it("ignores letter case when comparing component names", async () => {
    const decisions = await incidentDecisions(
      incident({ statusPage: statusPage({ components: ["feature flags"] }) }),
    );
    expect(decisionFor(decisions, "mark_status_page_components")).toBeUndefined();
  });
});
