import { describe, expect, it } from "vitest";
import {
  enterprise,
  incident,
  minutesAfter,
  minutesBefore,
  waiting,
} from "../../../test/builders.js";
import { actionsOf, decisionFor, ticketDecisions } from "../../../test/policy.js";

const major = incident({ severity: "major" });

describe("Coordinating with TAMs and CSMs", () => {
  it("asks CS in a side conversation before answering an enterprise customer on a major incident", async () => {
    const decisions = await ticketDecisions(waiting({ organization: enterprise() }), major);
    expect(decisions[0]?.action).toBe("check_with_cs");
    expect(decisions[0]?.blocking).toBe(true);
    expect(decisions[0]?.due).toBe(minutesAfter(30));
    expect(decisions[0]?.details).toMatchObject({
      channel: "#cs-sales-support",
      organization: "Acme",
    });
    expect(actionsOf(decisions)).not.toContain("reply_with_macro");
  });

  it("keeps waiting for CS until the response timeout of the open side conversation", async () => {
    const decision = decisionFor(
      await ticketDecisions(
        waiting({ organization: enterprise(), csConsultation: { openedAt: minutesBefore(10) } }),
        major,
      ),
      "check_with_cs",
    );
    expect(decision?.due).toBe(minutesAfter(20));
  });

  it("answers enterprise customers directly on minor incidents", async () => {
    const decisions = await ticketDecisions(waiting({ organization: enterprise() }));
    expect(decisionFor(decisions, "check_with_cs")).toBeUndefined();
    expect(decisionFor(decisions, "reply_with_macro")).toBeDefined();
  });

  it("does not consult CS for customers who are not enterprise", async () => {
    const decisions = await ticketDecisions(
      waiting({ organization: enterprise({ enterprise: false }) }),
      major,
    );
    expect(decisionFor(decisions, "check_with_cs")).toBeUndefined();
  });
});
