import { describe, expect, it } from "vitest";
import { context, incident, SATURDAY, waiting } from "../../../test/builders.js";
import { decisionFor, ticketDecisions } from "../../../test/policy.js";

const weekend = context({ now: SATURDAY });

describe("When an incident is declared", () => {
  it("lets a minor incident's tickets wait for the next support working hours", async () => {
    const decision = decisionFor(
      await ticketDecisions(waiting(), incident(), weekend),
      "wait_for_support_hours",
    );
    expect(decision?.details.until).toBe("2026-06-08T07:00:00.000Z");
    expect(decision?.ticketId).toBe("T-1");
  });

  it("does not make a major incident's customers wait", async () => {
    const decisions = await ticketDecisions(waiting(), incident({ severity: "major" }), weekend);
    expect(decisionFor(decisions, "wait_for_support_hours")).toBeUndefined();
  });

  it("does not hold tickets while support is within working hours", async () => {
    expect(decisionFor(await ticketDecisions(waiting()), "wait_for_support_hours")).toBeUndefined();
  });
});
