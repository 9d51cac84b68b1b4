import { describe, expect, it } from "vitest";
import {
  context,
  enterprise,
  incident,
  person,
  SATURDAY,
  ticket,
  waiting,
} from "../../../test/builders.js";
import { actionsOf, decisionFor, ticketDecisions } from "../../../test/policy.js";

/** A TAM who works Saturday mornings in New York: online at SATURDAY (08:00 EDT). */
const weekendTam = person({
  name: "Tam",
  timezone: "America/New_York",
  workingHours: [{ days: ["sat"], start: "06:00", end: "14:00" }],
});

describe("When an incident is declared", () => {
  it("sends a major incident's waiting customers to the engineering on-call outside support hours", async () => {
    const decision = decisionFor(
      await ticketDecisions(waiting(), incident({ severity: "major" }), context({ now: SATURDAY })),
      "escalate_to_on_call_global",
    );
    expect(decision?.details.handle).toBe("@on-call-global");
    expect(decision?.details.supportBackAt).toBe("2026-06-08T07:00:00.000Z");
    expect(decision?.owner).toBe("on_call_global");
  });

  it("makes the on-call the only reply for an enterprise customer whose TAM is online, with the TAM looped in", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ tam: weekendTam }) }),
      incident({ severity: "major" }),
      context({ now: SATURDAY }),
    );
    expect(actionsOf(decisions)).toEqual(["escalate_to_on_call_global"]);
    const decision = decisionFor(decisions, "escalate_to_on_call_global");
    expect(decision?.details.loopIn).toEqual([
      expect.objectContaining({ role: "tam", name: "Tam", online: true }),
    ]);
    expect(decision?.details.useMacro).toBe(true);
    expect(decision?.summary).toContain("give Tam (TAM) a heads-up");
  });

  it("lets a minor incident's customers wait rather than go to the on-call", async () => {
    const decisions = await ticketDecisions(waiting(), incident(), context({ now: SATURDAY }));
    expect(actionsOf(decisions)).toEqual(["wait_for_support_hours"]);
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
