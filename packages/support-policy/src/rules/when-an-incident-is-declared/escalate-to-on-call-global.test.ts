import { describe, expect, it } from "vitest";
import { context, incident, SATURDAY, ticket, waiting } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

describe("When an incident is declared", () => {
  it("sends a major incident's waiting customers to the engineering on-call outside support hours", async () => {
    const decision = decisionFor(
      await ticketDecisions(waiting(), incident({ severity: "major" }), context({ now: SATURDAY })),
      "escalate_to_on_call_global",
    );
    expect(decision?.details.handle).toBe("@on-call-global");
    expect(decision?.owner).toBe("on_call_global");
  });

  it("treats critical as major", async () => {
    const decisions = await ticketDecisions(
      waiting(),
      incident({ severity: "critical" }),
      context({ now: SATURDAY }),
    );
    expect(decisionFor(decisions, "escalate_to_on_call_global")).toBeDefined();
  });

  it("uses the configured minimum severity for the on-call", async () => {
    const decisions = await ticketDecisions(
      waiting(),
      incident({ severity: "major" }),
      context({ now: SATURDAY, config: { onCallGlobalMinSeverity: "critical" } }),
    );
    expect(decisionFor(decisions, "escalate_to_on_call_global")).toBeUndefined();
    expect(decisionFor(decisions, "wait_for_support_hours")).toBeDefined();
  });

  it("does not escalate when no customer is waiting", async () => {
    const decisions = await ticketDecisions(
      ticket(),
      incident({ severity: "major" }),
      context({ now: SATURDAY }),
    );
    expect(decisionFor(decisions, "escalate_to_on_call_global")).toBeUndefined();
  });
});
