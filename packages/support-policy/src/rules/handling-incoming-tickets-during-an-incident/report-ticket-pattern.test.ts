import { describe, expect, it } from "vitest";
import { comms, context, incident, lead, lou, ticket } from "../../../test/builders.js";
import { decisionFor, incidentDecisions } from "../../../test/policy.js";

const tickets = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    ticket({ id: `T-${i + 1}`, tags: [], subject: `Feature flags slow (${i})` }),
  );

describe("Handling incoming tickets during an incident", () => {
  it("shares a pattern of several tickets about the same issue in the incident channel and the team channel", async () => {
    const decision = decisionFor(
      await incidentDecisions(incident(), context({ queue: tickets(3) })),
      "report_ticket_pattern",
    );
    expect(decision?.details.count).toBe(3);
    expect(decision?.details.channels).toEqual(["incident channel", "#team-support"]);
    expect(decision?.details.notifyCommsLead).toBe(false);
    expect(decision?.details.commsLead).toBeNull();
  });

  it("includes the Comms Lead when one is assigned, since patterns may inform their messaging", async () => {
    const decision = decisionFor(
      await incidentDecisions(
        incident({ roles: { incidentLead: lead, supportWatcher: lou, commsLead: comms } }),
        context({ queue: tickets(3) }),
      ),
      "report_ticket_pattern",
    );
    expect(decision?.details.notifyCommsLead).toBe(true);
    expect(decision?.details.commsLead).toMatchObject({ name: "Cam" });
    expect(decision?.summary).toBe(
      "Note in the incident channel and in #team-support that 3 tickets about the same problem as INC-123 came in, and tell the Comms Lead (Cam), as it may shape their messaging.",
    );
  });

  it("is done once the pattern is noted in the incident channel", async () => {
    const ctx = context({ queue: tickets(3) });
    const reported = await incidentDecisions(
      incident({ ticketPatternReportedAt: "2026-06-03T15:40:00Z" }),
      ctx,
    );
    expect(decisionFor(reported, "report_ticket_pattern")).toBeUndefined();
    const notYet = await incidentDecisions(incident(), ctx);
    expect(decisionFor(notYet, "report_ticket_pattern")?.ruleId).toBe("report-ticket-pattern");
  });

  it("does not call two tickets a pattern", async () => {
    const decisions = await incidentDecisions(incident(), context({ queue: tickets(2) }));
    expect(decisionFor(decisions, "report_ticket_pattern")).toBeUndefined();
  });

  it("uses the configured pattern threshold", async () => {
    const decisions = await incidentDecisions(
      incident(),
      context({ queue: tickets(2), config: { ticketPatternThreshold: 2 } }),
    );
    expect(decisionFor(decisions, "report_ticket_pattern")).toBeDefined();
  });
});
