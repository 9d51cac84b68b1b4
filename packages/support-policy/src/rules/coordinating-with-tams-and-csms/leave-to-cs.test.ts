import { describe, expect, it } from "vitest";
import { enterprise, incident, minutesBefore, waiting } from "../../../test/builders.js";
import { actionsOf, decisionFor, ticketDecisions } from "../../../test/policy.js";

const major = incident({ severity: "major" });

describe("Coordinating with TAMs and CSMs", () => {
  it("leaves the customer to CS when they said they will handle it, without a second reply", async () => {
    const decisions = await ticketDecisions(
      waiting({
        organization: enterprise(),
        csConsultation: {
          openedAt: minutesBefore(10),
          answeredAt: minutesBefore(5),
          csWillHandle: true,
        },
      }),
      major,
    );
    expect(decisionFor(decisions, "leave_to_cs")?.owner).toBe("tam_csm");
    expect(actionsOf(decisions)).not.toContain("reply_with_macro");
  });

  it("replies itself when CS answered that support should handle it", async () => {
    const decisions = await ticketDecisions(
      waiting({
        organization: enterprise(),
        csConsultation: {
          openedAt: minutesBefore(10),
          answeredAt: minutesBefore(5),
          csWillHandle: false,
        },
      }),
      major,
    );
    expect(decisionFor(decisions, "leave_to_cs")).toBeUndefined();
    expect(actionsOf(decisions)).toContain("reply_with_macro");
  });
});
