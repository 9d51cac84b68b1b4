import { describe, expect, it } from "vitest";
import { incident, macro } from "../../../test/builders.js";
import { expectWarningsOnly } from "../../../test/lint-findings.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

describe("Creating a macro for the incident", () => {
  it("flags a macro without the incident/<number> tag", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident({ macro: macro({ tags: ["incident"] }) })),
      "fix_macro",
    );
    const findings = decision?.details.findings as Array<{ message: string }>;
    expect(findings.some((finding) => finding.message.includes("incident/123"))).toBe(true);
  });

  it("flags a macro without a status page link", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({
          macro: macro({
            body: "Feature flags are slow: they return in 30-60 seconds. Everything else works normally.",
          }),
        }),
      ),
      "fix_macro",
    );
    expect(decision?.details.macroId).toBe("m-1");
  });

  it("asks for nothing when the macro has only warnings", async () => {
    const body = `${macro().body} The delay is because of an outage at our cloud provider.`;
    expectWarningsOnly("macro", body, {
      tags: ["incident/123"],
      incident: { number: 123, statusPage: { url: "https://status.example.com/incidents/abc" } },
    });
    const decisions = await incidentDecisions(incident({ macro: macro({ body }) }));
    expect(decisionFor(decisions, "fix_macro")).toBeUndefined();
  });

  it("accepts a tagged macro that states the impact and links the status page", async () => {
    expect(decisionFor(await incidentDecisions(incident()), "fix_macro")).toBeUndefined();
  });
});
